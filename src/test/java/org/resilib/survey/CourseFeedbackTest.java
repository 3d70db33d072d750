package org.resilib.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

/**
 * A survey that follows every course ({@code courses: all}): offered beside each completed course, answered once per
 * course by those who took it, and read per course; an instructor reads it for their own courses only.
 */
@QuarkusTest
class CourseFeedbackTest {

    static final String FEEDBACK = """
            title: { en: How was it, zh-CN: 课程感受 }
            audience: everyone
            anonymous: true
            courses: all
            pages:
              - questions:
                  - id: overall
                    type: rating
                    required: true
                    text: { en: Overall, zh-CN: 总体 }
                  - id: note
                    type: text
                    text: { en: Anything else, zh-CN: 其他 }
            """;

    @Inject
    SurveyLoader loader;

    @Inject
    EntityManager em;

    static void completeCourse(HttpSession s, String course) {
        for (String m : s.request().get("/api/v1/courses/" + course).jsonPath().getList("modules.slug", String.class)) {
            s.request().contentType("application/json").post("/api/v1/courses/" + course + "/modules/" + m
                    + "/complete").then().statusCode(204);
        }
    }

    static Response respond(HttpSession s, String slug, String course, int overall) {
        Map<String, Object> body = course == null ? Map.of("answers", Map.of("overall", overall))
                : Map.of("answers", Map.of("overall", overall), "course", course);
        return s.request().contentType("application/json").body(body).post("/api/v1/surveys/" + slug + "/responses");
    }

