package org.resilib.survey.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.survey.SurveyFixtures;

/**
 * Surveys to and from SurveyJS's form model: every type and condition round-trips, a model from another tool is
 * mapped or each element it cannot map is named, and only the maker (or an admin) changes, publishes and closes.
 */
@QuarkusTest
class SurveyJsTest {

    static String slug() {
        return "js-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A model as SurveyJS Creator writes it: plain strings, values that are texts, a condition, three pages. */
    static final String FROM_CREATOR = """
            {"title": "Library hours", "pages": [
              {"name": "page1", "elements": [
                {"type": "radiogroup", "name": "status", "title": "You are", "isRequired": true,
                 "choices": ["Undergraduate", "Postgraduate", "Staff member"], "showOtherItem": true},
                {"type": "checkbox", "name": "when", "title": "When do you need us?", "maxSelectedChoices": 2,
                 "choices": [{"value": "item1", "text": {"default": "Evenings", "zh-cn": "晚上"}},
                             {"value": "item2", "text": "Weekends"}, {"value": "item3", "text": "Exam weeks"}]}]},
              {"name": "page2", "elements": [
                {"type": "text", "name": "thesis", "title": "Your thesis topic", "visibleIf": "{status} = 'Postgraduate'"},
                {"type": "matrix", "name": "agree", "title": "How far do you agree?",
                 "columns": [1, 2, 3, 4, 5], "rows": ["The desk is helpful", "The rooms are quiet"]},
                {"type": "rating", "name": "nps", "title": "Recommend us?", "rateMin": 0, "rateMax": 10},
                {"type": "text", "name": "age", "inputType": "number", "min": 16, "max": 99},
                {"type": "html", "name": "thanks", "html": "<p>Thank you &amp; <b>goodbye</b></p>"}]}]}
            """;

    @Test
    void theSeedSurveyRoundTripsThroughSurveyJs() {
        HttpSession admin = HttpSession.admin();
        String model = admin.request().get("/api/v1/surveys/emergency-services-2021/surveyjs").then().statusCode(200)
                .extract().asString();
        JsonPath m = JsonPath.from(model);
        assertThat(m.getString("title.default")).isEqualTo("The library's emergency information services during the"
                + " closure");
        assertThat(m.getString("title.zh-cn")).isEqualTo("疫情期间图书馆应急信息服务调查");
        assertThat(m.getList("pages[0].elements.type")).containsExactly("radiogroup", "radiogroup", "radiogroup",
                "checkbox", "comment");
        assertThat(m.getBoolean("pages[0].elements[3].showOtherItem")).isTrue();
        assertThat(m.getString("resilib.audience")).isEqualTo("everyone");

        String copy = slug();
        admin.request().contentType("application/json").body(model).put("/api/v1/surveys/" + copy + "/surveyjs")
                .then().statusCode(201);
        // A new survey is a draft: nobody answers it until it is published.
        HttpSession.newStudent().request().get("/api/v1/surveys/" + copy).then().statusCode(404);
        admin.request().contentType("application/json").post("/api/v1/surveys/" + copy + "/publish").then().statusCode(204);
        JsonPath again = JsonPath.from(admin.request().get("/api/v1/surveys/" + copy + "/surveyjs").asString());
        assertThat(again.getMap("")).isEqualTo(m.getMap(""));
        HttpSession.newStudent().request().get("/api/v1/surveys/" + copy).then().statusCode(200)
                .body("pages[0].questions.id", equalTo(List.of("visited", "channel", "enough", "improve",
                        "suggestions")));
        // A file's survey is changed in its file.
        admin.request().contentType("application/json").body(model)
                .put("/api/v1/surveys/emergency-services-2021/surveyjs").then().statusCode(409);
    }

    @Test
    void aModelFromAnotherToolIsMappedWithIdsAndConditionsResilibAccepts() {
        HttpSession instructor = SurveyFixtures.instructor();
        String s = slug();
        instructor.request().contentType("application/json").body(FROM_CREATOR)
                .put("/api/v1/surveys/" + s + "/surveyjs").then().statusCode(201);
        instructor.request().contentType("application/json").post("/api/v1/surveys/" + s + "/publish").then().statusCode(204);
        JsonPath d = HttpSession.newStudent().request().header("Accept-Language", "en").get("/api/v1/surveys/" + s)
                .then().statusCode(200).extract().jsonPath();
        assertThat(d.getList("pages[0].questions.type")).containsExactly("single", "multiple");
        assertThat(d.getList("pages[0].questions[0].options.id")).containsExactly("undergraduate", "postgraduate",
                "staff-member");
        assertThat(d.getString("pages[0].questions[1].options[0].text.zh-CN")).isEqualTo("晚上");
        assertThat(d.getList("pages[1].questions.type")).containsExactly("text", "likert", "recommend", "number",
                "description");
        assertThat(d.getMap("pages[1].questions[0].showIf")).isEqualTo(Map.of("question", "status", "anyOf",
                List.of("postgraduate")));
        assertThat(d.getList("pages[1].questions[1].statements.id")).containsExactly("the-desk-is-helpful",
                "the-rooms-are-quiet");
        assertThat(d.getString("pages[1].questions[4].text.en")).isEqualTo("Thank you & goodbye");
        // Another instructor may neither change nor close it; a student may not even read the model.
        SurveyFixtures.instructor().request().contentType("application/json").body(FROM_CREATOR)
                .put("/api/v1/surveys/" + s + "/surveyjs").then().statusCode(403);
        SurveyFixtures.instructor().request().contentType("application/json").post("/api/v1/surveys/" + s + "/close").then().statusCode(403);
        HttpSession.newStudent().request().get("/api/v1/surveys/" + s + "/surveyjs").then().statusCode(403);
        // Its maker closes it and reads its results.
        instructor.request().contentType("application/json").post("/api/v1/surveys/" + s + "/close").then().statusCode(204);
        HttpSession.newStudent().request().get("/api/v1/surveys/" + s).then().body("state", equalTo("closed"));
        instructor.request().get("/api/v1/surveys/" + s + "/results").then().statusCode(200);
    }

    @Test
    void whatHasNoResilibTypeIsNamedAndNothingIsSaved() {
        HttpSession admin = HttpSession.admin();
        String s = slug();
        JsonPath p = admin.request().contentType("application/json").body("""
                {"title": "Odd", "pages": [{"elements": [
                  {"type": "text", "name": "ok", "title": "Fine"},
                  {"type": "boolean", "name": "yes", "title": "Yes?"},
                  {"type": "file", "name": "cv"},
                  {"type": "rating", "name": "ten", "rateMin": 1, "rateMax": 10},
                  {"type": "text", "name": "later", "visibleIf": "{ok} notempty"}]}]}
                """).put("/api/v1/surveys/" + s + "/surveyjs").then().statusCode(400).extract().jsonPath();
        assertThat(p.getList("errors.field")).containsExactly("pages[0].elements[1]", "pages[0].elements[2]",
                "pages[0].elements[3]", "pages[0].elements[4].visibleIf");
        assertThat(p.getList("errors.message")).contains("boolean", "file", "{ok} notempty");
        admin.request().get("/api/v1/surveys/" + s + "/surveyjs").then().statusCode(404);
        // A model that maps but breaks Resilib's rules (an id it cannot key answers by) is refused the same way.
        admin.request().contentType("application/json").body("""
                {"title": "Ids", "pages": [{"elements": [{"type": "text", "name": "Question 1"}]}]}
                """).put("/api/v1/surveys/" + s + "/surveyjs").then().statusCode(400)
                .body("errors[0].field", equalTo("surveyjs"));
        admin.request().contentType("application/json").body("{}").put("/api/v1/surveys/Bad%20Slug/surveyjs")
                .then().statusCode(400).body("errors[0].field", equalTo("slug"));
    }

    @Test
    void aSurveyWithResponsesKeepsItsAnsweredQuestions() {
        HttpSession admin = HttpSession.admin();
        String s = slug();
        String model = """
                {"title": "Kept", "resilib": {"audience": "everyone", "anonymous": false},
                 "pages": [{"elements": [{"type": "text", "name": "a", "title": "A"},
                                         {"type": "text", "name": "b", "title": "B"}]}]}
                """;
        admin.request().contentType("application/json").body(model).put("/api/v1/surveys/" + s + "/surveyjs")
                .then().statusCode(201);
        admin.request().contentType("application/json").post("/api/v1/surveys/" + s + "/publish").then().statusCode(204);
        HttpSession.newStudent().request().contentType("application/json").body(Map.of("answers", Map.of("a", "x")))
                .post("/api/v1/surveys/" + s + "/responses").then().statusCode(201);
        admin.request().contentType("application/json").body(model.replace(
                "{\"type\": \"text\", \"name\": \"a\", \"title\": \"A\"},", ""))
                .put("/api/v1/surveys/" + s + "/surveyjs").then().statusCode(400)
                .body("errors[0].code", equalTo("survey_change_refused"));
        // Wording may change, and an optional question may be added.
        admin.request().contentType("application/json").body(model.replace("\"title\": \"A\"", "\"title\": \"A!\"")
                .replace("]}]}", ", {\"type\": \"comment\", \"name\": \"c\"}]}]}"))
                .put("/api/v1/surveys/" + s + "/surveyjs").then().statusCode(200);
    }
}
