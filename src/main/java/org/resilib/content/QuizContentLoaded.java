package org.resilib.content;

import java.util.Map;

/**
 * Fired (synchronously, inside the loading transaction) when a course's files are loaded, with its quiz.gift text or
 * null when it has none, the language it is written in, and its translations by language (GIFT texts of the same
 * questions).
 */
public record QuizContentLoaded(long courseId, String gift, String language, Map<String, String> translations,
        String loadedBy) {

    /** The language of courses that do not name one. */
    public static final String DEFAULT_LANGUAGE = "zh-CN";

    public QuizContentLoaded {
        language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language;
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }
}
