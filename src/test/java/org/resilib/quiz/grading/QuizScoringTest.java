package org.resilib.quiz.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resilib.gift.QuestionType;
import org.resilib.quiz.bank.AnswerData;
import org.resilib.quiz.bank.PairData;
import org.resilib.quiz.bank.QuestionContent;

class QuizScoringTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static AnswerData a(String text, double fraction) {
        return new AnswerData(text, fraction, "", null, null, null, null);
    }

    static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    static QuestionContent q(String type, List<AnswerData> answers, List<PairData> pairs) {
        return new QuestionContent(1, QuestionType.fromKey(type).orElseThrow(), "", "moodle", "text", "", answers, pairs, "General.");
    }

    static final AttemptLayout IDENTITY = new AttemptLayout(List.of(0, 1, 2), List.of("x", "y", "z"));

    @Test
    void multipleAnswerWeightsAddUpAndAreClamped() throws Exception {
        QuestionContent q = q("multianswer", List.of(a("2", .5), a("3", .5), a("4", -1)), List.of());
        assertThat(QuizScoring.grade(q, IDENTITY, json("[\"c0\",\"c1\"]")).points()).isEqualTo(1.0);
        assertThat(QuizScoring.grade(q, IDENTITY, json("[\"c0\"]")).points()).isEqualTo(0.5);
        assertThat(QuizScoring.grade(q, IDENTITY, json("[\"c0\",\"c2\"]")).points()).isEqualTo(0.0);
        assertThat(QuizScoring.grade(q, IDENTITY, json("[\"c0\",\"c0\",\"c1\"]")).points()).isEqualTo(1.0);
        assertThat(QuizScoring.grade(q, IDENTITY, json("[\"c0\",\"c1\"]")).feedback()).endsWith("General.");
    }

    @Test
    void shortAnswersAreTrimmedCaseInsensitiveAndAllowWildcards() {
        assertThat(QuizScoring.matchesShortAnswer("Paris", "  paris ")).isTrue();
        assertThat(QuizScoring.matchesShortAnswer("CC0", "cc 0")).isFalse();
        assertThat(QuizScoring.matchesShortAnswer("GB/T 7714*", "GB/T 7714—2015")).isTrue();
        assertThat(QuizScoring.matchesShortAnswer("a.b", "axb")).isFalse();
    }

    @Test
    void numericalUsesToleranceRangesAndTheBestWeightedAnswer() throws Exception {
        QuestionContent q = q("numerical", List.of(new AnswerData(null, 1, "exact", 3.14, 0.005, null, null),
                new AnswerData(null, .5, "close", 3.1, 0.1, null, null)), List.of());
        assertThat(QuizScoring.grade(q, IDENTITY, json("3.1449")).points()).isEqualTo(1.0);
        assertThat(QuizScoring.grade(q, IDENTITY, json("3.05")).points()).isEqualTo(0.5);
        assertThat(QuizScoring.grade(q, IDENTITY, json("3.3")).points()).isEqualTo(0.0);
        QuestionContent range = q("numerical", List.of(new AnswerData(null, 1, "", null, null, 1.0, 5.0)), List.of());
        assertThat(QuizScoring.grade(range, IDENTITY, json("5")).correct()).isTrue();
        assertThat(QuizScoring.grade(range, IDENTITY, json("5.01")).correct()).isFalse();
    }

    @Test
    void matchingScoresTheShareOfRightPairsThroughTheShuffledIds() throws Exception {
        QuestionContent q = q("matching", List.of(),
                List.of(new PairData("cat", "animal"), new PairData("rose", "plant"), new PairData("granite", "rock")));
        AttemptLayout shuffled = new AttemptLayout(List.of(2, 0, 1), List.of("plant", "rock", "animal"));
        // l0 shows granite, l1 cat, l2 rose; r0 plant, r1 rock, r2 animal
        assertThat(QuizScoring.grade(q, shuffled, json("{\"l0\":\"r1\",\"l1\":\"r2\",\"l2\":\"r0\"}")).points())
                .isEqualTo(1.0);
        assertThat(QuizScoring.grade(q, shuffled, json("{\"l0\":\"r1\",\"l1\":\"r0\"}")).points()).isEqualTo(0.3333);
    }

    @Test
    void shortAnswerAndNumericalTakeTheFirstMatchingAnswerAsMoodleDoes() throws Exception {
        QuestionContent sa = q("shortanswer", List.of(new AnswerData("Cat*", .5, "half", null, null, null, null),
                new AnswerData("Catalogue", 1, "full", null, null, null, null),
                new AnswerData("*", 0, "no", null, null, null, null)), List.of());
        assertThat(QuizScoring.grade(sa, IDENTITY, json("\"catalogue\"")).points()).isEqualTo(0.5);
        assertThat(QuizScoring.grade(sa, IDENTITY, json("\"Dog\"")).feedback()).isEqualTo("no General.");
        assertThat(QuizScoring.grade(sa, IDENTITY, json("\"  \"")).feedback()).isEqualTo("General.");
        assertThat(QuizScoring.matchesShortAnswer("5\\*3", "5*3")).isTrue();
        assertThat(QuizScoring.matchesShortAnswer("5\\*3", "513")).isFalse();
        assertThat(QuizScoring.matchesShortAnswer("New York", "new  york")).isFalse();

        QuestionContent num = q("numerical", List.of(new AnswerData(null, .5, "close", 1822.0, 2.0, null, null),
                new AnswerData(null, 1, "exact", 1822.0, 0.0, null, null),
                new AnswerData("*", 0, "any other", null, null, null, null)), List.of());
        assertThat(QuizScoring.grade(num, IDENTITY, json("1822")).points()).isEqualTo(0.5);
        assertThat(QuizScoring.grade(num, IDENTITY, json("-7")).points()).isZero();
        assertThat(QuizScoring.grade(num, IDENTITY, json("-7")).feedback()).isEqualTo("any other General.");
    }

    @Test
    void essaysShowTheirGeneralFeedback() {
        assertThat(QuizScoring.grade(q("essay", List.of(), List.of()), IDENTITY, null).feedback()).isEqualTo("General.");
    }

    @Test
    void essaysWaitAndEmptyAnswersScoreZero() {
        assertThat(QuizScoring.grade(q("essay", List.of(), List.of()), IDENTITY, null).points()).isNull();
        assertThat(QuizScoring.grade(q("multichoice", List.of(a("x", 1)), List.of()), IDENTITY, null).points())
                .isZero();
        assertThat(QuizScoring.grade(q("description", List.of(), List.of()), IDENTITY, null).maxPoints()).isZero();
    }
}
