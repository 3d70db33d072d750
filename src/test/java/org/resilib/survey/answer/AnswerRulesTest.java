package org.resilib.survey.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resilib.survey.definition.SurveyFile;

class AnswerRulesTest {

    static SurveyFile.Question q(String id, String type, boolean required, Object... more) {
        List<SurveyFile.Option> options = List.of(new SurveyFile.Option("a", Map.of("en", "A")),
                new SurveyFile.Option("b", Map.of("en", "B")), new SurveyFile.Option("c", Map.of("en", "C")));
        boolean choice = List.of("single", "multiple", "dropdown", "ranking").contains(type);
        Double min = more.length > 0 ? (Double) more[0] : null;
        Double max = more.length > 1 ? (Double) more[1] : null;
        SurveyFile.Condition showIf = more.length > 2 ? (SurveyFile.Condition) more[2] : null;
        return new SurveyFile.Question(id, type, Map.of("en", id), null, required, choice ? options : null,
                type.equals("single") || type.equals("multiple") ? true : null, min, max,
                type.equals("text") ? 10 : null, type.equals("likert") ? 5 : null,
                type.equals("likert") ? List.of(new SurveyFile.Option("s1", Map.of("en", "S1")),
                        new SurveyFile.Option("s2", Map.of("en", "S2"))) : null, showIf);
    }

    static AnswerRules.Checked check(List<SurveyFile.Question> qs, Map<String, ?> answers) {
        return AnswerRules.check(qs, answers, Map.of(), qs);
    }

    static List<String> problems(List<SurveyFile.Question> qs, Map<String, ?> answers) {
        return check(qs, answers).problems().stream().map(p -> p.question() + ":" + p.code()).toList();
    }

    @Test
    void choicesTakeTheirOptionsAndOtherWithItsText() {
        List<SurveyFile.Question> qs = List.of(q("one", "single", true), q("many", "multiple", false, 1.0, 2.0));
        assertThat(problems(qs, Map.of())).containsExactly("one:survey_answer_required");
        assertThat(problems(qs, Map.of("one", "z"))).containsExactly("one:survey_answer_unknown_option");
        assertThat(problems(qs, Map.of("one", "other"))).containsExactly("one:survey_answer_other_missing");
        assertThat(check(qs, Map.of("one", Map.of("option", "other", "other", "  WeChat group  "))).answers())
                .containsEntry("one", Map.of("option", "other", "other", "WeChat group"));
        assertThat(problems(qs, Map.of("one", "a", "many", List.of("a", "b", "c"))))
                .containsExactly("many:survey_answer_too_many");
        assertThat(check(qs, Map.of("one", "a", "many", List.of("b", "a"))).answers()).containsEntry("many",
                List.of("a", "b"));
        assertThat(check(qs, Map.of("one", "a", "many", Map.of("options", List.of("a"), "other", "QQ")))
                .answers()).containsEntry("many", Map.of("options", List.of("a", "other"), "other", "QQ"));
        assertThat(problems(qs, Map.of("one", "a", "nope", "x"))).containsExactly("nope:survey_answer_unknown_question");
    }

    @Test
    void scalesNumbersDatesTextsAndRankings() {
        List<SurveyFile.Question> qs = List.of(q("l", "likert", true), q("r", "rating", false),
                q("n", "recommend", false), q("x", "number", false, 0.0, 10.0), q("d", "date", false),
                q("t", "text", false), q("k", "ranking", false));
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("l", Map.of("s1", 1, "s2", "5"));
        ok.put("r", 5);
        ok.put("n", 0);
        ok.put("x", "2.5");
        ok.put("d", "2026-03-02");
        ok.put("t", "short");
        ok.put("k", List.of("c", "a", "b"));
        assertThat(check(qs, ok).problems()).isEmpty();
        assertThat(problems(qs, Map.of("l", Map.of("s1", 1)))).containsExactly("l:survey_answer_required");
        assertThat(problems(qs, Map.of("l", Map.of("s1", 6, "s2", 1)))).containsExactly("l:survey_answer_out_of_range");
        assertThat(problems(qs, Map.of("l", Map.of("s1", 1, "s2", 1), "r", 6, "n", 11, "x", 11, "d", "02/03/2026",
                "t", "far too long a text", "k", List.of("a", "a", "b")))).containsExactly(
                "r:survey_answer_out_of_range", "n:survey_answer_out_of_range", "x:survey_answer_out_of_range",
                "d:survey_answer_invalid", "t:survey_answer_too_long", "k:survey_answer_ranking");
        assertThat(problems(qs, Map.of("l", Map.of("s1", 1, "s2", 1), "r", 2.5)))
                .containsExactly("r:survey_answer_out_of_range");
    }

    @Test
    void aHiddenQuestionIsNeitherRequiredNorAnswerable() {
        SurveyFile.Question first = q("first", "single", true);
        SurveyFile.Question follow = q("follow", "text", true, null, null,
                new SurveyFile.Condition("first", List.of("b")));
        List<SurveyFile.Question> qs = List.of(first, follow);
        assertThat(problems(qs, Map.of("first", "a"))).isEmpty();
        assertThat(problems(qs, Map.of("first", "a", "follow", "hi"))).containsExactly("follow:survey_answer_hidden");
        assertThat(problems(qs, Map.of("first", "b"))).containsExactly("follow:survey_answer_required");
        assertThat(problems(qs, Map.of("first", "b", "follow", "hi"))).isEmpty();
    }
}
