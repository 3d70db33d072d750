package org.resilib.competency;

import io.quarkus.qute.TemplateExtension;

@TemplateExtension
final class CompetencyTemplateExtensions {

    private CompetencyTemplateExtensions() {
    }

    static String evidenceKindKey(String kind) {
        return "evidence_" + kind;
    }

    static String dutyKey(String duty) {
        return "duty_" + duty.replace('-', '_');
    }
}
