package org.resilib.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.resilib.content.CourseDocument;
import org.resilib.content.CourseManifest;
import org.resilib.content.ManifestValues;
import org.resilib.course.Audience;
import org.resilib.course.CourseSlug;
import org.resilib.course.Dimension;
import org.resilib.gift.GiftParser;
import org.resilib.text.Markdown;

/**
 * What a draft must satisfy, field by field, in the names the API and the forms share ({@code title.en},
 * {@code quiz.passPercent}, {@code body.zh-CN}). Pure: no database.
 */
public final class DraftRules {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_BODY = 200_000;
    static final int MAX_MINUTES = ManifestValues.MAX_MINUTES;
    public static final int MAX_MODULES = 100;

    /** A field at fault and the bundle key saying why. */
    public record Violation(String field, String key) {
    }

    private DraftRules() {
    }

    public static List<Violation> course(CourseManifest m) {
        List<Violation> v = new ArrayList<>();
        texts(m.title(), "title", MAX_TITLE, v);
        texts(m.summary(), "summary", MAX_SUMMARY, v);
        if (Dimension.fromKey(m.dimension()).isEmpty()) {
            v.add(new Violation("dimension", "author_dimension_invalid"));
        }
        if (Audience.fromKey(m.audience()).isEmpty()) {
            v.add(new Violation("audience", "author_audience_invalid"));
        }
        if (m.minutes() == null || m.minutes() < 1 || m.minutes() > MAX_MINUTES) {
            v.add(new Violation("minutes", "author_minutes_invalid"));
        }
        if (m.language() != null && !validLanguage(m.language())) {
            v.add(new Violation("language", "author_language_invalid"));
        }
        if (m.competencies() != null) {
            for (String code : m.competencies()) {
                if (code == null || !ManifestValues.COMPETENCY_CODE.matcher(code).matches()) {
                    v.add(new Violation("competencies", "author_competency_invalid"));
                    break;
                }
            }
        }
        CourseManifest.Quiz q = m.quiz();
        if (q != null) {
            if (q.passPercent() != null && (q.passPercent() < 0 || q.passPercent() > 100)) {
                v.add(new Violation("quiz.passPercent", "author_pass_percent_invalid"));
            }
            if (q.attempts() != null && (q.attempts() < 0 || q.attempts() > 100)) {
                v.add(new Violation("quiz.attempts", "author_attempts_invalid"));
            }
            if (q.timeLimitMinutes() != null && (q.timeLimitMinutes() < 1 || q.timeLimitMinutes() > 1440)) {
                v.add(new Violation("quiz.timeLimitMinutes", "author_time_limit_invalid"));
            }
        }
        return v;
    }

    public static List<Violation> module(CourseDocument.Module m) {
        List<Violation> v = new ArrayList<>();
        if (!CourseSlug.isValidModuleSlug(m.slug())) {
            v.add(new Violation("slug", "author_module_slug_invalid"));
        }
        texts(m.title(), "title", MAX_TITLE, v);
        if (m.minutes() != null && (m.minutes() < 0 || m.minutes() > MAX_MINUTES)) {
            v.add(new Violation("minutes", "author_minutes_invalid"));
        }
        if (m.body() != null) {
            m.body().forEach((language, markdown) -> {
                String field = "body." + language;
                if (!validLanguage(language)) {
                    v.add(new Violation(field, "author_language_invalid"));
                } else if (markdown != null && markdown.length() > MAX_BODY) {
                    v.add(new Violation(field, "author_text_too_long"));
                } else if (!Markdown.activeContent(markdown).isEmpty()) {
                    v.add(new Violation(field, "author_markdown_unsafe"));
                }
            });
            if (m.title() != null) {
                for (String language : m.body().keySet()) {
                    if (!blank(m.body().get(language)) && blank(m.title().get(language))
                            && validLanguage(language)) {
                        v.add(new Violation("title." + language, "author_text_required"));
                    }
                }
            }
        }
        return v;
    }

    /** What publishing needs beyond valid fields: at least one module and a quiz that parses without problems. */
    public static List<Violation> publishable(CourseDocument d) {
        List<Violation> v = new ArrayList<>(course(d.course()));
        if (d.modules().isEmpty()) {
            v.add(new Violation("modules", "author_no_modules"));
        }
        if (d.quizGift() != null && !GiftParser.parse(d.quizGift()).problems().isEmpty()) {
            v.add(new Violation("quiz", "author_quiz_invalid"));
        }
        return v;
    }

    private static void texts(Map<String, String> texts, String field, int max, List<Violation> v) {
        if (texts == null || texts.values().stream().allMatch(DraftRules::blank)) {
            v.add(new Violation(field, "author_text_required"));
            return;
        }
        texts.forEach((language, text) -> {
            if (!validLanguage(language)) {
                v.add(new Violation(field + "." + language, "author_language_invalid"));
            } else if (text != null && text.length() > max) {
                v.add(new Violation(field + "." + language, "author_text_too_long"));
            }
        });
    }

    private static boolean validLanguage(String tag) {
        return ManifestValues.validLanguage(tag);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
