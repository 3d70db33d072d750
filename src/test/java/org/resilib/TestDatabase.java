package org.resilib;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Declares the embedded PostgreSQL and the SMTP server for every Quarkus test of the run. */
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
public final class TestDatabase {

    private TestDatabase() {
    }
}
