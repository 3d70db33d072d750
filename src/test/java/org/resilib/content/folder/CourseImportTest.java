package org.resilib.content.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

/** Importing course zips: a copy of a starter course, and every kind of bad archive refused with nothing stored. */
@QuarkusTest
class CourseImportTest {

    static Response upload(HttpSession s, byte[] zip, String slug) {
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(s.get("/me/profile").asString());
        assertThat(m.find()).isTrue();
        var req = s.request().multiPart("file", "course.zip", zip, "application/zip").multiPart("csrf-token", m.group(1));
        if (slug != null) {
            req = req.multiPart("slug", slug);
        }
        return req.post("/api/v1/courses/import");
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void anExportedCourseImportsAsACopyWithItsModulesAndQuiz() {
        HttpSession admin = HttpSession.admin();
        byte[] exported = admin.request().get("/api/v1/courses/academic-integrity/export").then().statusCode(200)
                .extract().asByteArray();
        String copy = "integrity-copy-" + UUID.randomUUID().toString().substring(0, 6);
        upload(admin, exported, copy).then().statusCode(201).body("slug", equalTo(copy))
                .header("Location", Matchers.endsWith("/api/v1/courses/" + copy));
        JsonPath original = admin.request().header("Accept-Language", "en").get("/api/v1/courses/academic-integrity")
                .jsonPath();
        JsonPath imported = admin.request().header("Accept-Language", "en").get("/api/v1/courses/" + copy).jsonPath();
        assertThat(imported.getString("title")).isEqualTo(original.getString("title"));
        assertThat(imported.getList("modules.slug")).isEqualTo(original.getList("modules.slug"));
        assertThat(imported.getList("modules.title")).isEqualTo(original.getList("modules.title"));
        assertThat(imported.getList("modules.minutes")).isEqualTo(original.getList("modules.minutes"));
        byte[] again = admin.request().get("/api/v1/courses/" + copy + "/export").then().statusCode(200).extract()
                .asByteArray();
        assertThat(again.length).isGreaterThan(1000);
        // The same slug again is a conflict, and nothing is half-imported.
        upload(admin, exported, copy).then().statusCode(409).body("errors[0].field", equalTo("slug"));
        // Imported courses are not file-managed: a content reload leaves them as they are.
        admin.request().contentType("application/json").post("/api/v1/admin/content/reload").then().statusCode(200);
        admin.request().get("/api/v1/courses/" + copy).then().statusCode(200);
    }

    @Test
    void unsafeOversizedAndInvalidArchivesAreRefusedAndNothingIsStored() throws IOException {
        HttpSession admin = HttpSession.admin();
        byte[] yaml = "title: {en: X}\nsummary: {en: Y}\ndimension: ability\naudience: everyone\nminutes: 5\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] module = "---\ntitle: One\n---\n\nText\n".getBytes(StandardCharsets.UTF_8);

        Map<String, byte[]> traversal = new LinkedHashMap<>();
        traversal.put("evil/course.yaml", yaml);
        traversal.put("evil/../../etc/cron.d/x", module);
        upload(admin, zip(traversal), null).then().statusCode(400).body("code", equalTo("import_unsafe_path"));
        upload(admin, zip(Map.of("/abs/course.yaml", yaml)), null).then().statusCode(400)
                .body("code", equalTo("import_unsafe_path"));
        upload(admin, zip(Map.of("a/b/course.yaml", yaml)), null).then().statusCode(400)
                .body("code", equalTo("import_layout"));

        Map<String, byte[]> bomb = new LinkedHashMap<>();
        bomb.put("bomb/course.yaml", yaml);
        bomb.put("bomb/01-big.md", new byte[30 * 1024 * 1024]);
        byte[] bombZip = zip(bomb);
        assertThat(bombZip.length).isLessThan(200_000);
        upload(admin, bombZip, null).then().statusCode(400).body("code", equalTo("import_too_large"));

        upload(admin, "not a zip at all".getBytes(StandardCharsets.UTF_8), null).then().statusCode(400)
                .body("code", equalTo("import_zip_invalid"));

        String slug = "broken-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, byte[]> invalid = new LinkedHashMap<>();
        invalid.put(slug + "/course.yaml", "title: {en: X}\ndimension: nonsense\naudience: everyone\nminutes: 5\n"
                .getBytes(StandardCharsets.UTF_8));
        invalid.put(slug + "/01-one.md", module);
        JsonPath problems = upload(admin, zip(invalid), null).then().statusCode(400)
                .body("code", equalTo("import_invalid_course")).extract().jsonPath();
        assertThat(problems.getList("errors.field", String.class)).anyMatch(f -> f.contains("course.yaml:"));
        admin.request().get("/api/v1/courses/" + slug).then().statusCode(404);

        Map<String, byte[]> scripted = new LinkedHashMap<>();
        String scriptSlug = "scripted-" + UUID.randomUUID().toString().substring(0, 6);
        scripted.put(scriptSlug + "/course.yaml", yaml);
        scripted.put(scriptSlug + "/01-one.md", "---\ntitle: One\n---\n\n<script>alert(1)</script>Hi\n"
                .getBytes(StandardCharsets.UTF_8));
        upload(admin, zip(scripted), null).then().statusCode(201);
        assertThat(admin.get("/courses/" + scriptSlug + "/modules/one").asString()).doesNotContain("<script>alert(1)");

        upload(HttpSession.newStudent(), zip(scripted), "student-copy").then().statusCode(403);
    }
}
