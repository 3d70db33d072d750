package org.resilib.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

/** Surveys taken through their pages, with plain forms, as signed-in readers and as visitors. */
@QuarkusTest
class SurveyResourceTest {

    @Inject
    SurveyLoader loader;

    @Inject
    EntityManager em;

    long responses(String slug) {
        return ((Number) em.createNativeQuery("select count(*) from survey_response r join survey v on"
                + " v.id = r.survey_id where v.slug = ?1").setParameter(1, slug).getSingleResult()).longValue();
    }

    static String path(Response r) {
        return r.getHeader("Location").replaceAll("^https?://[^/]+", "");
    }

    @Test
    void aSignedInReaderAnswersPageByPageAndCanComeBackLater() {
        String slug = SurveyFixtures.load(loader, SurveyFixtures.twoPages("everyone", false));
        HttpSession s = HttpSession.newStudent();
        String first = s.get("/surveys/" + slug + "?lang=en").then().statusCode(200).extract().asString();
        assertThat(first).contains("Who are you?", "Page 1 of 2", "Other, please specify", "name=\"website\"",
                "Choose ≤ 2 options.").doesNotContain("Your thesis topic");
        // A missing answer is named on the page, linked to its question.
        String refused = s.postForm("/surveys/" + slug, "/surveys/" + slug + "?lang=en", Map.of("page", "1",
                "action", "next", "q.wishes", List.of("chat", "ebooks", "lectures"))).then().statusCode(400)
                .extract().asString();
        assertThat(refused).contains("<a href=\"#q-role\">This question needs an answer.</a>",
                "Too many options are chosen.", "value=\"lectures\" checked");
        Response next = s.postForm("/surveys/" + slug, "/surveys/" + slug, Map.of("page", "1", "action", "next",
                "q.role", "postgraduate", "q.wishes", List.of("chat", "ebooks")));
        assertThat(next.statusCode()).isEqualTo(303);
        assertThat(path(next)).isEqualTo("/surveys/" + slug + "?page=2");
        // Progress is kept: coming back later opens the page they were on.
        String second = s.get("/surveys/" + slug + "?lang=en").then().statusCode(200).extract().asString();
        assertThat(second).contains("Page 2 of 2", "Your thesis topic", "Submit my answers");
        Response back = s.postForm("/surveys/" + slug, "/surveys/" + slug, Map.of("page", "2", "action",
                "previous", "q.hours", "7"));
        assertThat(path(back)).isEqualTo("/surveys/" + slug + "?page=1");
        s.get("/surveys/" + slug + "?page=1&lang=en").then().body(containsString("value=\"postgraduate\" checked"));
        Response done = s.postForm("/surveys/" + slug + "?page=2", "/surveys/" + slug, Map.of("page", "2",
                "action", "submit", "q.thesis", "Maps of the library", "q.hours", "7"));
        assertThat(done.statusCode()).isEqualTo(303);
        s.get(path(done) + "&lang=en").then().statusCode(200)
                .body(containsString("Your answers are in. Thank you for telling the library."))
                .body(containsString("You have answered this survey. Thank you."));
        assertThat(responses(slug)).isEqualTo(1);
        String stored = (String) em.createNativeQuery("select cast(r.answers as text) from survey_response r join"
                + " survey v on v.id = r.survey_id where v.slug = ?1").setParameter(1, slug).getSingleResult();
        assertThat(stored).contains("postgraduate", "Maps of the library", "\"hours\": 7");
        assertThat(((Number) em.createNativeQuery("select count(*) from survey_progress p join survey v on"
                + " v.id = p.survey_id where v.slug = ?1").setParameter(1, slug).getSingleResult()).intValue())
                .as("progress is removed once submitted").isZero();
        s.request().contentType("application/x-www-form-urlencoded").get("/surveys/" + slug + "?lang=en").then()
                .body(not(containsString("Submit my answers")));
    }

