package org.resilib.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

/**
 * Translating a draft's quiz in the browser: each question beside its original, checked against its answer key,
 * imported and exported as GIFT, following the questions when they are retitled or deleted, and shown to learners
 * of that language once published.
 */
@QuarkusTest
class QuestionTranslationTest {

    private static String draftTranslation(HttpSession s, String slug) {
        return s.request().get("/api/v1/courses/" + slug + "/draft").jsonPath().getString("draft.quizTranslations.en");
    }

    @Test
    void anAuthorTranslatesEachQuestionBesideTheOriginal() {
        HttpSession s = AuthoringApiTest.person("instructor").session();
        String slug = AuthoringResourceTest.newCourse(s);
        String base = "/author/courses/" + slug + "/questions";
        s.postForm(base + "/new?type=multichoice", base + "/new", Map.of("type", "multichoice", "title", "mc",
                "text", "哪种方法检查时效性？", "answer_0", "CRAAP 测试", "percent_0", "100", "feedback_0", "对",
                "answer_1", "ABC", "percent_1", "0", "action", "save")).then().statusCode(303);
        s.postForm(base + "/new", base + "/new", Map.of("type", "truefalse", "title", "tf", "text",
                "预印本都经过同行评议。", "truth", "false", "action", "save")).then().statusCode(303);

        String list = s.get(base + "?lang=en").asString();
        assertThat(list).contains(base + "/1/translations/en", "Not translated")
                .contains("Translation into English");

        String page = s.get(base + "/1/translations/en?lang=en").asString();
        assertThat(page).contains("Translate question 1 into English", "Original", "哪种方法检查时效性")
                .contains("name=\"answer_0\" value=\"CRAAP 测试\"");

        Response wrong = s.postForm(base + "/1/translations/en?lang=en", base + "/1/translations/en", Map.of(
                "type", "multichoice", "title", "mc", "text", "Which test checks currency?", "answer_0", "CRAAP",
                "percent_0", "0", "answer_1", "ABC", "percent_1", "100", "action", "save"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.asString()).contains("choice 1 is worth 100.0% in the original, 0.0% here")
                .contains(">Which test checks currency?</textarea>");
        assertThat(draftTranslation(s, slug)).isNull();

        s.postForm(base + "/1/translations/en", base + "/1/translations/en", Map.of("type", "multichoice",
                "title", "ignored", "text", "Which test checks currency?", "answer_0", "The CRAAP test",
                "percent_0", "100", "feedback_0", "Right", "answer_1", "ABC", "percent_1", "0", "action", "save"))
                .then().statusCode(303);
        assertThat(draftTranslation(s, slug)).contains("::mc::", "Which test checks currency?", "The CRAAP test");
        assertThat(s.get(base + "?lang=en").asString()).contains("Translated");

        // A translation in GIFT for the second question; one that changes the answer adds nothing.
        String token = AuthoringResourceTest.csrf(s, base);
        Response refused = s.request().multiPart("gift", "::tf::Preprints are always peer reviewed. {T}")
                .multiPart("language", "en").multiPart("csrf-token", token).post(base + "/import");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("gift:1");
        s.request().multiPart("gift", "::tf::Preprints are always peer reviewed. {F}").multiPart("language", "en")
                .multiPart("csrf-token", token).post(base + "/import").then().statusCode(303);
        String exported = s.request().get("/author/courses/" + slug + "/questions.gift?language=en").then()
                .statusCode(200).extract().asString();
        assertThat(exported).contains("::mc::", "::tf::Preprints are always peer reviewed.");
        s.request().get("/author/courses/" + slug + "/questions.gift?language=fr").then().statusCode(404);
        s.request().get(base + "/1/translations/zh-CN").then().statusCode(404);

        // Publishing: a learner reading English gets the translation.
        s.postForm("/author/courses/" + slug, "/author/courses/" + slug + "/modules", Map.of("slug", "m",
                "title.en", "M")).then().statusCode(303);
        s.postForm("/author/courses/" + slug, "/author/courses/" + slug + "/publish", Map.of()).then()
                .statusCode(303);
        HttpSession learner = HttpSession.newStudent();
        String attempt = learner.postForm("/courses/" + slug + "/quiz", "/courses/" + slug + "/quiz/attempts",
                Map.of()).getHeader("Location").replaceAll("^https?://[^/]+", "");
        assertThat(learner.get(attempt + "?lang=en").asString()).contains("Which test checks currency?",
                "Preprints are always peer reviewed.").doesNotContain("哪种方法检查时效性");

        // Deleting the first question takes its translation with it.
        s.postForm(base + "/1", base + "/1/delete", Map.of()).then().statusCode(200);
        assertThat(draftTranslation(s, slug)).contains("::mc::");
        s.postForm(base + "/1", base + "/1/delete", Map.of("confirm", "yes")).then().statusCode(303);
        assertThat(draftTranslation(s, slug)).doesNotContain("::mc::").contains("::tf::");
    }

    @Test
    void anUntitledQuestionIsGivenATitleBeforeItIsTranslated() {
        HttpSession s = AuthoringApiTest.person("instructor").session();
        String slug = AuthoringResourceTest.newCourse(s);
        String base = "/author/courses/" + slug + "/questions";
        s.postForm(base + "/new", base + "/new", Map.of("type", "truefalse", "text", "预印本都经过同行评议。",
                "truth", "false", "action", "save")).then().statusCode(303);
        Response r = s.postForm(base + "/1/translations/en?lang=en", base + "/1/translations/en", Map.of(
                "type", "truefalse", "text", "Preprints are peer reviewed.", "truth", "false", "action", "save"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.asString()).contains("Give the question a title before translating it");
        HttpSession.newStudent().request().get(base + "/1/translations/en").then().statusCode(403);
    }
}
