package org.resilib.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.resilib.HttpSession;
import org.resilib.content.ContentProblem;

/** Surveys made for one test each, loaded as content/ files are (a folder of their own). */
public final class SurveyFixtures {

    private SurveyFixtures() {
    }

    /** Loads the YAML as {@code surveys/<slug>.yaml} of a new content folder and returns the slug. */
    public static String load(SurveyLoader loader, String yaml) {
        String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(load(loader, slug, yaml)).isEmpty();
        return slug;
    }

    /** Loads the YAML as the file of this survey (again), returning the problems reported. */
    public static List<ContentProblem> load(SurveyLoader loader, String slug, String yaml) {
        try {
            Path root = Files.createTempDirectory("surveys");
            Files.createDirectories(root.resolve("surveys"));
            Files.writeString(root.resolve("surveys").resolve(slug + ".yaml"), yaml);
            return loader.load(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The person takes the course: does its first module (which enrols them). */
    public static void takeCourse(HttpSession s, String course) {
        String module = s.request().get("/api/v1/courses/" + course).jsonPath().getString("modules[0].slug");
        s.request().contentType("application/json").post("/api/v1/courses/" + course + "/modules/" + module
                + "/complete").then().statusCode(204);
    }

    /** A new signed-in instructor who authors nothing. */
    public static HttpSession instructor() {
        String email = "instructor-" + UUID.randomUUID() + "@test.resilib";
        HttpSession.admin().request().contentType("application/json").body(Map.of("email", email, "name",
                "Other Instructor", "password", "library-2026", "roles", List.of("instructor")))
                .post("/api/v1/admin/users").then().statusCode(201);
        return HttpSession.signIn(email, "library-2026");
    }

    /** A new person with this role, reading Chinese (the default language; password library-2026); their email. */
    public static String staffEmail(String role) {
        String email = role + "-" + UUID.randomUUID() + "@test.resilib";
        HttpSession.admin().request().contentType("application/json").body(Map.of("email", email, "name",
                "Survey " + role, "password", "library-2026", "roles", List.of(role)))
                .post("/api/v1/admin/users").then().statusCode(201);
        return email;
    }

    /** Two pages: a choice with "other", then a question shown only to postgraduates and a number. */
    public static String twoPages(String audience, boolean anonymous) {
        return """
                title: { en: Study needs, zh-CN: 学习需求 }
                audience: %s
                anonymous: %s
                pages:
                  - questions:
                      - id: role
                        type: single
                        required: true
                        other: true
                        text: { en: "Who are you?", zh-CN: 您的身份？ }
                        options:
                          - { id: undergraduate, text: { en: Undergraduate, zh-CN: 本科生 } }
                          - { id: postgraduate, text: { en: Postgraduate, zh-CN: 研究生 } }
                      - id: wishes
                        type: multiple
                        max: 2
                        text: { en: "What should the library offer?", zh-CN: 图书馆应提供什么？ }
                        options:
                          - { id: chat, text: { en: Chat help, zh-CN: 在线咨询 } }
                          - { id: ebooks, text: { en: E-books, zh-CN: 电子书 } }
                          - { id: lectures, text: { en: Lectures, zh-CN: 讲座 } }
                  - questions:
                      - id: thesis
                        type: text
                        required: true
                        showIf: { question: role, anyOf: [postgraduate] }
                        text: { en: Your thesis topic, zh-CN: 您的论文题目 }
                      - id: hours
                        type: number
                        min: 0
                        max: 100
                        text: { en: Hours a week in the library, zh-CN: 每周在图书馆的小时数 }
                      - id: comment
                        type: longtext
                        maxLength: 200
                        text: { en: "Anything else?", zh-CN: 其他意见？ }
                """.formatted(audience, anonymous);
    }
}
