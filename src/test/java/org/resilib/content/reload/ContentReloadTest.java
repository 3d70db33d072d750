package org.resilib.content.reload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

/** Reloading a content folder the test controls: idempotence, rejection with path and line, archiving. */
@QuarkusTest
@TestProfile(ContentReloadTest.TempContent.class)
class ContentReloadTest {

    static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("resilib-content");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static class TempContent implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            writeCourse("reload-alpha", "Alpha");
            writeCourse("reload-beta", "Beta");
            return Map.of("resilib.content-dir", DIR.toString());
        }
    }

    static void writeCourse(String slug, String name) {
        try {
            Path dir = Files.createDirectories(DIR.resolve("courses").resolve(slug));
            Files.writeString(dir.resolve("course.yaml"), """
                    title:
                      zh-CN: %1$s 课程
                      en: %1$s course
                    summary:
                      zh-CN: 摘要
                      en: Summary
                    dimension: awareness
                    audience: students
                    minutes: 20
                    """.formatted(name));
            Files.writeString(dir.resolve("01-first.md"), "---\ntitle: 第一单元\n---\n第一单元正文");
            Files.writeString(dir.resolve("01-first.en.md"), "---\ntitle: First module\n---\nFirst body");
            Files.writeString(dir.resolve("02-second.md"), "---\ntitle: 第二单元\n---\n第二单元正文");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonPath reload(HttpSession admin) {
        return admin.request().contentType("application/json").post("/api/v1/admin/content/reload").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void reloadIsIdempotentReportsBrokenFilesAndArchivesWithoutLosingProgress() throws IOException {
        HttpSession admin = HttpSession.admin();
        JsonPath first = reload(admin);
        assertThat(first.getList("rejected")).isEmpty();
        assertThat(first.getList("unchanged", String.class)).contains("reload-alpha", "reload-beta");

        JsonPath again = reload(admin);
        assertThat(again.getList("loaded")).isEmpty();
        assertThat(again.getList("updated")).isEmpty();
        assertThat(again.getList("archived")).isEmpty();
        assertThat(again.getList("unchanged", String.class)).containsExactlyInAnyOrder("reload-alpha", "reload-beta");

        HttpSession student = HttpSession.newStudent();
        student.postForm("/courses/reload-alpha/modules/first", "/courses/reload-alpha/modules/first/done", Map.of())
                .then().statusCode(303);

        Files.writeString(DIR.resolve("courses/reload-alpha/02-second.md"), "---\ntitle: 第二单元（修订）\n---\n新正文");
        Files.writeString(DIR.resolve("courses/reload-beta/course.yaml"),
                Files.readString(DIR.resolve("courses/reload-beta/course.yaml")) + "level: hard\n");
        JsonPath changed = reload(admin);
        assertThat(changed.getList("updated", String.class)).containsExactly("reload-alpha");
        assertThat(changed.getString("rejected[0].path")).isEqualTo("courses/reload-beta/course.yaml");
        assertThat(changed.getInt("rejected[0].line")).isEqualTo(10);
        assertThat(changed.getString("rejected[0].code")).isEqualTo("unknown_key");
        assertThat(changed.getString("rejected[0].detail")).isEqualTo("level");
        given().get("/courses/reload-beta?lang=en").then().statusCode(200).body(containsString("Beta course"));
        student.get("/courses/reload-alpha?lang=zh-CN").then().body(containsString("第二单元（修订）"));

        deleteTree(DIR.resolve("courses/reload-alpha"));
        JsonPath removed = reload(admin);
        assertThat(removed.getList("archived", String.class)).containsExactly("reload-alpha");
        given().get("/courses/reload-alpha").then().statusCode(404);
        given().get("/?q=alpha").then().body(Matchers.not(containsString("/courses/reload-alpha")));
        student.get("/courses/reload-alpha?lang=en").then().statusCode(200)
                .body(containsString("This course has been archived"));
        student.get("/me?lang=en").then().body(containsString("1 of 2 modules done"));

        writeCourse("reload-alpha", "Alpha");
        JsonPath restored = reload(admin);
        assertThat(restored.getList("updated", String.class)).containsExactly("reload-alpha");
        given().get("/courses/reload-alpha").then().statusCode(200);
        student.get("/me?lang=en").then().body(containsString("1 of 2 modules done"));
    }

    @Test
    void onlyAdminsMayReload() {
        given().post("/api/v1/admin/content/reload").then().statusCode(401)
                .contentType("application/problem+json");
        HttpSession.newStudent().request().post("/api/v1/admin/content/reload").then().statusCode(403);
    }

    @Test
    void adminPageButtonReloadsAndShowsTheResult() {
        HttpSession admin = HttpSession.admin();
        // The reload redirects to its result, so refreshing the page does not reload again.
        Response posted = admin.postForm("/admin/content?lang=en", "/admin/content/reload",
                Map.of());
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.getHeader("Location")).endsWith("/admin/content?done=done_content_reloaded");
        admin.get("/admin/content?done=done_content_reloaded&lang=en").then().statusCode(200)
                .body(containsString("Content reloaded: the result is below."))
                .body(containsString("Reload finished"));
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}