    @Test
    void theSharedFeedbackIsOfferedBesideEachCompletedCourseAndAnsweredOncePerCourse() {
        String slug = SurveyFixtures.load(loader, FEEDBACK);
        HttpSession s = HttpSession.newStudent();
        completeCourse(s, "information-needs");
        completeCourse(s, "academic-integrity");
        String forNeeds = "/surveys/" + slug + "?course=information-needs";
        String forIntegrity = "/surveys/" + slug + "?course=academic-integrity";
        s.get("/me?lang=en").then().statusCode(200).body(containsString(forNeeds))
                .body(containsString(forIntegrity));
        s.get("/courses/information-needs?lang=en").then().body(containsString(forNeeds))
                .body(not(containsString(forIntegrity)));
        s.request().get("/api/v1/surveys").then().body("slug", not(org.hamcrest.Matchers.hasItem(slug)));

        // Which course it is about must be said, be a course, and be one the person took.
        s.get("/surveys/" + slug + "?lang=en").then().statusCode(400)
                .body(containsString("Open this survey from the course&#39;s page or your dashboard"));
        respond(s, slug, null, 4).then().statusCode(400).body("errors[0].field", equalTo("course"))
                .body("code", equalTo("survey_course_missing"));
        respond(s, slug, "no-such-course", 4).then().statusCode(400).body("errors[0].field", equalTo("course"));
        respond(s, slug, "copyright-and-fair-use", 4).then().statusCode(403)
                .body("code", equalTo("survey_course_not_taken"));

        String title = s.request().header("Accept-Language", "en").get("/api/v1/courses/information-needs")
                .jsonPath().getString("title");
        s.get(forNeeds + "&lang=en").then().statusCode(200).body(containsString("About the course: " + title))
                .body(containsString("action=\"" + forNeeds + "\""));
        Response done = s.postForm(forNeeds + "&lang=en", forNeeds, Map.of("page", "1", "action", "submit",
                "q.overall", "5"));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.header("Location")).contains(forNeeds);
        respond(s, slug, "information-needs", 3).then().statusCode(409);
        s.get(forNeeds + "&lang=en").then().body(containsString("You have answered this survey."));
        s.get("/me?lang=en").then().body(not(containsString(forNeeds))).body(containsString(forIntegrity));
        respond(s, slug, "academic-integrity", 2).then().statusCode(201);
        s.get("/me?lang=en").then().body(not(containsString("/surveys/" + slug)));

        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.subject, r.person_id from survey_response r join survey v"
                + " on v.id = r.survey_id where v.slug = ?1 order by r.subject").setParameter(1, slug).getResultList();
        assertThat(rows).extracting(r -> r[0]).containsExactly("course:academic-integrity",
                "course:information-needs");
        assertThat(rows).extracting(r -> r[1]).containsOnlyNulls();
    }

    @Test
    void resultsAreReadPerCourseAndAnInstructorReadsOnlyTheirCourses() {
        String slug = SurveyFixtures.load(loader, FEEDBACK.replace("anonymous: true", "anonymous: false"));
        HttpSession author = SurveyFixtures.instructor();
        String course = "fb-" + UUID.randomUUID().toString().substring(0, 8);
        author.request().contentType("application/json").body(Map.of("slug", course, "title", Map.of("en",
                "Author's course"), "summary", Map.of("en", "Mine"), "dimension", "ethics", "audience", "students",
                "minutes", 10)).post("/api/v1/courses").then().statusCode(201);
        author.request().contentType("application/json").body(Map.of("slug", "one", "title", Map.of("en", "One"),
                "body", Map.of("en", "Text"))).post("/api/v1/courses/" + course + "/modules").then().statusCode(201);
        author.request().contentType("application/json").post("/api/v1/courses/" + course + "/publish").then()
                .statusCode(200);
        for (int i = 0; i < 3; i++) {
            HttpSession learner = HttpSession.newStudent();
            SurveyFixtures.takeCourse(learner, course);
            respond(learner, slug, course, 5).then().statusCode(201);
        }
        for (int i = 0; i < 2; i++) {
            HttpSession learner = HttpSession.newStudent();
            SurveyFixtures.takeCourse(learner, "information-needs");
            respond(learner, slug, "information-needs", 1).then().statusCode(201);
        }

        HttpSession admin = HttpSession.admin();
        assertThat(admin.request().get("/api/v1/surveys/" + slug + "/results").jsonPath().getLong("respondents"))
                .isEqualTo(5);
        JsonPath one = admin.request().get("/api/v1/surveys/" + slug + "/results?course=information-needs")
                .jsonPath();
        assertThat(one.getLong("respondents")).isEqualTo(2);
        assertThat(one.getMap("questions.find { it.id == 'overall' }.counts")).containsEntry("1", 2)
                .containsEntry("5", 0);
        String page = admin.get("/surveys/" + slug + "/results?lang=en").then().statusCode(200).extract().asString();
        assertThat(page).contains("<select id=\"course\" name=\"course\">", "Author&#39;s course (3)");
        String csv = admin.get("/api/v1/surveys/" + slug + "/responses.csv").then().statusCode(200).extract()
                .asString();
        assertThat(csv.lines().findFirst().orElseThrow()).contains("course");
        assertThat(csv).contains("," + course + ",", ",information-needs,");

        // The author sees their course's three responses and nothing of the others, in figures and exports.
        assertThat(author.request().get("/api/v1/surveys/" + slug + "/results").then().statusCode(200).extract()
                .jsonPath().getLong("respondents")).isEqualTo(3);
        author.request().get("/api/v1/surveys/" + slug + "/results?course=information-needs").then().statusCode(403);
        String theirs = author.get("/api/v1/surveys/" + slug + "/responses.csv").then().statusCode(200).extract()
                .asString();
        assertThat(theirs.lines().count()).isEqualTo(4);
        assertThat(theirs).doesNotContain("information-needs");
        author.get("/surveys/" + slug + "/results?lang=en").then().statusCode(200)
                .body(containsString("Author&#39;s course (3)")).body(not(containsString("(2)")));
        SurveyFixtures.instructor().request().get("/api/v1/surveys/" + slug + "/results").then().statusCode(403);
    }

    @Test
    void theStarterFeedbackSurveysFollowEveryCourseAndEverySession() {
        Object[] row = (Object[]) em.createNativeQuery("select for_all_courses, anonymous, status from survey where"
                + " slug = 'course-feedback'").getSingleResult();
        assertThat(row).containsExactly(true, true, "published");
        HttpSession s = HttpSession.newStudent();
        completeCourse(s, "off-campus-access");
        s.get("/me?lang=en").then().body(containsString("/surveys/course-feedback?course=off-campus-access"));
        s.get("/surveys/course-feedback?course=off-campus-access&lang=en").then().statusCode(200)
                .body(containsString("Course feedback")).body(containsString("What helped you most?"));
        Object[] sessions = (Object[]) em.createNativeQuery("select for_sessions, anonymous from survey where slug ="
                + " 'session-feedback'").getSingleResult();
        assertThat(sessions).containsExactly(true, true);
    }
}
