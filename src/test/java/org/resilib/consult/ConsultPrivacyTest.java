package org.resilib.consult;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.guide.GuideFixtures;

/**
 * The asker's questions in their personal-data download without internal notes, askers forgotten after the
 * retention period and when their account is anonymised, and the report that keeps counting them.
 */
@QuarkusTest
class ConsultPrivacyTest {

    @Inject
    Retention retention;

    @Inject
    EntityManager em;

    @Inject
    Questions questions;

    @Test
    void theDownloadHoldsTheThreadButNoInternalNoteAndAnonymisingForgetsTheAsker() {
        String email = GuideFixtures.person("student");
        HttpSession student = GuideFixtures.signedIn(email);
        String subject = "Thesis template " + UUID.randomUUID().toString().substring(0, 6);
        long id = student.request().contentType("application/json").body(Map.of("category", "research", "subject",
                subject, "body", "Where is the thesis template?")).post("/api/v1/questions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        HttpSession librarian = GuideFixtures.signedIn(GuideFixtures.person("librarian"));
        String secret = "NOTE-" + UUID.randomUUID();
        librarian.request().contentType("application/json").body(Map.of("body", secret, "internal", true))
                .post("/api/v1/questions/" + id + "/messages").then().statusCode(201);
        librarian.request().contentType("application/json").body(Map.of("body", "It is on the graduate school's site."))
                .post("/api/v1/questions/" + id + "/messages").then().statusCode(201);

        String desk = "/desk/questions/" + id;
        librarian.postForm(desk, desk + "/read-scale", Map.of("level", "9")).then().statusCode(400);
        librarian.postForm(desk, desk + "/read-scale", Map.of("level", "3")).then().statusCode(303);
        assertThat(questions.byId(id).orElseThrow().readScale()).isEqualTo(3);
        assertThat(librarian.request().queryParam("lang", "en").get("/consult/report").asString())
                .containsPattern("Level 3: [1-9]");

        String download = student.request().get("/me/data.json").then().statusCode(200).extract().asString();
        assertThat(download).contains(subject, "Where is the thesis template?", "It is on the graduate school's site.")
                .doesNotContain(secret);
        JsonPath data = new JsonPath(download);
        assertThat(data.getList("questions.id", Long.class)).contains(id);

        long personId = student.get("/api/v1/me").jsonPath().getLong("id");
        HttpSession.admin().postForm("/admin/people", "/admin/people/" + personId + "/anonymise",
                Map.of("confirm", "yes")).then().statusCode(303);
        Questions.Question q = questions.byId(id).orElseThrow();
        assertThat(q.personId()).isNull();
        assertThat(q.email()).isNull();
        assertThat(q.subject()).isEqualTo(Retention.REMOVED);
        assertThat(questions.thread(id, true)).isEmpty();
        assertThat(q.category()).as("still counted").isEqualTo(Category.RESEARCH);
    }

    @Test
    void aVisitorsQuestionIsForgottenAfterTheRetentionPeriodAndStillCounted() {
        String subject = "Old question " + UUID.randomUUID().toString().substring(0, 6);
        JsonPath created = given().header("X-Forwarded-For", "192.0.2.201").contentType("application/json")
                .body(Map.of("category", "delivery", "subject", subject, "body", "Please scan chapter 2.", "email",
                        "old@example.org", "name", "Old Reader")).post("/api/v1/questions").then().statusCode(201)
                .extract().jsonPath();
        long old = created.getLong("id");
        String token = created.getString("token");
        long fresh = given().header("X-Forwarded-For", "192.0.2.202").contentType("application/json")
                .body(Map.of("category", "delivery", "body", "A recent one.", "email", "new@example.org"))
                .post("/api/v1/questions").then().statusCode(201).extract().jsonPath().getLong("id");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update consult_question set updated_at ="
                + " now() - interval '400 days' where id = ?1").setParameter(1, old).executeUpdate());

        assertThat(retention.forgetExpired(Instant.now())).isGreaterThanOrEqualTo(1);
        assertThat(retention.forgetExpired(Instant.now())).as("once").isZero();
        Questions.Question q = questions.byId(old).orElseThrow();
        assertThat(List.of(String.valueOf(q.email()), String.valueOf(q.name()), q.subject()))
                .containsExactly("null", "null", Retention.REMOVED);
        assertThat(questions.thread(old, true)).isEmpty();
        given().queryParam("t", token).get("/api/v1/questions/" + old).then().statusCode(404);
        assertThat(questions.byId(fresh).orElseThrow().email()).isEqualTo("new@example.org");

        HttpSession librarian = GuideFixtures.signedIn(GuideFixtures.person("librarian"));
        String report = librarian.request().queryParam("lang", "en").get("/consult/report").then().statusCode(200)
                .extract().asString();
        assertThat(report).contains("Questions per week and topic", "Form").doesNotContain(subject);
        GuideFixtures.signedIn(GuideFixtures.person("editor")).request().get("/consult/report").then()
                .statusCode(200);
        GuideFixtures.signedIn(GuideFixtures.person("student")).request().get("/consult/report").then()
                .statusCode(403);
    }
}
