package org.resilib.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

/**
 * Every starter course exported through the API and imported again over HTTP (as a new course, the way another
 * Resilib would receive it) is the same course: course.yaml fields, modules with their titles and Markdown in every
 * language, and the same quiz questions, which a quiz attempt then presents.
 */
@QuarkusTest
class StarterRoundTripTest {

    @Test
    void everyStarterCourseSurvivesExportAndImport() {
        HttpSession admin = HttpSession.admin();
        List<String> starters = admin.request().get("/api/v1/courses").jsonPath().getList("slug");
        List<String> fromFiles = starters.stream().filter(s -> admin.request().get("/api/v1/courses/" + s + "/draft")
                .jsonPath().getBoolean("fileManaged")).toList();
        assertThat(fromFiles).hasSizeGreaterThanOrEqualTo(9);
        Matcher csrf = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(admin.get("/me/profile")
                .asString());
        assertThat(csrf.find()).isTrue();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        for (String slug : fromFiles) {
            byte[] zip = admin.request().get("/api/v1/courses/" + slug + "/export").then().statusCode(200).extract()
                    .asByteArray();
            String copy = (slug.length() > 50 ? slug.substring(0, 50) : slug) + "-" + suffix;
            admin.request().multiPart("file", slug + ".zip", zip, "application/zip").multiPart("slug", copy)
                    .multiPart("csrf-token", csrf.group(1)).post("/api/v1/courses/import").then().statusCode(201);
            Map<String, Object> original = admin.request().get("/api/v1/courses/" + slug + "/draft").jsonPath()
                    .getMap("draft");
            Map<String, Object> imported = admin.request().get("/api/v1/courses/" + copy + "/draft").jsonPath()
                    .getMap("draft");
            assertThat(imported).as(slug).isEqualTo(original);
            Object gift = original.get("quizGift");
            if (gift != null) {
                int questions = org.resilib.quiz.gift.GiftParser.parse((String) gift).questions().stream()
                        .filter(q -> q.type() != org.resilib.quiz.gift.QuestionType.DESCRIPTION).toList().size();
                int shown = admin.request().contentType("application/json")
                        .post("/api/v1/courses/" + copy + "/quiz/attempts").then().statusCode(201).extract()
                        .jsonPath().getList("questions").size();
                assertThat(shown).as(slug + " questions in an attempt").isGreaterThanOrEqualTo(questions);
            }
        }
    }
}
