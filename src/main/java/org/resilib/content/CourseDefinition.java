package org.resilib.content;

import java.util.List;
import java.util.Map;

/**
 * A course folder that passed validation, with its modules rendered; the quiz in GIFT and its translations by
 * language (each a GIFT text of the same questions, see {@code GiftTranslation}).
 */
public record CourseDefinition(String slug, CourseManifest manifest, List<ModuleDefinition> modules, String quizGift,
        Map<String, String> quizTranslations, String hash) {

    public CourseDefinition {
        quizTranslations = quizTranslations == null ? Map.of() : Map.copyOf(quizTranslations);
    }

    public record ModuleDefinition(String slug, int position, int minutes, Map<String, String> titles,
            Map<String, String> markdown, Map<String, String> html) {
    }
}
