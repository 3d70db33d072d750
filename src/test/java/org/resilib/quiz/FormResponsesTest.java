package org.resilib.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resilib.gift.QuestionType;
import org.resilib.web.DomainException;

/** The attempt form read as the API's responses, only for the questions the page showed. */
class FormResponsesTest {

    static QuizViews.Slot slot(long id, QuestionType type, List<QuizViews.Choice> left) {
        return new QuizViews.Slot(id, 1, type, "", "", List.of(), left, List.of(), null, null, null);
    }

    @Test
    void eachTypeTakesItsShapeAndQuestionsNotShownAreLeftAlone() {
        List<QuizViews.Slot> slots = List.of(slot(1, QuestionType.NUMERICAL, List.of()),
                slot(2, QuestionType.TRUEFALSE, List.of()), slot(3, QuestionType.MULTIANSWER, List.of()),
                slot(4, QuestionType.MATCHING, List.of(new QuizViews.Choice("l0", "cat"))),
                slot(5, QuestionType.SHORTANSWER, List.of()));
        Map<Long, JsonNode> r = FormResponses.parse(slots, Map.of("shown", List.of("1,2", "3,4"),
                "q1", List.of("3,14"), "q2", List.of("false"), "q3", List.of("c1", "c0", "c1"),
                "q4.l0", List.of("r2"), "q5", List.of("not shown")));
        assertThat(r).containsOnlyKeys(1L, 2L, 3L, 4L);
        assertThat(r.get(1L).decimalValue()).isEqualByComparingTo("3.14");
        assertThat(r.get(2L).isBoolean()).isTrue();
        assertThat(r.get(2L).asBoolean()).isFalse();
        assertThat(r.get(3L).toString()).isEqualTo("[\"c1\",\"c0\"]");
        assertThat(r.get(4L).toString()).isEqualTo("{\"l0\":\"r2\"}");
    }

    @Test
    void aNumberThatIsNoNumberIsAnErrorOnItsField() {
        assertThatThrownBy(() -> FormResponses.parse(List.of(slot(9, QuestionType.NUMERICAL, List.of())),
                Map.of("shown", List.of("9"), "q9", List.of("three"))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("q9"));
    }
}
