package org.resilib.course;

import io.quarkus.qute.TemplateExtension;

/** Bundle keys for the labels of dimension and audience values. */
@TemplateExtension
final class CourseTemplateExtensions {

    private CourseTemplateExtensions() {
    }

    static String dimensionLabelKey(String dimension) {
        return "dimension_" + dimension.replace('-', '_');
    }

    static String audienceLabelKey(String audience) {
        return "audience_" + audience;
    }
}