    @Test
    void aCoursesFeedbackSurveyIsOfferedOnceTheCourseIsCompletedUntilAnswered() {
        String slug = SurveyFixtures.load(loader, SurveyFixtures.twoPages("everyone", true)
                .replace("anonymous: true", "anonymous: true\ncourse: information-needs"));
        HttpSession s = HttpSession.newStudent();
        List<String> modules = s.request().get("/api/v1/courses/information-needs").jsonPath()
                .getList("modules.slug", String.class);
        s.request().contentType("application/json").post("/api/v1/courses/information-needs/modules/"
                + modules.get(0) + "/complete").then().statusCode(204);
        s.get("/courses/information-needs?lang=en").then().body(not(containsString("/surveys/" + slug)));
        for (String m : modules.subList(1, modules.size())) {
            s.request().contentType("application/json").post("/api/v1/courses/information-needs/modules/" + m
                    + "/complete").then().statusCode(204);
        }
        s.get("/courses/information-needs?lang=en").then().statusCode(200)
                .body(containsString("<a href=\"/surveys/" + slug + "\">Tell us what you thought of it: Study needs</a>"));
        s.get("/me?lang=en").then().statusCode(200).body(containsString("/surveys/" + slug));
        s.request().contentType("application/json").body(Map.of("answers", Map.of("role", "undergraduate")))
                .post("/api/v1/surveys/" + slug + "/responses").then().statusCode(201);
        s.get("/courses/information-needs?lang=en").then().body(not(containsString("/surveys/" + slug)));
        s.get("/me?lang=en").then().body(not(containsString("/surveys/" + slug)));
    }

    @Test
    void aVisitorAnswersAPublicSurveyOnceFromTheirBrowser() {
        String slug = SurveyFixtures.load(loader, SurveyFixtures.twoPages("public", true));
        HttpSession visitor = HttpSession.anonymous();
        Response page = visitor.get("/surveys/" + slug + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.getDetailedCookie(SurveyResource.TOKEN_COOKIE).isHttpOnly()).isTrue();
        assertThat(page.asString()).contains("This survey is anonymous");
        Response second = visitor.postForm("/surveys/" + slug, "/surveys/" + slug + "?lang=en", Map.of("page", "1",
                "action", "next", "q.role", "other", "q.role.other", "Alumna"));
        assertThat(second.statusCode()).isEqualTo(200);
        String html = second.asString();
        assertThat(html).contains("Page 2 of 2").doesNotContain("Your thesis topic");
        Matcher carried = Pattern.compile("name=\"carried\" value=\"([^\"]+)\"").matcher(html);
        assertThat(carried.find()).isTrue();
        String json = carried.group(1).replace("&quot;", "\"");
        assertThat(json).contains("Alumna");
        Response done = visitor.postForm("/surveys/" + slug, "/surveys/" + slug, Map.of("page", "2", "action",
                "submit", "carried", json, "q.comment", "Longer opening hours online"));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(responses(slug)).isEqualTo(1);
        visitor.get("/surveys/" + slug + "?lang=en").then().body(containsString("You have answered this survey."));
        // A form-filling robot (the hidden field filled) is thanked and not counted.
        HttpSession robot = HttpSession.anonymous();
        Response bot = robot.postForm("/surveys/" + slug, "/surveys/" + slug, Map.of("page", "2", "action",
                "submit", "carried", json, "website", "http://spam.example"));
        assertThat(bot.statusCode()).isEqualTo(303);
        assertThat(responses(slug)).isEqualTo(1);
        // The list shows visitors the public survey, not the one for signed-in readers.
        HttpSession.anonymous().get("/surveys?lang=en").then().statusCode(200)
                .body(containsString("/surveys/" + slug)).body(not(containsString("emergency-services-2021")));
        HttpSession.newStudent().get("/surveys?lang=zh-CN").then().statusCode(200)
                .body(containsString("疫情期间图书馆应急信息服务调查"));
    }
}
