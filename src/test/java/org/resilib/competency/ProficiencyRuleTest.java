package org.resilib.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resilib.competency.framework.Framework;

class ProficiencyRuleTest {

    private static final Framework.Rules RULES = new Framework.Rules(2, new Framework.QuizRule(80, 3), 1, 4);

    private static ProficiencyRule.Evidence evidence(String kind, Double score) {
        return new ProficiencyRule.Evidence(kind, "/x", Instant.EPOCH, "detail", score);
    }

    @Test
    void noRulesOrNoEvidenceEarnNothing() {
        assertThat(ProficiencyRule.derive(null, List.of(evidence("course_completed", null))))
                .isEqualTo(new ProficiencyRule.Derived(0, null));
        assertThat(ProficiencyRule.derive(RULES, List.of())).isEqualTo(new ProficiencyRule.Derived(0, null));
    }

    @Test
    void theHighestLevelAnyEvidenceEarnsWinsAndSaysWhy() {
        ProficiencyRule.Evidence course = evidence("course_completed", null);
        ProficiencyRule.Evidence sample = evidence("work_sample_reviewed", null);
        ProficiencyRule.Evidence session = evidence("session_attended", null);
        ProficiencyRule.Derived d = ProficiencyRule.derive(RULES, List.of(course, sample, session));
        assertThat(d.level()).isEqualTo(4);
        assertThat(d.because()).isSameAs(sample);
        assertThat(ProficiencyRule.derive(RULES, List.of(session, course)).because()).isSameAs(course);
    }

    @Test
    void aQuizCountsOnlyFromTheRulesPercentage() {
        assertThat(ProficiencyRule.derive(RULES, List.of(evidence("quiz_passed", 79.9))).level()).isZero();
        assertThat(ProficiencyRule.derive(RULES, List.of(evidence("quiz_passed", 80.0))).level()).isEqualTo(3);
        assertThat(ProficiencyRule.derive(RULES, List.of(evidence("quiz_passed", null))).level()).isZero();
        Framework.Rules noQuiz = new Framework.Rules(2, null, null, null);
        assertThat(ProficiencyRule.derive(noQuiz, List.of(evidence("quiz_passed", 100.0))).level()).isZero();
    }

    @Test
    void submittedSamplesAndMissingRuleFieldsEarnNothing() {
        Framework.Rules onlyCourses = new Framework.Rules(2, null, null, null);
        assertThat(ProficiencyRule.derive(onlyCourses, List.of(evidence("work_sample_submitted", null),
                evidence("work_sample_reviewed", null), evidence("session_attended", null))).level()).isZero();
    }
}
