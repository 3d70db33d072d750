package org.resilib.competency;

import java.time.Instant;
import java.util.List;
import org.resilib.competency.framework.Framework;

/**
 * The level evidence earns under a framework's rules, and why. Example rules: a mapped course completed gives 2, its
 * quiz passed at 80% or more gives 3, a reviewed work sample gives 4. The highest level any evidence earns wins.
 */
public final class ProficiencyRule {

    private ProficiencyRule() {
    }

    public record Evidence(String kind, String source, Instant date, String detail, Double score) {
    }

    public record Derived(int level, Evidence because) {
    }

    public static Derived derive(Framework.Rules rules, List<Evidence> evidence) {
        Derived best = new Derived(0, null);
        if (rules == null) {
            return best;
        }
        for (Evidence e : evidence) {
            int level = switch (e.kind()) {
                case "course_completed" -> orZero(rules.courseCompleted());
                case "quiz_passed" -> rules.quizPassed() == null || e.score() == null
                        || e.score() < orZero(rules.quizPassed().minPercent()) ? 0 : orZero(rules.quizPassed().level());
                case "session_attended" -> orZero(rules.sessionAttended());
                case "work_sample_reviewed" -> orZero(rules.workSampleReviewed());
                default -> 0;
            };
            if (level > best.level()) {
                best = new Derived(level, e);
            }
        }
        return best;
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }
}
