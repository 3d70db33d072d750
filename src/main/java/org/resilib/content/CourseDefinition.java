package org.resilib.content;

import java.util.List;
import java.util.Map;

/** A course folder that passed validation, with its modules rendered. */
public record CourseDefinition(String slug, CourseManifest manifest, List<ModuleDefinition> modules, String quizGift,
        String hash) {

    public record ModuleDefinition(String slug, int position, int minutes, Map<String, String> titles,
            Map<String, String> markdown, Map<String, String> html) {
    }
}
