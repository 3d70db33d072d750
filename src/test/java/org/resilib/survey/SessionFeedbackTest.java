package org.resilib.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

/**
 * A survey that follows sessions ({@code sessions: true}): offered on the page of a session once the person's
 * attendance is recorded, answered once per session by those who attended, and read per session; the organiser
 * reads it for their own sessions only.
 */
@QuarkusTest
class SessionFeedbackTest {

    @Inject
    SurveyLoader loader;

    @Inject
    EntityManager em;

    static long session(HttpSession organiser, String title) {
        return organiser.request().contentType("application/json").body(Map.of("title", Map.of("en", title),
                "description", "Bring questions", "startsAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(9)
                        .withNano(0).toString(), "timeZone", "Asia/Shanghai", "durationMinutes", 60, "capacity", 10,
                "platform", "tencent-meeting", "audience", "everyone")).post("/api/v1/sessions").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Registers the person and records their attendance. */
    void attend(HttpSession person, long session) {
        person.request().contentType("application/json").post("/api/v1/sessions/" + session + "/registrations")
                .then().statusCode(201);
        markAttended(person, session);
    }

    /** Records the registered person's attendance, as the organiser's attendance sheet or import does. */
    void markAttended(HttpSession person, long session) {
        long id = person.request().get("/api/v1/me").jsonPath().getLong("id");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update session_registration set attended ="
                + " true, attended_source = 'manual' where session_id = ?1 and person_id = ?2").setParameter(1, session)
                .setParameter(2, id).executeUpdate());
    }

    static Response respond(HttpSession s, String slug, Long session, int overall) {
        Map<String, Object> body = session == null ? Map.of("answers", Map.of("overall", overall))
                : Map.of("answers", Map.of("overall", overall), "session", session);
        return s.request().contentType("application/json").body(body).post("/api/v1/surveys/" + slug + "/responses");
    }

    @Test
    void feedbackIsOfferedOnceAttendanceIsRecordedAndReadPerSessionByItsOrganiser() {
        String slug = SurveyFixtures.load(loader, CourseFeedbackTest.FEEDBACK.replace("courses: all", "sessions: true")
                .replace("anonymous: true", "anonymous: false"));
        HttpSession organiser = SurveyFixtures.instructor();
        long mine = session(organiser, "Finding e-books " + UUID.randomUUID());
        long other = session(HttpSession.admin(), "Citing sources " + UUID.randomUUID());
        HttpSession learner = HttpSession.newStudent();
        learner.request().contentType("application/json").post("/api/v1/sessions/" + mine + "/registrations")
                .then().statusCode(201);
        String offer = "/surveys/" + slug + "?session=" + mine;
        learner.get("/sessions/" + mine + "?lang=en").then().statusCode(200).body(not(containsString(offer)));
        respond(learner, slug, mine, 4).then().statusCode(403).body("code", equalTo("survey_session_not_attended"));

        markAttended(learner, mine);
        learner.get("/sessions/" + mine + "?lang=en").then().statusCode(200)
                .body(containsString("You attended this session. Tell us what you thought of it"))
                .body(containsString("href=\"" + offer + "\""));
        respond(learner, slug, null, 4).then().statusCode(400).body("errors[0].field", equalTo("session"));
        respond(learner, slug, other, 4).then().statusCode(403);
        learner.get(offer + "&lang=en").then().statusCode(200)
                .body(containsString("About the session: Finding e-books"));
        respond(learner, slug, mine, 4).then().statusCode(201);
        respond(learner, slug, mine, 4).then().statusCode(409);
        learner.get("/sessions/" + mine + "?lang=en").then().body(not(containsString(offer)));

        HttpSession elsewhere = HttpSession.newStudent();
        attend(elsewhere, other);
        respond(elsewhere, slug, other, 1).then().statusCode(201);

        HttpSession admin = HttpSession.admin();
        assertThat(admin.request().get("/api/v1/surveys/" + slug + "/results").jsonPath().getLong("respondents"))
                .isEqualTo(2);
        admin.get("/surveys/" + slug + "/results?lang=en").then().statusCode(200)
                .body(containsString("<select id=\"session\" name=\"session\">"))
                .body(containsString("Finding e-books"));
        assertThat(admin.get("/api/v1/surveys/" + slug + "/responses.csv?session=" + other).asString().lines()
                .count()).isEqualTo(2);
        // The organiser reads their session's response only.
        assertThat(organiser.request().get("/api/v1/surveys/" + slug + "/results").then().statusCode(200)
                .extract().jsonPath().getLong("respondents")).isEqualTo(1);
        organiser.request().get("/api/v1/surveys/" + slug + "/results?session=" + other).then().statusCode(403);
        assertThat(organiser.get("/api/v1/surveys/" + slug + "/responses.csv").asString())
                .contains("session").doesNotContain("," + other + ",");
    }
}
