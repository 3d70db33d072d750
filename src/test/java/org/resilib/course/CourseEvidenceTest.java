package org.resilib.course;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CourseEvidenceTest {

    @Test
    void competencyCodesAreReadFromTheJsonArray() {
        assertThat(CourseEvidence.codes("[\"NM.VIDEO\", \"IL.ETHICS.CITATION\"]"))
                .containsExactly("NM.VIDEO", "IL.ETHICS.CITATION");
        assertThat(CourseEvidence.codes("[]")).isEmpty();
    }
}
