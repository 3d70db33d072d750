package org.resilib.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts an embedded PostgreSQL before Quarkus when no external database is configured, so that
 * {@code java -jar} and {@code quarkus:dev} work on a machine with nothing but a JDK.
 */
@QuarkusMain
public class ResilibMain {

    public static void main(String... args) {
        EmbeddedDatabase.startIfNoDatasourceConfigured();
        Quarkus.run(args);
    }
}
