package org.resilib.authoring;

import io.quarkus.qute.TemplateExtension;
import org.resilib.gift.QuestionType;

/** Bundle keys for values the authoring pages label. */
@TemplateExtension
final class AuthoringTemplateExtensions {

    private AuthoringTemplateExtensions() {
    }

    static String typeKey(QuestionType type) {
        return "question_type_" + type.key();
    }

    static String formatKey(String format) {
        return "author_format_" + format;
    }
}
