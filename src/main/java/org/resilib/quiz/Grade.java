package org.resilib.quiz;

/** The grade of one question in an attempt. {@code correct} and {@code points} are null while an essay waits. */
public record Grade(Double points, double maxPoints, Boolean correct, String feedback) {

    static Grade pending(double max) {
        return new Grade(null, max, null, "");
    }
}
