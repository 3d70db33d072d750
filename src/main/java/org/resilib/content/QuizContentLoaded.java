package org.resilib.content;

/**
 * Fired (synchronously, inside the loading transaction) when a course's files are loaded, with its quiz.gift text or
 * null when it has none.
 */
public record QuizContentLoaded(long courseId, String gift, String loadedBy) {
}
