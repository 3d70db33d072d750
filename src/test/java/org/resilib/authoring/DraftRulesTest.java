package org.resilib.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resilib.content.CourseDocument;
import org.resilib.content.CourseManifest;

/** What a draft must satisfy, field by field, without Quarkus. */
class DraftRulesTest {

    private static CourseManifest manifest(Map<String, String> title, String dimension, Integer minutes,
            CourseManifest.Quiz quiz) {
        return new CourseManifest(title, Map.of("en", "A summary"), dimension, "students", minutes, List.of("A.1"),
                quiz, null, null);
    }

    private static CourseManifest valid() {
        return manifest(Map.of("zh-CN", "检索", "en", "Searching"), "ability", 20, null);
    }

    private static CourseDocument.Module module(String slug, Map<String, String> title, Map<String, String> body) {
        return new CourseDocument.Module(slug, 10, title, body);
    }

    private static List<String> fields(List<DraftRules.Violation> v) {
        return v.stream().map(x -> x.field() + "=" + x.key()).toList();
    }

    @Test
    void aCompleteCourseHasNoViolations() {
        assertThat(DraftRules.course(valid())).isEmpty();
    }

    @Test
    void everyFieldAtFaultIsNamedAtOnce() {
        CourseManifest m = new CourseManifest(Map.of(), null, "colour", "nobody", 0, List.of("not a code"),
                new CourseManifest.Quiz(101, -1, 0, null), null, "not-a-language-!");
        assertThat(fields(DraftRules.course(m))).containsExactly("title=author_text_required",
                "summary=author_text_required", "dimension=author_dimension_invalid",
                "audience=author_audience_invalid", "minutes=author_minutes_invalid",
                "language=author_language_invalid", "competencies=author_competency_invalid",
                "quiz.passPercent=author_pass_percent_invalid", "quiz.attempts=author_attempts_invalid",
                "quiz.timeLimitMinutes=author_time_limit_invalid");
    }

    @Test
    void textsAreCheckedPerLanguage() {
        String tooLong = "x".repeat(DraftRules.MAX_TITLE + 1);
        assertThat(fields(DraftRules.course(manifest(Map.of("en", tooLong), "ability", 20, null))))
                .containsExactly("title.en=author_text_too_long");
        assertThat(fields(DraftRules.course(manifest(Map.of("1x", "Title"), "ability", 20, null))))
                .containsExactly("title.1x=author_language_invalid");
        assertThat(fields(DraftRules.course(manifest(Map.of("en", "  "), "ability", 20, null))))
                .containsExactly("title=author_text_required");
    }

    @Test
    void minutesMustBeBetweenOneAndTheMaximum() {
        assertThat(DraftRules.course(manifest(Map.of("en", "T"), "ability", 1, null))).isEmpty();
        assertThat(DraftRules.course(manifest(Map.of("en", "T"), "ability", DraftRules.MAX_MINUTES, null))).isEmpty();
        assertThat(fields(DraftRules.course(manifest(Map.of("en", "T"), "ability", DraftRules.MAX_MINUTES + 1,
                null)))).containsExactly("minutes=author_minutes_invalid");
        assertThat(fields(DraftRules.course(manifest(Map.of("en", "T"), "ability", null, null))))
                .containsExactly("minutes=author_minutes_invalid");
    }

    @Test
    void aModuleNeedsASlugATitleForEachBodyAndSafeMarkdown() {
        assertThat(DraftRules.module(module("intro", Map.of("en", "Intro"), Map.of("en", "# Hi")))).isEmpty();
        assertThat(fields(DraftRules.module(module("Not A Slug", Map.of("en", "Intro"), Map.of()))))
                .containsExactly("slug=author_module_slug_invalid");
        assertThat(fields(DraftRules.module(module("intro", Map.of("en", "Intro", "zh-CN", ""),
                Map.of("zh-CN", "正文"))))).containsExactly("title.zh-CN=author_text_required");
        assertThat(fields(DraftRules.module(module("intro", Map.of("en", "Intro"),
                Map.of("en", "<script>alert(1)</script>"))))).containsExactly("body.en=author_markdown_unsafe");
        assertThat(fields(DraftRules.module(module("intro", Map.of("en", "Intro"),
                Map.of("en", "x".repeat(DraftRules.MAX_BODY + 1)))))).containsExactly("body.en=author_text_too_long");
    }

    @Test
    void publishingNeedsAModuleAndAQuizThatParses() {
        CourseDocument empty = new CourseDocument(valid(), List.of(), null);
        assertThat(fields(DraftRules.publishable(empty))).containsExactly("modules=author_no_modules");
        CourseDocument.Module intro = module("intro", Map.of("en", "Intro"), Map.of("en", "Text"));
        assertThat(DraftRules.publishable(new CourseDocument(valid(), List.of(intro), null))).isEmpty();
        assertThat(DraftRules.publishable(new CourseDocument(valid(), List.of(intro), "::q::Two? {=2 ~3}")))
                .isEmpty();
        assertThat(fields(DraftRules.publishable(new CourseDocument(valid(), List.of(intro), "::q::Broken {=2"))))
                .containsExactly("quiz=author_quiz_invalid");
    }
}
