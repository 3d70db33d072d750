package org.resilib.db;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resilib.Eventually;
import org.resilib.HttpSession;
import org.resilib.Statements;
import org.resilib.course.CourseFixtures;

/**
 * The change feed: while it listens, visitors' pages are served without a statement and a change committed by
 * another instance arrives by notification; when its connection is cut, each request reads the epoch again (nothing
 * stale meanwhile) and the feed reconnects by itself.
 */
@QuarkusTest
class ChangeFeedTest {

    @Inject
    ChangeFeed feed;

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory emf;

    private long statementsFor(Runnable request) {
        return Statements.during(emf, request);
    }

    /** Writes as another instance would: SQL the entity listeners of this one never see. */
    private void retitleElsewhere(String slug, String title) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update course set title = jsonb_set(title, '{en}', to_jsonb(cast(?2 as text))) where slug = ?1")
                .setParameter(1, slug).setParameter(2, title).executeUpdate());
    }

    private void awaitTrusted() {
        // A change made here (the fixture's publication) keeps the feed's number out of use for a while.
        Eventually.within(ChangeFeed.LOCAL_WINDOW.plusSeconds(10), "the change feed trusted",
                () -> feed.contentEpoch().isPresent());
    }

    @Test
    void whileListeningVisitorsNeedNoStatementAndOtherInstancesChangesArriveByNotification() {
        String slug = CourseFixtures.aPublishedCourse(HttpSession.admin());
        String page = "/courses/" + slug + "?lang=en";
        awaitTrusted();
        given().get(page).then().statusCode(200);
        assertThat(statementsFor(() -> given().get(page).then().statusCode(200))).isZero();
        assertThat(statementsFor(() -> given().get("/?lang=en").then().statusCode(200))).isZero();

        retitleElsewhere(slug, "Retitled elsewhere " + slug);
        Duration seen = Eventually.within(Duration.ofSeconds(3), "the other instance's title on the page",
                () -> given().get(page).asString().contains("Retitled elsewhere " + slug));
        assertThat(feed.contentEpoch()).as("still served from the feed's number").isPresent();
        System.out.printf("A change from another instance reached the visitors' page in %d ms%n", seen.toMillis());
    }

    @Test
    void whenItsConnectionIsCutEachRequestReadsTheEpochUntilItIsBack() {
        String slug = CourseFixtures.aPublishedCourse(HttpSession.admin());
        String page = "/courses/" + slug + "?lang=en";
        awaitTrusted();

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("select pg_terminate_backend(pid)"
                + " from pg_stat_activity where application_name = 'resilib-change-feed'").getResultList());
        Eventually.within(Duration.ofSeconds(5), "the feed noticing its connection is gone", () -> !feed.isLive());
        assertThat(feed.contentEpoch()).isEmpty();

        retitleElsewhere(slug, "Changed while deaf " + slug);
        long statements = statementsFor(() -> given().get(page).then().statusCode(200)
                .body(containsString("Changed while deaf " + slug)));
        assertThat(statements).as("the epoch read by the request itself").isPositive();

        Eventually.within(Duration.ofSeconds(20), "the feed listening again", feed::isLive);
        awaitTrusted();
        retitleElsewhere(slug, "Heard again " + slug);
        Eventually.within(Duration.ofSeconds(3), "the change after reconnecting on the page",
                () -> given().get(page).asString().contains("Heard again " + slug));
    }

    @Test
    void aChangeMadeHereIsSeenByTheVeryNextRequest() {
        HttpSession author = HttpSession.admin();
        String slug = CourseFixtures.aPublishedCourse(author);
        String page = "/courses/" + slug + "?lang=en";
        awaitTrusted();
        given().get(page).then().statusCode(200);
        author.request().contentType("application/json").body(Map.of("slug", slug,
                "title", Map.of("zh-CN", "改过的课程 " + slug, "en", "Renamed here " + slug),
                "summary", Map.of("zh-CN", "测试用课程", "en", "A course made by a test"), "dimension", "ability",
                "audience", "students", "minutes", 15, "quiz", Map.of("passPercent", 60)))
                .put("/api/v1/courses/" + slug).then().statusCode(200);
        author.request().contentType("application/json").post("/api/v1/courses/" + slug + "/publish").then()
                .statusCode(200);
        assertThat(feed.contentEpoch()).as("this instance reads the number itself after its own change").isEmpty();
        given().get(page).then().statusCode(200).body(containsString("Renamed here " + slug));
    }
}
