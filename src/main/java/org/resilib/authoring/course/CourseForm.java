package org.resilib.authoring.course;

import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.resilib.authoring.Bilingual;
import org.resilib.content.CourseManifest;
import org.resilib.course.Audience;
import org.resilib.course.Dimension;

/**
 * The course.yaml fields as the editor's form holds them, both languages side by side. Field names are the API's
 * ({@code title.zh-CN}, {@code quiz.passPercent}) so that one set of rules names the field in both. The numbers are
 * checked here (Bean Validation); what a draft must satisfy is checked by the service, which reports every field at
 * fault at once.
 */
public record CourseForm(
        @RestForm String slug,
        @RestForm("title.zh-CN") String titleZh,
        @RestForm("title.en") String titleEn,
        @RestForm("summary.zh-CN") String summaryZh,
        @RestForm("summary.en") String summaryEn,
        @RestForm String dimension,
        @RestForm String audience,
        @RestForm @Pattern(regexp = NUMBER, message = "author_number_invalid") String minutes,
        @RestForm String competencies,
        @RestForm("quiz.passPercent") @Pattern(regexp = NUMBER, message = "author_number_invalid") String passPercent,
        @RestForm("quiz.attempts") @Pattern(regexp = NUMBER, message = "author_number_invalid") String attempts,
        @RestForm("quiz.timeLimitMinutes") @Pattern(regexp = NUMBER, message = "author_number_invalid")
        String timeLimitMinutes,
        @RestForm("quiz.shuffle") String shuffle) {

    /** Empty, or a whole number that fits an int. */
    static final String NUMBER = "\\s*([+-]?\\d{1,9})?\\s*";

    /** Fields not sent are empty; the slug is stripped; the shuffle box is "true" when ticked, else empty. */
    public CourseForm {
        slug = Bilingual.nz(slug).strip();
        titleZh = Bilingual.nz(titleZh);
        titleEn = Bilingual.nz(titleEn);
        summaryZh = Bilingual.nz(summaryZh);
        summaryEn = Bilingual.nz(summaryEn);
        dimension = Bilingual.nz(dimension);
        audience = Bilingual.nz(audience);
        minutes = Bilingual.nz(minutes);
        competencies = Bilingual.nz(competencies);
        passPercent = Bilingual.nz(passPercent);
        attempts = Bilingual.nz(attempts);
        timeLimitMinutes = Bilingual.nz(timeLimitMinutes);
        shuffle = "on".equals(shuffle) || "true".equals(shuffle) ? "true" : "";
    }

    public List<String> dimensions() {
        return Arrays.stream(Dimension.values()).map(Dimension::key).toList();
    }

    public List<String> audiences() {
        return Arrays.stream(Audience.values()).map(Audience::key).toList();
    }

    boolean shuffled() {
        return !shuffle.isEmpty();
    }

    public static CourseForm blank() {
        return new CourseForm("", "", "", "", "", "awareness", "students", "30", "", "", "", "", "");
    }

    public static CourseForm of(String slug, CourseManifest m) {
        CourseManifest.Quiz q = m.quiz();
        return new CourseForm(slug, Bilingual.get(m.title(), Bilingual.ZH), Bilingual.get(m.title(), Bilingual.EN),
                Bilingual.get(m.summary(), Bilingual.ZH), Bilingual.get(m.summary(), Bilingual.EN),
                m.dimension(), m.audience(), m.minutes() == null ? "" : String.valueOf(m.minutes()),
                m.competencies() == null ? "" : String.join(", ", m.competencies()),
                q == null || q.passPercent() == null ? "" : String.valueOf(q.passPercent()),
                q == null || q.attempts() == null ? "" : String.valueOf(q.attempts()),
                q == null || q.timeLimitMinutes() == null ? "" : String.valueOf(q.timeLimitMinutes()),
                q != null && Boolean.TRUE.equals(q.shuffle()) ? "true" : "");
    }

    /** The manifest; a number that does not parse (refused by validation) is left out. */
    CourseManifest toManifest() {
        Integer pass = integer(passPercent);
        Integer tries = integer(attempts);
        Integer limit = integer(timeLimitMinutes);
        List<String> codes = Arrays.stream(competencies.split("[,\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        CourseManifest.Quiz quiz = pass == null && tries == null && limit == null && !shuffled() ? null
                : new CourseManifest.Quiz(pass, tries, limit, shuffled() ? Boolean.TRUE : null);
        return new CourseManifest(Bilingual.texts(titleZh, titleEn), Bilingual.texts(summaryZh, summaryEn),
                dimension, audience, integer(minutes), codes, quiz, null, null);
    }

    private static Integer integer(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
