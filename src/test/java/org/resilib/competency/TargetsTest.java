package org.resilib.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetsTest {

    private static final List<Targets.Target> TARGETS = List.of(
            new Targets.Target(null, "librarian", "NM.VIDEO", 2),
            new Targets.Target(null, "instructor", "NM.VIDEO", 4),
            new Targets.Target(null, "librarian", "NM.SLIDES", 3),
            new Targets.Target(7L, null, "NM.SLIDES", 1),
            new Targets.Target(8L, null, "IL.ETHICS", 2));

    @Test
    void aPersonalTargetWinsOverTheirRoles() {
        assertThat(Targets.forPerson(7L, List.of("librarian"), TARGETS))
                .isEqualTo(Map.of("NM.VIDEO", 2, "NM.SLIDES", 1));
    }

    @Test
    void otherwiseTheHighestTargetOfTheirRolesCounts() {
        assertThat(Targets.forPerson(9L, List.of("librarian", "instructor"), TARGETS))
                .isEqualTo(Map.of("NM.VIDEO", 4, "NM.SLIDES", 3));
    }

    @Test
    void othersPersonalTargetsAndRolesNotHeldDoNotCount() {
        assertThat(Targets.forPerson(9L, List.of("student"), TARGETS)).isEmpty();
        assertThat(Targets.forPerson(8L, List.of(), TARGETS)).isEqualTo(Map.of("IL.ETHICS", 2));
    }
}
