package org.resilib.course;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resilib.Eventually;
import org.resilib.HttpSession;

/**
 * What visitors are served from memory (the course outline, pages rendered once) is never kept past a change: a
 * publication through the application is seen by the very next request, a change another instance writes to the
 * database moments after its commit, and an ETag that named the old page no longer matches.
 */
@QuarkusTest
class PublishedCoursesTest {

    @Inject
    EntityManager em;

    @Test
    void aPublicationIsSeenByTheNextRequestAndEndsTheOldEtag() {
        HttpSession author = HttpSession.admin();
        String slug = CourseFixtures.aPublishedCourse(author);
        String page = "/courses/" + slug + "?lang=en";
        String before = given().get(page).then().statusCode(200)
                .body(containsString("Fixture course " + slug)).extract().header("ETag");
        assertThat(before).isNotBlank();
        given().header("If-None-Match", before).get(page).then().statusCode(304);

        author.request().contentType("application/json").body(Map.of("slug", slug,
                "title", Map.of("zh-CN", "改过的课程 " + slug, "en", "Renamed course " + slug),
                "summary", Map.of("zh-CN", "测试用课程", "en", "A course made by a test"), "dimension", "ability",
                "audience", "students", "minutes", 15, "quiz", Map.of("passPercent", 60)))
                .put("/api/v1/courses/" + slug).then().statusCode(200);
        // A saved draft is not published: visitors still get the same page, and the same tag.
        given().header("If-None-Match", before).get(page).then().statusCode(304);

        author.request().contentType("application/json").post("/api/v1/courses/" + slug + "/publish").then()
                .statusCode(200);
        String after = given().header("If-None-Match", before).get(page).then().statusCode(200)
                .body(containsString("Renamed course " + slug), not(containsString("Fixture course " + slug)))
                .extract().header("ETag");
        assertThat(after).isNotEqualTo(before);
        given().header("If-None-Match", after).get(page).then().statusCode(304);
        given().get("/api/v1/courses/" + slug + "?lang=en").then().statusCode(200)
                .body("title", equalTo("Renamed course " + slug));
    }

    @Test
    void aChangeWrittenByAnotherInstanceIsSeenMomentsAfterItsCommit() {
        String slug = CourseFixtures.aPublishedCourse(HttpSession.admin());
        String page = "/courses/" + slug + "?lang=en";
        given().get(page).then().statusCode(200).body(containsString("Fixture course " + slug));
        int total = Integer.parseInt(given().get("/api/v1/courses?size=1").then().statusCode(200)
                .extract().header("X-Total-Count"));

        // Another instance archives the course: nothing in this process hears of it but the database (its trigger
        // bumps the epoch; the change feed's notification, or each request's read when the feed is not trusted).
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update course set status = 'archived', archived_at = now() where slug = ?1")
                .setParameter(1, slug).executeUpdate());

        Eventually.within(Duration.ofSeconds(2), "the archived course gone for visitors",
                () -> given().get(page).statusCode() == 404);
        given().get("/api/v1/courses?size=1").then().statusCode(200).header("X-Total-Count", String.valueOf(total - 1));
        given().get("/?lang=en&q=" + slug).then().statusCode(200).body(not(containsString("/courses/" + slug)));

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update course set status = 'published', archived_at = null where slug = ?1")
                .setParameter(1, slug).executeUpdate());
        Eventually.within(Duration.ofSeconds(2), "the course back for visitors",
                () -> given().get(page).statusCode() == 200);
        given().get(page).then().statusCode(200).body(containsString("Fixture course " + slug));
        given().get("/api/v1/courses?size=1").then().statusCode(200).header("X-Total-Count", String.valueOf(total));
    }

    @Test
    void theCatalogueIsPagedAndRefusesABadPage() {
        given().get("/api/v1/courses?size=2&page=1").then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).body("size()", equalTo(2));
        given().get("/?page=0").then().statusCode(400).body(containsString("page"));
        given().accept("application/json").get("/api/v1/courses?page=x").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().accept("application/json").get("/api/v1/courses?size=500").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        // A page past the end is the last page, not an error.
        given().get("/?page=9999").then().statusCode(200);
    }
}
