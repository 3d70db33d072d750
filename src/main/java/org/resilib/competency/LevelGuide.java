package org.resilib.competency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.resilib.competency.framework.Framework;

/**
 * A framework's rules in words: the ways evidence reaches each level of its scale, and which of them would raise a
 * level from where it stands. They are the rules {@link ProficiencyRule} applies, read the other way round; an
 * instructor's assessment sets any level of the scale and, while it is the latest, stands over the evidence.
 */
public final class LevelGuide {

    /** The evidence kinds a framework's rules count, as {@link ProficiencyRule} names them. */
    public static final String COURSE_COMPLETED = "course_completed";
    public static final String QUIZ_PASSED = "quiz_passed";
    public static final String SESSION_ATTENDED = "session_attended";
    public static final String WORK_SAMPLE_REVIEWED = "work_sample_reviewed";

    private LevelGuide() {
    }

    /** A way to reach a level: the kind of evidence, the level it gives, and for a quiz the score it needs. */
    public record Way(String kind, int level, Integer minPercent) {
        /** The message key that says it ({@code way_course_completed}, ...). */
        public String key() {
            return "way_" + kind;
        }
    }

    /** Every way the rules give a level, lowest level first (rules giving no level are left out). */
    public static List<Way> ways(Framework.Rules rules) {
        List<Way> out = new ArrayList<>();
        if (rules == null) {
            return out;
        }
        add(out, COURSE_COMPLETED, rules.courseCompleted(), null);
        if (rules.quizPassed() != null) {
            add(out, QUIZ_PASSED, rules.quizPassed().level(), rules.quizPassed().minPercent() == null ? 0
                    : rules.quizPassed().minPercent());
        }
        add(out, SESSION_ATTENDED, rules.sessionAttended(), null);
        add(out, WORK_SAMPLE_REVIEWED, rules.workSampleReviewed(), null);
        out.sort(Comparator.comparingInt(Way::level));
        return out;
    }

    /** The ways that give exactly this level. */
    public static List<Way> to(Framework.Rules rules, int level) {
        return ways(rules).stream().filter(w -> w.level() == level).toList();
    }

    /** The ways that would give more than the current level, lowest first. */
    public static List<Way> above(Framework.Rules rules, int current) {
        return ways(rules).stream().filter(w -> w.level() > current).toList();
    }

    /** Whether accepted work samples count towards a level under these rules. */
    public static boolean countsSamples(Framework.Rules rules) {
        return rules != null && rules.workSampleReviewed() != null && rules.workSampleReviewed() > 0;
    }

    private static void add(List<Way> out, String kind, Integer level, Integer minPercent) {
        if (level != null && level > 0) {
            out.add(new Way(kind, level, minPercent));
        }
    }
}
