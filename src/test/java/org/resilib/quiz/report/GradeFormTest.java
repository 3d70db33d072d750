package org.resilib.quiz.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The grading form: points and comments per question, read from the form and checked by its constraints. */
class GradeFormTest {

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void pointsAndCommentsAreReadPerQuestionAndBlankPointsAreNotGiven() {
        GradeForm f = GradeForm.read(Map.of("points-12", List.of(" 0,5 "), "points-13", List.of(" "),
                "comment-12", List.of("Well argued."), "csrf", List.of("x"), "points-x", List.of("1")));
        assertThat(VALIDATOR.validate(f)).isEmpty();
        assertThat(f.pointsFor(12)).isEqualTo(0.5);
        assertThat(f.pointsFor(13)).isNull();
        assertThat(f.points()).containsOnlyKeys(12L);
        assertThat(f.comments()).containsExactly(Map.entry(12L, "Well argued."));
    }

    @Test
    void pointsThatAreNotANumberAreRefusedWithTheirMessageKey() {
        for (String bad : List.of("five", "-1", "1e2", "NaN", "1.")) {
            GradeForm f = GradeForm.read(Map.of("points-7", List.of(bad)));
            assertThat(VALIDATOR.validate(f)).as(bad).singleElement()
                    .satisfies(v -> assertThat(v.getMessage()).isEqualTo("points_out_of_range"));
        }
    }

    @Test
    void aLongCommentIsCutAtItsLimit() {
        GradeForm f = GradeForm.read(Map.of("comment-3", List.of("x".repeat(GradeForm.MAX_COMMENT + 10))));
        assertThat(f.comments().get(3L)).hasSize(GradeForm.MAX_COMMENT);
    }
}
