package org.resilib.content.folder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.content.CourseDefinition;
import org.resilib.content.CourseManifest;

/** Every starter course exported as a zip reads back, with the content loader's own reader, as the same course. */
@QuarkusTest
class CourseExportTest {

    @Test
    void everyStarterCourseExportsToTheSameCourseInTheContentLayout() throws IOException {
        HttpSession admin = HttpSession.admin();
        Path content = Paths.get("content").toAbsolutePath();
        List<Path> folders;
        try (Stream<Path> list = Files.list(content.resolve("courses"))) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(folders).hasSizeGreaterThanOrEqualTo(10);
        Path out = Files.createTempDirectory("resilib-export");
        for (Path folder : folders) {
            String slug = folder.getFileName().toString();
            byte[] zip = admin.request().get("/api/v1/courses/" + slug + "/export").then().statusCode(200)
                    .contentType("application/zip").extract().asByteArray();
            unzip(zip, out.resolve("courses"), slug);

            CourseDefinition original = new CourseFolderReader(content).read(folder).course();
            CourseFolderReader.Result again = new CourseFolderReader(out).read(out.resolve("courses").resolve(slug));
            assertThat(again.problems()).as(slug).isEmpty();
            assertThat(again.warnings()).as(slug).isEmpty();
            CourseDefinition copy = again.course();
            CourseManifest a = original.manifest();
            CourseManifest b = copy.manifest();
            assertThat(b.title()).as(slug).isEqualTo(a.title());
            assertThat(b.summary()).isEqualTo(a.summary());
            assertThat(b.dimension()).isEqualTo(a.dimension());
            assertThat(b.audience()).isEqualTo(a.audience());
            assertThat(b.minutes()).isEqualTo(a.minutes());
            assertThat(b.competencies()).isEqualTo(a.competencies());
            assertThat(b.quiz()).isEqualTo(a.quiz());
            assertThat(b.status()).isEqualTo(a.status() == null ? "published" : a.status());
            assertThat(copy.modules()).as(slug).hasSameSizeAs(original.modules());
            for (int i = 0; i < original.modules().size(); i++) {
                CourseDefinition.ModuleDefinition x = original.modules().get(i);
                CourseDefinition.ModuleDefinition y = copy.modules().get(i);
                assertThat(y.slug()).isEqualTo(x.slug());
                assertThat(y.minutes()).isEqualTo(x.minutes());
                assertThat(y.titles()).isEqualTo(x.titles());
                assertThat(y.markdown()).as(slug + "/" + x.slug()).isEqualTo(x.markdown());
            }
            assertThat(copy.quizGift()).as(slug).isEqualTo(original.quizGift());
            assertThat(copy.quizTranslations()).as(slug).isEqualTo(original.quizTranslations())
                    .containsKey("en");
        }
    }

    @Test
    void onlyInstructorsAndAdminsExportAndUnknownCoursesAre404() {
        HttpSession.newStudent().request().get("/api/v1/courses/academic-integrity/export").then().statusCode(403);
        given().get("/api/v1/courses/academic-integrity/export").then().statusCode(401);
        HttpSession.admin().request().get("/api/v1/courses/no-such-course/export").then().statusCode(404);
    }

    static void unzip(byte[] zip, Path root, String slug) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                assertThat(e.getName()).startsWith(slug + "/").doesNotContain("..");
                Path target = root.resolve(e.getName()).normalize();
                assertThat(target.startsWith(root)).isTrue();
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
    }
}
