package org.resilib.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.gift.GiftParser;

/**
 * Every starter course exported through the API and imported again over HTTP (as a new course, the way another
 * Resilib would receive it) is the same course: course.yaml fields, modules with their titles and Markdown in every
 * language, and the same question bank.
 */
@QuarkusTest
class StarterRoundTripTest {

    static byte[] asDraft(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    byte[] data = in.readAllBytes();
                    if (e.getName().endsWith("/course.yaml")) {
                        data = new String(data, StandardCharsets.UTF_8)
                                .replace("status: published", "status: draft")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    z.putNextEntry(new ZipEntry(e.getName()));
                    z.write(data);
                    z.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
            // Imported as drafts, so that the copies stay out of the catalogue other tests read.
            admin.request().multiPart("file", slug + ".zip", asDraft(zip), "application/zip").multiPart("slug", copy)
                    .multiPart("csrf-token", csrf.group(1)).post("/api/v1/courses/import").then().statusCode(201);
            Map<String, Object> original = admin.request().get("/api/v1/courses/" + slug + "/draft").jsonPath()
                    .getMap("draft");
            Map<String, Object> imported = admin.request().get("/api/v1/courses/" + copy + "/draft").jsonPath()
                    .getMap("draft");
            assertThat(imported).as(slug).isEqualTo(original);
            // The question banks built from both hold the same questions.
            String bank = admin.request().get("/courses/" + slug + "/quiz/export.gift").then().statusCode(200)
                    .extract().asString();
            String copiedBank = admin.request().get("/courses/" + copy + "/quiz/export.gift").then().statusCode(200)
                    .extract().asString();
            assertThat(copiedBank).as(slug + " question bank").isEqualTo(bank);
            if (original.get("quizGift") != null) {
                assertThat(GiftParser.parse(copiedBank).questions()).as(slug).isNotEmpty();
            }
        }
    }
}
