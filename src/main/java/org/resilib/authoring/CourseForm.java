package org.resilib.authoring;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resilib.content.CourseManifest;
import org.resilib.course.Audience;
import org.resilib.course.Dimension;
import org.resilib.web.FormErrors;

/**
 * The course.yaml fields as the editor's form holds them, both languages side by side. Field names are the API's
 * ({@code title.zh-CN}, {@code quiz.passPercent}) so that one set of rules names the field in both.
 */
public record CourseForm(String slug, String titleZh, String titleEn, String summaryZh, String summaryEn,
        String dimension, String audience, String minutes, String competencies, String passPercent, String attempts,
        String timeLimitMinutes, boolean shuffle) {

    static final String ZH = "zh-CN";
    static final String EN = "en";

    public List<String> dimensions() {
        return Arrays.stream(Dimension.values()).map(Dimension::key).toList();
    }

    public List<String> audiences() {
        return Arrays.stream(Audience.values()).map(Audience::key).toList();
    }

    public static CourseForm blank() {
        return new CourseForm("", "", "", "", "", "awareness", "students", "30", "", "", "", "", false);
    }

    public static CourseForm of(String slug, CourseManifest m) {
        CourseManifest.Quiz q = m.quiz();
        return new CourseForm(slug, get(m.title(), ZH), get(m.title(), EN), get(m.summary(), ZH), get(m.summary(), EN),
                m.dimension(), m.audience(), m.minutes() == null ? "" : String.valueOf(m.minutes()),
                m.competencies() == null ? "" : String.join(", ", m.competencies()),
                q == null || q.passPercent() == null ? "" : String.valueOf(q.passPercent()),
                q == null || q.attempts() == null ? "" : String.valueOf(q.attempts()),
                q == null || q.timeLimitMinutes() == null ? "" : String.valueOf(q.timeLimitMinutes()),
                q != null && Boolean.TRUE.equals(q.shuffle()));
    }

    public static CourseForm read(MultivaluedMap<String, String> f) {
        return new CourseForm(v(f, "slug").strip(), v(f, "title.zh-CN"), v(f, "title.en"), v(f, "summary.zh-CN"),
                v(f, "summary.en"), v(f, "dimension"), v(f, "audience"), v(f, "minutes"), v(f, "competencies"),
                v(f, "quiz.passPercent"), v(f, "quiz.attempts"), v(f, "quiz.timeLimitMinutes"),
                "on".equals(f.getFirst("quiz.shuffle")) || "true".equals(f.getFirst("quiz.shuffle")));
    }

    /** The manifest, with fields that are not numbers named in {@code errors}. */
    CourseManifest toManifest(FormErrors errors) {
        Integer min = integer(minutes, "minutes", errors);
        Integer pass = integer(passPercent, "quiz.passPercent", errors);
        Integer tries = integer(attempts, "quiz.attempts", errors);
        Integer limit = integer(timeLimitMinutes, "quiz.timeLimitMinutes", errors);
        List<String> codes = Arrays.stream(competencies.split("[,\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        CourseManifest.Quiz quiz = pass == null && tries == null && limit == null && !shuffle ? null
                : new CourseManifest.Quiz(pass, tries, limit, shuffle ? Boolean.TRUE : null);
        return new CourseManifest(texts(titleZh, titleEn), texts(summaryZh, summaryEn), dimension, audience, min,
                codes, quiz, null, null);
    }

    private static Map<String, String> texts(String zh, String en) {
        Map<String, String> m = new LinkedHashMap<>();
        if (!zh.isBlank()) {
            m.put(ZH, zh.strip());
        }
        if (!en.isBlank()) {
            m.put(EN, en.strip());
        }
        return m;
    }

    private static Integer integer(String value, String field, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "author_number_invalid");
            return null;
        }
    }

    static String get(Map<String, String> m, String language) {
        return m == null ? "" : m.getOrDefault(language, "");
    }

    static String v(MultivaluedMap<String, String> f, String key) {
        String s = f.getFirst(key);
        return s == null ? "" : s;
    }
}
