package org.resilib.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

/** The authoring API as scripts use it: drafts, modules, publication, history, co-authors and bad input. */
@QuarkusTest
class AuthoringApiTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    record Account(String email, HttpSession session) {
    }

    static Account person(String... roles) {
        String email = "author-" + UUID.randomUUID() + "@test.resilib";
        HttpSession.admin().request().contentType("application/json").body(Map.of("email", email, "name",
                "Author " + email.substring(7, 12), "password", "long-enough-1", "roles", Arrays.asList(roles)))
                .post("/api/v1/admin/users").then().statusCode(201);
        return new Account(email, HttpSession.signIn(email, "long-enough-1"));
    }

    static String slug() {
        return "authored-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> course(String slug) {
        return Map.of("slug", slug, "title", Map.of("zh-CN", "检索入门", "en", "Searching basics"),
                "summary", Map.of("zh-CN", "学会检索", "en", "Learn to search"), "dimension", "ability",
                "audience", "students", "minutes", 20, "quiz", Map.of("passPercent", 60, "attempts", 2));
    }

    static Map<String, Object> module(String slug, String en) {
        return Map.of("slug", slug, "title", Map.of("zh-CN", "模块 " + slug, "en", "Module " + slug),
                "body", Map.of("zh-CN", "## 内容\n\n正文。", "en", en));
    }

    static String page(String slug, String module) {
        return HttpSession.newStudent().request().header("Accept-Language", "en")
                .get("/courses/" + slug + "/modules/" + module).then().statusCode(200).extract().asString();
    }

    @Test
    void anInstructorCreatesADraftAddsModulesAndPublishesIt() {
        HttpSession instructor = person("instructor").session();
        String slug = slug();
        instructor.request().contentType("application/json").body(course(slug)).post("/api/v1/courses").then()
                .statusCode(201).body("slug", equalTo(slug)).body("status", equalTo("draft"))
                .header("Location", Matchers.endsWith("/api/v1/courses/" + slug));
        // A draft is invisible to learners and anonymous visitors.
        HttpSession.newStudent().request().get("/api/v1/courses/" + slug).then().statusCode(404);
        HttpSession.anonymous().request().get("/api/v1/courses").then().body("slug", not(hasItem(slug)));

        instructor.request().contentType("application/json").body(module("intro", "# Intro\n\nFirst."))
                .post("/api/v1/courses/" + slug + "/modules").then().statusCode(201);
        instructor.request().contentType("application/json").body(module("sources", "Second."))
                .post("/api/v1/courses/" + slug + "/modules").then().statusCode(201);
        instructor.request().contentType("application/json")
                .body(Map.of("title", Map.of("en", "Finding sources"), "body", Map.of("en", "Use **the catalogue**.")))
                .put("/api/v1/courses/" + slug + "/modules/sources").then().statusCode(200)
                .body("slug", equalTo("sources"));
        // A script publishes with a personal token and no body at all.
        String token = instructor.request().contentType("application/json").body(Map.of("name", "publisher"))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().path("token");
        RestAssured.given().header("Authorization", "Bearer " + token)
                .post("/api/v1/courses/" + slug + "/publish").then().statusCode(200).body("version", equalTo(1));
        // Without a token, a body-less post from a session still needs a CSRF token (it could come from anywhere).
        instructor.request().post("/api/v1/courses/" + slug + "/publish").then().statusCode(400);

        JsonPath live = HttpSession.newStudent().request().header("Accept-Language", "en")
                .get("/api/v1/courses/" + slug).then().statusCode(200).extract().jsonPath();
        assertThat(live.getString("title")).isEqualTo("Searching basics");
        assertThat(live.getList("modules.slug")).containsExactly("intro", "sources");
        assertThat(live.getList("modules.title")).containsExactly("Module intro", "Finding sources");
        assertThat(page(slug, "sources"))
                .contains("<strong>the catalogue</strong>");
    }

    @Test
    void learnersKeepTheirProgressAcrossPublicationsAndEditsStayInTheDraftUntilPublished() {
        HttpSession instructor = person("instructor").session();
        String slug = slug();
        instructor.request().contentType("application/json").body(course(slug)).post("/api/v1/courses").then()
                .statusCode(201);
        for (String m : List.of("one", "two", "three")) {
            instructor.request().contentType("application/json").body(module(m, "Text " + m))
                    .post("/api/v1/courses/" + slug + "/modules").then().statusCode(201);
        }
        instructor.request().contentType("application/json").post("/api/v1/courses/" + slug + "/publish").then().statusCode(200);
        HttpSession student = HttpSession.newStudent();
        student.request().contentType("application/json").post("/api/v1/courses/" + slug + "/modules/two/complete").then().statusCode(204);

        // Edit: remove "one", rename "two"'s text; learners still see version 1 until publication.
        instructor.request().contentType("application/json").delete("/api/v1/courses/" + slug + "/modules/one").then().statusCode(204);
        instructor.request().contentType("application/json").body(module("two", "Changed text"))
                .put("/api/v1/courses/" + slug + "/modules/two").then().statusCode(200);
        assertThat(student.request().get("/api/v1/courses/" + slug).jsonPath().getList("modules.slug"))
                .containsExactly("one", "two", "three");
        instructor.request().get("/api/v1/courses/" + slug + "/draft").then().statusCode(200)
                .body("unpublishedChanges", equalTo(true)).body("draft.modules.slug", equalTo(List.of("two", "three")));

        instructor.request().contentType("application/json").post("/api/v1/courses/" + slug + "/publish").then().statusCode(200)
                .body("version", equalTo(2));
        assertThat(student.request().get("/api/v1/courses/" + slug).jsonPath().getList("modules.slug"))
                .containsExactly("two", "three");
        JsonPath progress = student.request().get("/api/v1/me/progress").jsonPath();
        assertThat(progress.getList("find { it.slug == '" + slug + "' }.completedModules")).containsExactly("two");

        // Roll back to version 1: "one" returns, the progress in "two" is still there, history grows.
        instructor.request().contentType("application/json").post("/api/v1/courses/" + slug + "/versions/1/restore").then().statusCode(200)
                .body("version", equalTo(3));
        assertThat(student.request().get("/api/v1/courses/" + slug).jsonPath().getList("modules.slug"))
                .containsExactly("one", "two", "three");
        assertThat(page(slug, "two"))
                .contains("Text two").doesNotContain("Changed text");
        JsonPath versions = instructor.request().get("/api/v1/courses/" + slug + "/versions").jsonPath();
        assertThat(versions.getList("number")).containsExactly(3, 2, 1);
        assertThat(versions.getList("source")).containsExactly("restore", "browser", "browser");
        assertThat(versions.getInt("[0].restoredFrom")).isEqualTo(1);
        assertThat(versions.getString("[2].publishedBy")).startsWith("Author ");
        instructor.request().contentType("application/json").post("/api/v1/courses/" + slug + "/versions/9/restore").then().statusCode(404);
    }

    @Test
    void onlyOwnersCoAuthorsAndAdminsMayEdit() {
        Account owner = person("instructor");
        Account other = person("instructor");
        String slug = slug();
        owner.session().request().contentType("application/json").body(course(slug)).post("/api/v1/courses").then()
                .statusCode(201);
        String path = "/api/v1/courses/" + slug;
        other.session().request().contentType("application/json").body(course(slug)).put(path).then()
                .statusCode(403).body("code", equalTo("author_not_author"));
        other.session().request().contentType("application/json").body(module("m", "x")).post(path + "/modules")
                .then().statusCode(403);
        other.session().request().contentType("application/json").post(path + "/publish").then().statusCode(403);
        other.session().request().get(path + "/draft").then().statusCode(403);
        other.session().get("/author/courses/" + slug).then().statusCode(403);
        HttpSession.newStudent().request().contentType("application/json").post(path + "/publish").then().statusCode(403);
        HttpSession.anonymous().request().contentType("application/json").post(path + "/publish").then().statusCode(401);

        // A co-author may edit but not change the authors; students cannot be co-authors.
        Account student = person("student");
        owner.session().request().contentType("application/json").body(Map.of("email", student.email()))
                .post(path + "/authors").then().statusCode(400).body("errors[0].field", equalTo("email"));
        owner.session().request().contentType("application/json").body(Map.of("email", other.email()))
                .post(path + "/authors").then().statusCode(204);
        other.session().request().contentType("application/json").body(module("m", "x")).post(path + "/modules")
                .then().statusCode(201);
        Account third = person("instructor");
        other.session().request().contentType("application/json").body(Map.of("email", third.email()))
                .post(path + "/authors").then().statusCode(403).body("code", equalTo("author_not_owner"));
        HttpSession.admin().request().contentType("application/json").put(path).then().statusCode(400);
        HttpSession.admin().request().contentType("application/json").body(course(slug)).put(path).then()
                .statusCode(200);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingStored() {
        HttpSession instructor = person("instructor").session();
        String slug = slug();
        Map<String, Object> bad = new HashMap<>(course("Not A Slug"));
        instructor.request().contentType("application/json").body(bad).post("/api/v1/courses").then()
                .statusCode(400).body("errors[0].field", equalTo("slug"));
        bad = new HashMap<>(course(slug));
        bad.put("dimension", "astrology");
        bad.put("minutes", 0);
        bad.put("quiz", Map.of("passPercent", 140));
        JsonPath problem = instructor.request().contentType("application/json").body(bad).post("/api/v1/courses")
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field")).contains("dimension", "minutes", "quiz.passPercent");
        HttpSession.admin().request().get("/api/v1/courses/" + slug).then().statusCode(404);

        instructor.request().contentType("application/json").body(course(slug)).post("/api/v1/courses").then()
                .statusCode(201);
        instructor.request().contentType("application/json").body(course(slug)).post("/api/v1/courses").then()
                .statusCode(409).body("errors[0].field", equalTo("slug"));
        instructor.request().contentType("application/json").body(course("academic-integrity"))
                .post("/api/v1/courses").then().statusCode(409);

        String modules = "/api/v1/courses/" + slug + "/modules";
        instructor.request().contentType("application/json").body(module("Bad Slug", "x")).post(modules).then()
                .statusCode(400).body("errors[0].field", equalTo("slug"));
        for (String script : List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "[click](javascript:alert(1))", "<iframe src=\"https://evil.example/\"></iframe>")) {
            instructor.request().contentType("application/json").body(module("unsafe", script)).post(modules)
                    .then().statusCode(400).body("errors[0].field", equalTo("body.en"))
                    .body("errors[0].code", equalTo("author_markdown_unsafe"));
        }
        instructor.request().contentType("application/json")
                .body(module("video", "<iframe src=\"https://player.bilibili.com/player.html?bvid=BV1xx411c7mD\" allowfullscreen></iframe>"))
                .post(modules).then().statusCode(201);
        instructor.request().contentType("application/json").body(module("video", "again")).post(modules).then()
                .statusCode(409).body("errors[0].field", equalTo("slug"));
        instructor.request().contentType("application/json").delete(modules + "/missing").then().statusCode(404);
        assertThat(instructor.request().get("/api/v1/courses/" + slug + "/draft").jsonPath()
                .getList("draft.modules.slug")).containsExactly("video");

        // A course without modules cannot be published.
        String empty = slug();
        instructor.request().contentType("application/json").body(course(empty)).post("/api/v1/courses").then()
                .statusCode(201);
        instructor.request().contentType("application/json").post("/api/v1/courses/" + empty + "/publish").then().statusCode(409)
                .body("errors[0].field", equalTo("modules"));
        instructor.request().contentType("application/json").post("/api/v1/courses/" + slug + "/publish").then().statusCode(200);
        assertThat(page(slug, "video"))
                .contains("<iframe src=\"https://player.bilibili.com/player.html?bvid");
    }

    @Test
    void coAuthorsEditingAtOnceLoseNothingAndPublicationsGetDistinctVersions() throws Exception {
        Account owner = person("instructor");
        Account coAuthor = person("instructor");
        String slug = slug();
        owner.session().request().contentType("application/json").body(course(slug)).post("/api/v1/courses").then()
                .statusCode(201);
        owner.session().request().contentType("application/json").body(Map.of("email", coAuthor.email()))
                .post("/api/v1/courses/" + slug + "/authors").then().statusCode(204);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> adds = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                HttpSession who = i % 2 == 0 ? owner.session() : coAuthor.session();
                String m = "part-" + i;
                adds.add(pool.submit(() -> who.request().contentType("application/json").body(module(m, "Text"))
                        .post("/api/v1/courses/" + slug + "/modules").statusCode()));
            }
            for (var f : adds) {
                assertThat(f.get()).isEqualTo(201);
            }
            assertThat(owner.session().request().get("/api/v1/courses/" + slug + "/draft").jsonPath()
                    .getList("draft.modules.slug")).hasSize(12);
            List<Future<Integer>> publishes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                HttpSession who = i % 2 == 0 ? owner.session() : coAuthor.session();
                publishes.add(pool.submit(() -> who.request().contentType("application/json")
                        .post("/api/v1/courses/" + slug + "/publish").then().statusCode(200).extract()
                        .<Integer>path("version")));
            }
            Set<Integer> numbers = new TreeSet<>();
            for (var f : publishes) {
                numbers.add(f.get());
            }
            assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aZipBecomesTheNewDraftOfAnExistingCourseAndBadZipsChangeNothing() throws Exception {
        HttpSession instructor = person("instructor").session();
        String slug = slug();
        instructor.request().contentType("application/json").body(course(slug)).post("/api/v1/courses").then()
                .statusCode(201);
        instructor.request().contentType("application/json").body(module("mine", "Mine"))
                .post("/api/v1/courses/" + slug + "/modules").then().statusCode(201);
        instructor.request().contentType("application/json").post("/api/v1/courses/" + slug + "/publish").then()
                .statusCode(200);
        byte[] starter = HttpSession.admin().request().get("/api/v1/courses/academic-integrity/export").then()
                .statusCode(200).extract().asByteArray();
        Matcher csrf = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(instructor.get("/me/profile").asString());
        assertThat(csrf.find()).isTrue();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("x/../course.yaml"));
            zip.write("title: x".getBytes());
            zip.closeEntry();
        }
        byte[] unsafe = bytes.toByteArray();
        instructor.request().multiPart("file", "bad.zip", unsafe, "application/zip").multiPart("into", slug)
                .multiPart("csrf-token", csrf.group(1)).post("/api/v1/courses/import").then().statusCode(400);
        instructor.request().multiPart("file", "c.zip", starter, "application/zip").multiPart("into", slug)
                .multiPart("csrf-token", csrf.group(1)).post("/api/v1/courses/import").then().statusCode(200)
                .body("slug", equalTo(slug)).body("draft", equalTo(true));
        List<String> starterModules = HttpSession.admin().request().get("/api/v1/courses/academic-integrity")
                .jsonPath().getList("modules.slug");
        assertThat(instructor.request().get("/api/v1/courses/" + slug + "/draft").jsonPath()
                .getList("draft.modules.slug")).isEqualTo(starterModules);
        // Learners still see the published course until the new draft is published.
        assertThat(HttpSession.newStudent().request().get("/api/v1/courses/" + slug).jsonPath()
                .getList("modules.slug")).containsExactly("mine");
        instructor.request().contentType("application/json").post("/api/v1/courses/" + slug + "/publish").then()
                .statusCode(200).body("version", equalTo(2));
        assertThat(HttpSession.newStudent().request().get("/api/v1/courses/" + slug).jsonPath()
                .getList("modules.slug")).isEqualTo(starterModules);
        // Someone else's course cannot be replaced through an import.
        HttpSession other = person("instructor").session();
        Matcher otherCsrf = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(other.get("/me/profile").asString());
        assertThat(otherCsrf.find()).isTrue();
        other.request().multiPart("file", "c.zip", starter, "application/zip").multiPart("into", slug)
                .multiPart("csrf-token", otherCsrf.group(1)).post("/api/v1/courses/import").then().statusCode(403);
    }
}
