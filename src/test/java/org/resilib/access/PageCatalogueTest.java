package org.resilib.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.resilib.browser.PageCatalogue;

/**
 * The page conformance test (axe-core, the Nu Html Checker, reflow on a phone) visits the pages that
 * {@link PageCatalogue} lists. Here every HTML route of the running application must be listed there or named as
 * not a page, so a new page cannot skip those checks.
 */
@QuarkusTest
class PageCatalogueTest {

    @Inject
    BeanManager beans;

    @Test
    void everyHtmlPageOfTheApplicationIsInThePageCatalogue() {
        Set<String> htmlRoutes = new TreeSet<>();
        for (AuthorizationMatrixTest.Route r : AuthorizationMatrixTest.routes(beans)) {
            if (r.method().equals("GET") && producesHtml(r)) {
                htmlRoutes.add(r.template());
            }
        }
        assertThat(htmlRoutes).as("HTML routes found").hasSizeGreaterThan(40);
        List<String> unlisted = htmlRoutes.stream().filter(t -> !PageCatalogue.routes().contains(t)
                && !PageCatalogue.NOT_PAGES.containsKey(t)).toList();
        assertThat(unlisted).as("HTML pages missing from PageCatalogue (add a visit for each kind of person who "
                + "sees them)").isEmpty();
        List<String> stale = PageCatalogue.routes().stream().filter(t -> !htmlRoutes.contains(t)).toList();
        assertThat(stale).as("PageCatalogue routes the application no longer has").isEmpty();
    }

    private static boolean producesHtml(AuthorizationMatrixTest.Route r) {
        Produces p = r.handler().getAnnotation(Produces.class);
        if (p == null) {
            p = r.resource().getAnnotation(Produces.class);
        }
        return p != null && Arrays.stream(p.value()).anyMatch(v -> v.contains(MediaType.TEXT_HTML));
    }
}
