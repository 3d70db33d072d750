package org.resilib.quiz;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.resilib.course.Course;
import org.resilib.course.VisibleCourse;
import org.resilib.gift.GiftParser;
import org.resilib.gift.GiftQuestion;
import org.resilib.quiz.bank.QuestionBank;

/** Courses with a known quiz, made for one test each. */
@ApplicationScoped
public class QuizFixtures {

    public static final String ALL_TYPES = """
            // One question of every type, with known answers
            $CATEGORY: fixtures
            ::mc::How much is 2 + 2? {=4 ~3#Too small. ~5}

            ::ma::Which are prime numbers? {~%50%2 ~%50%3 ~%-100%4}

            ::tf::The sky on a clear day is blue. {T#Look again.#Yes.}

            ::sa::The capital of France is {=Paris =paris city} .

            ::num::Pi to two decimals? {#3.14:0.005}

            ::match::Match the pairs. {=cat -> animal =rose -> plant =granite -> rock}

            ::essay::Explain why citations matter. {}

            ::info::Read the next part carefully.
            """;

    private final QuestionBank bank;

    QuizFixtures(QuestionBank bank) {
        this.bank = bank;
    }

    /** The course as the quiz gets it from {@code Courses.courseFor}. */
    public static VisibleCourse visible(Course c) {
        return new VisibleCourse(c.id, c.slug, c.title, c.status, c.quizSettings);
    }

    public Course course(String gift, Integer attempts, Integer timeLimitMinutes, boolean shuffle) {
        return course(gift, Map.of(), attempts, timeLimitMinutes, shuffle);
    }

    /** A course whose quiz (in zh-CN) has these translations (GIFT by language tag). */
    public Course course(String gift, Map<String, String> translations, Integer attempts, Integer timeLimitMinutes,
            boolean shuffle) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Course c = new Course();
            c.slug = "quiz-" + UUID.randomUUID().toString().substring(0, 8);
            c.title = Map.of("zh-CN", "测验课程", "en", "Quiz course");
            c.summary = Map.of("en", "A course made by a test");
            c.dimension = "ability";
            c.audience = "students";
            c.minutes = 10;
            c.status = "published";
            c.source = "browser";
            c.quizGift = gift;
            c.quizSettings = new Course.QuizSettings(70, attempts, timeLimitMinutes, shuffle);
            c.quizTranslations = new LinkedHashMap<>(translations);
            c.persist();
            Map<String, List<GiftQuestion>> parsed = new TreeMap<>();
            translations.forEach((language, text) -> parsed.put(language, GiftParser.parse(text).questions()));
            bank.sync(c.id, GiftParser.parse(gift).questions(), "zh-CN", parsed, "test");
            return c;
        });
    }
}
