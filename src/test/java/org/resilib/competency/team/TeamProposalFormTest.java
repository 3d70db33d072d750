package org.resilib.competency.team;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

class TeamProposalFormTest {

    @Test
    void rowsWithACodeBecomeRequirementsAndAMissingLevelIsZero() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.add("code0", "NM.VIDEO");
        form.add("level0", "3");
        form.add("code1", " ");
        form.add("level1", "2");
        form.add("code2", "NM.SLIDES");
        form.add("level2", "many");
        form.add("code5", "IL.ETHICS");
        form.add("size", "4");
        TeamProposalForm typed = TeamProposalForm.read(form);
        assertThat(typed.requirements()).containsExactly(new TeamBuilder.Requirement("NM.VIDEO", 3),
                new TeamBuilder.Requirement("NM.SLIDES", 0));
        assertThat(typed.size()).isEqualTo(4);
    }

    @Test
    void aSizeThatIsNotANumberIsLeftForTheServiceToRefuse() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.add("size", "four");
        assertThat(TeamProposalForm.read(form).size()).isNull();
    }
}
