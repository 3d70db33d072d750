package org.resilib.content.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resilib.content.CourseDefinition;

/** The courses shipped in content/ load cleanly and cover what a library needs on the first day. */
class StarterContentTest {

    static final Path CONTENT = Paths.get("content").toAbsolutePath();

    List<CourseDefinition> courses() throws IOException {
        CourseFolderReader reader = new CourseFolderReader(CONTENT);
        List<CourseDefinition> result = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CONTENT.resolve("courses"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                CourseFolderReader.Result r = reader.read(dir);
                assertThat(r.problems()).as(dir.toString()).isEmpty();
                result.add(r.course());
            }
        }
        return result;
    }

    @Test
    void everyStarterCourseIsValidBilingualAndHasAQuiz() throws IOException {
        for (CourseDefinition c : courses()) {
            assertThat(c.manifest().title()).as(c.slug()).containsKeys("zh-CN", "en");
            assertThat(c.manifest().summary()).as(c.slug()).containsKeys("zh-CN", "en");
            assertThat(c.modules()).as(c.slug()).hasSizeBetween(3, 6);
            for (CourseDefinition.ModuleDefinition m : c.modules()) {
                assertThat(m.titles()).as(c.slug() + "/" + m.slug()).containsKeys("zh-CN", "en");
                assertThat(m.markdown().get("zh-CN").length()).as(c.slug() + "/" + m.slug()).isGreaterThan(300);
                assertThat(m.markdown().get("en").split("\\s+").length).as(c.slug() + "/" + m.slug()).isGreaterThan(200);
            }
            assertThat(c.quizGift()).as(c.slug()).isNotBlank();
            long questions = c.quizGift().lines().filter(l -> l.startsWith("::")).count();
            assertThat(questions).as(c.slug() + " quiz questions").isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void coversEachStudentDimensionTwiceAndThreeLibrarianCourses() throws IOException {
        List<CourseDefinition> all = courses();
        for (String dimension : List.of("awareness", "ability", "ethics")) {
            assertThat(all.stream().filter(c -> c.manifest().dimension().equals(dimension))
                    .filter(c -> c.manifest().audience().equals("students"))).as(dimension).hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(all.stream().filter(c -> c.manifest().audience().equals("librarians"))
                .filter(c -> c.manifest().dimension().equals("new-media"))).hasSizeGreaterThanOrEqualTo(3);
    }
}
