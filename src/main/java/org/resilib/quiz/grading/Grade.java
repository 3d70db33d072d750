package org.resilib.quiz.grading;

/**
 * The grade of one question in an attempt. {@code correct} and {@code points} are null while an essay waits.
 * {@code feedback} is safe HTML.
 */
public record Grade(Double points, double maxPoints, Boolean correct, String feedback) {

    /** An essay waits for its points; its general feedback is shown once the attempt is submitted. */
    static Grade pending(double max, String feedback) {
        return new Grade(null, max, null, feedback);
    }
}
