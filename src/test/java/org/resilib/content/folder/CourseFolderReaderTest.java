package org.resilib.content.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resilib.content.ContentProblem;
import org.resilib.content.CourseDefinition;

class CourseFolderReaderTest {

    static final String MANIFEST = """
            title:
              zh-CN: 测试课程
              en: Test course
            summary:
              zh-CN: 摘要
              en: Summary
            dimension: ability
            audience: students
            minutes: 30
            quiz:
              passPercent: 60
              attempts: 2
            status: published
            """;

    @TempDir
    Path content;

    Path course(String slug) throws IOException {
        return Files.createDirectories(content.resolve("courses").resolve(slug));
    }

    static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    CourseFolderReader.Result read(Path dir) {
        return new CourseFolderReader(content).read(dir);
    }

    @Test
    void readsModulesTranslationsQuizAndSharesOutMinutes() throws IOException {
        Path dir = course("good-course");
        write(dir, "course.yaml", MANIFEST);
        write(dir, "01-intro.md", "---\ntitle: 导论\nminutes: 10\n---\n## 你好\n正文");
        write(dir, "01-intro.en.md", "---\ntitle: Introduction\n---\n## Hello\nBody");
        write(dir, "02-next-steps.md", "---\ntitle: 下一步\n---\n正文二");
        write(dir, "quiz.gift", "::Q1:: 2+2 {=4 ~5}\n");
        CourseFolderReader.Result r = read(dir);
        assertThat(r.problems()).isEmpty();
        CourseDefinition def = r.course();
        assertThat(def.slug()).isEqualTo("good-course");
        assertThat(def.modules()).extracting(CourseDefinition.ModuleDefinition::slug).containsExactly("intro", "next-steps");
        assertThat(def.modules().get(0).titles()).containsEntry("zh-CN", "导论").containsEntry("en", "Introduction");
        assertThat(def.modules().get(0).html().get("en")).contains("<h2", "Hello");
        assertThat(def.modules().get(0).minutes()).isEqualTo(10);
        assertThat(def.modules().get(1).minutes()).isEqualTo(20);
        assertThat(def.quizGift()).contains("::Q1::");
    }

    @Test
    void sameFilesGiveTheSameHashAndAnEditChangesIt() throws IOException {
        Path dir = course("hash-course");
        write(dir, "course.yaml", MANIFEST);
        write(dir, "01-a.md", "---\ntitle: A\n---\nx");
        String first = read(dir).course().hash();
        assertThat(read(dir).course().hash()).isEqualTo(first);
        write(dir, "01-a.md", "---\ntitle: A\n---\ny");
        assertThat(read(dir).course().hash()).isNotEqualTo(first);
    }

    @Test
    void acceptsByteOrderMarkAndCrlf() throws IOException {
        Path dir = course("windows-course");
        write(dir, "course.yaml", "\uFEFF" + MANIFEST.replace("\n", "\r\n"));
        write(dir, "01-a.md", "\uFEFF---\r\ntitle: A\r\n---\r\nbody\r\n");
        assertThat(read(dir).problems()).isEmpty();
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() throws IOException {
        Path dir = course("broken-yaml");
        write(dir, "course.yaml", MANIFEST.replace("audience: students", "audience: students: [x"));
        write(dir, "01-a.md", "---\ntitle: A\n---\nx");
        List<ContentProblem> problems = read(dir).problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path()).isEqualTo("courses/broken-yaml/course.yaml");
        assertThat(problems.get(0).code()).isEqualTo("yaml_syntax");
        assertThat(problems.get(0).line()).isBetween(8, 10);
    }

    @Test
    void reportsUnknownKeysAndInvalidValuesAtTheirLines() throws IOException {
        Path dir = course("bad-values");
        write(dir, "course.yaml", MANIFEST.replace("dimension: ability", "dimension: cooking")
                .replace("status: published", "status: published\ncolour: blue"));
        write(dir, "01-a.md", "---\ntitle: A\n---\nx");
        List<ContentProblem> problems = read(dir).problems();
        assertThat(problems).extracting(ContentProblem::code).containsExactly("unknown_key");
        assertThat(problems.get(0).line()).isEqualTo(14);
        assertThat(problems.get(0).detail()).isEqualTo("colour");

        write(dir, "course.yaml", MANIFEST.replace("dimension: ability", "dimension: cooking"));
        problems = read(dir).problems();
        assertThat(problems).extracting(ContentProblem::code).containsExactly("invalid_value");
        assertThat(problems.get(0).line()).isEqualTo(7);
        assertThat(problems.get(0).detail()).contains("cooking");
    }

    @Test
    void reportsMissingRequiredKeys() throws IOException {
        Path dir = course("missing-key");
        write(dir, "course.yaml", MANIFEST.replace("minutes: 30\n", ""));
        write(dir, "01-a.md", "---\ntitle: A\n---\nx");
        assertThat(read(dir).problems()).extracting(ContentProblem::code, ContentProblem::detail)
                .containsExactly(Tuple.tuple("missing_key", "minutes"));
    }

    @Test
    void reportsModuleProblemsWithFileAndLine() throws IOException {
        Path dir = course("bad-modules");
        write(dir, "course.yaml", MANIFEST);
        write(dir, "01-no-front-matter.md", "# Just text");
        write(dir, "02-unclosed.md", "---\ntitle: A\nbody");
        write(dir, "03-no-title.md", "---\nminutes: 5\n---\nx");
        write(dir, "04-typo.md", "---\ntitle: A\nminuets: 5\n---\nx");
        write(dir, "05-orphan.en.md", "---\ntitle: Orphan\n---\nx");
        write(dir, "Module Six.md", "---\ntitle: A\n---\nx");
        List<ContentProblem> problems = read(dir).problems();
        assertThat(problems).extracting(p -> p.path() + ":" + p.line() + ":" + p.code()).containsExactlyInAnyOrder(
                "courses/bad-modules/01-no-front-matter.md:1:missing_front_matter",
                "courses/bad-modules/02-unclosed.md:1:unclosed_front_matter",
                "courses/bad-modules/03-no-title.md:2:missing_key",
                "courses/bad-modules/04-typo.md:3:unknown_key",
                "courses/bad-modules/05-orphan.en.md:1:translation_without_base",
                "courses/bad-modules/Module Six.md:1:invalid_module_name");
    }

    @Test
    void rejectsInvalidSlugsNonUtf8AndEmptyCourses() throws IOException {
        assertThat(read(course("Bad_Slug")).problems()).extracting(ContentProblem::code).containsExactly("invalid_slug");

        Path empty = course("no-modules");
        write(empty, "course.yaml", MANIFEST);
        assertThat(read(empty).problems()).extracting(ContentProblem::code).containsExactly("no_modules");

        Path latin = course("latin-one");
        write(latin, "course.yaml", MANIFEST);
        Files.write(latin.resolve("01-a.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xE9, '\n'});
        assertThat(read(latin).problems()).extracting(ContentProblem::code).containsExactly("not_utf8");
    }

    @Test
    void sanitizesAuthoredHtml() throws IOException {
        Path dir = course("xss-course");
        write(dir, "course.yaml", MANIFEST);
        write(dir, "01-a.md", "---\ntitle: A\n---\n<script>alert(1)</script><a href=\"javascript:x()\" onclick=\"y()\">z</a>");
        String html = read(dir).course().modules().get(0).html().get("zh-CN");
        assertThat(html).doesNotContain("<script", "javascript:", "onclick");
    }
}
