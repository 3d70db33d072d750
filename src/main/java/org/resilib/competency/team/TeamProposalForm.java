package org.resilib.competency.team;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import org.resilib.competency.Levels;

/** The team proposal form: up to five rows of a competency code and minimum level, and the team size. */
record TeamProposalForm(List<TeamBuilder.Requirement> requirements, Integer size) {

    static final int ROWS = 5;

    static TeamProposalForm read(MultivaluedMap<String, String> form) {
        List<TeamBuilder.Requirement> requirements = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String code = form.getFirst("code" + i);
            Integer level = Levels.parse(form.getFirst("level" + i));
            if (code != null && !code.isBlank()) {
                requirements.add(new TeamBuilder.Requirement(code, level == null ? 0 : level));
            }
        }
        return new TeamProposalForm(requirements, Levels.parse(form.getFirst("size")));
    }
}
