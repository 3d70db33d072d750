package org.resilib.people;

import io.quarkus.qute.TemplateExtension;

@TemplateExtension
final class PeopleTemplateExtensions {

    private PeopleTemplateExtensions() {
    }

    static String roleLabelKey(String role) {
        return "role_" + role;
    }

    static String importOutcomeKey(String outcome) {
        return "import_outcome_" + outcome;
    }
}
