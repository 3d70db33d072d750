package org.resilib.consult;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.guide.GuideFixtures;

/** Answers that become the FAQ: made at the desk, searched in both languages, shown in the guide. */
@QuarkusTest
class FaqTest {

    @Test
    void anAnsweredQuestionBecomesAnFaqEntryFoundInChineseAndEnglishAndShownInTheGuide() {
        HttpSession student = GuideFixtures.signedIn(GuideFixtures.person("student"));
        String email = student.get("/api/v1/me").jsonPath().getString("email");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String id = student.postForm("/ask", "/ask", Map.of("category", "resources", "body", "在家怎么上知网？"))
                .getHeader("Location").replaceAll(".*/questions/(\\d+).*", "$1");
        HttpSession librarian = GuideFixtures.signedIn(GuideFixtures.person("librarian"));
        String desk = "/desk/questions/" + id;
        librarian.postForm(desk, desk + "/reply", Map.of("body", "请通过图书馆代理访问。")).then().statusCode(303);
        librarian.postForm(desk, desk + "/faq", Map.of("category", "resources",
                "questionZh", "如何在校外访问中国知网" + tag, "answerZh", "登录图书馆代理后从资源列表进入。",
                "questionEn", "How do I reach CNKI off campus " + tag + "?",
                "answerEn", "Sign in to the library proxy, then open CNKI from the directory.")).then()
                .statusCode(303);

        String zh = given().queryParam("lang", "zh-CN").queryParam("q", "校外知网").get("/faq").then()
                .statusCode(200).extract().asString();
        assertThat(zh).contains("如何在校外访问中国知网" + tag).doesNotContain(email);
        assertThat(given().queryParam("lang", "en").queryParam("q", "cnki " + tag).get("/faq").asString())
                .contains("How do I reach CNKI off campus " + tag);
        assertThat(given().queryParam("lang", "en").queryParam("q", "opening hours " + tag).get("/faq").asString())
                .doesNotContain("How do I reach CNKI off campus " + tag);
        List<Map<String, Object>> api = given().queryParam("q", "知网 " + tag).get("/api/v1/faq").jsonPath()
                .getList("$");
        assertThat(api).hasSize(1);
        assertThat(api.get(0).toString()).doesNotContain(email);
        assertThat(given().queryParam("lang", "en").get("/guides/emergency").asString())
                .contains("How do I reach CNKI off campus " + tag);

        // While someone types a question, the entries that share its words are offered.
        List<Map<String, Object>> offered = given().queryParam("lang", "en").queryParam("text",
                "I am at home and CNKI wants a campus login " + tag).get("/api/v1/faq/suggestions").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(offered).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(offered.get(0).get("question")).isEqualTo("How do I reach CNKI off campus " + tag + "?");
        assertThat(given().queryParam("lang", "zh-CN").queryParam("text", "校外怎么访问知网" + tag)
                .get("/api/v1/faq/suggestions").jsonPath().getList("question", String.class))
                .contains("如何在校外访问中国知网" + tag);
        assertThat(given().queryParam("text", "").get("/api/v1/faq/suggestions").jsonPath().getList("$")).isEmpty();
        // The desk sees the same entries beside a new question that shares their words.
        String again = student.postForm("/ask", "/ask", Map.of("category", "resources", "body",
                "CNKI off campus " + tag + " does not open")).getHeader("Location")
                .replaceAll(".*/questions/(\\d+).*", "$1");
        assertThat(librarian.request().queryParam("lang", "en").get("/desk/questions/" + again).asString())
                .contains("FAQ entries that may already answer this", "How do I reach CNKI off campus " + tag);

        student.request().contentType("application/json").body(Map.of("question", Map.of("en", "x"), "answer",
                Map.of("en", "y"), "category", "other")).post("/api/v1/faq").then().statusCode(403);
        librarian.request().contentType("application/json").body(Map.of("question", Map.of("en", "x", "zh-CN", "问"),
                "answer", Map.of("en", "y"), "category", "other")).post("/api/v1/faq").then().statusCode(400)
                .body("errors[0].field", equalTo("answer"));
        long made = librarian.request().contentType("application/json").body(Map.of("question", Map.of("en",
                "Temporary " + tag), "answer", Map.of("en", "Yes."), "category", "other")).post("/api/v1/faq")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        librarian.postForm("/faq", "/faq/" + made + "/delete", Map.of()).then().statusCode(303);
        assertThat(given().queryParam("q", "Temporary " + tag).get("/api/v1/faq").jsonPath().getList("$")).isEmpty();
    }

    @Test
    void chineseWordsMatchByTheirTwoCharacterPieces() {
        String text = "如何在校外访问中国知网 how do i reach cnki";
        assertThat(Faq.score(text, "校外知网")).isPositive();
        assertThat(Faq.score(text, "知网")).isPositive();
        assertThat(Faq.score(text, "开放时间")).isZero();
        assertThat(Faq.score(text, "cnki")).isPositive();
        assertThat(Faq.score(text, "wifi")).isZero();
    }
}
