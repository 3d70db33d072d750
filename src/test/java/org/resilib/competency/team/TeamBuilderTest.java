package org.resilib.competency.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamBuilderTest {

    static final List<TeamBuilder.Requirement> NEEDS = List.of(new TeamBuilder.Requirement("VIDEO", 3),
            new TeamBuilder.Requirement("WECHAT", 3), new TeamBuilder.Requirement("REFERENCE", 2));

    @Test
    void picksTheSmallestCoveringSetAndExplainsIt() {
        List<TeamBuilder.Candidate> people = List.of(
                new TeamBuilder.Candidate(1, "Ann", Map.of("VIDEO", 3, "WECHAT", 3)),
                new TeamBuilder.Candidate(2, "Bo", Map.of("VIDEO", 4)),
                new TeamBuilder.Candidate(3, "Chen", Map.of("REFERENCE", 2)),
                new TeamBuilder.Candidate(4, "Dai", Map.of("WECHAT", 2, "REFERENCE", 1)));
        TeamBuilder.Proposal p = TeamBuilder.propose(NEEDS, 5, people);
        assertThat(p.members()).extracting(TeamBuilder.Member::name).containsExactly("Ann", "Chen");
        assertThat(p.members().get(0).covers()).containsExactly("VIDEO", "WECHAT");
        assertThat(p.uncovered()).isEmpty();
    }

    @Test
    void reportsWhatNobodyCoversAndRespectsTheSize() {
        List<TeamBuilder.Candidate> people = List.of(new TeamBuilder.Candidate(1, "Ann", Map.of("VIDEO", 3)),
                new TeamBuilder.Candidate(2, "Bo", Map.of("WECHAT", 3)));
        TeamBuilder.Proposal one = TeamBuilder.propose(NEEDS, 1, people);
        assertThat(one.members()).hasSize(1);
        assertThat(one.uncovered()).hasSize(2);
        assertThat(TeamBuilder.propose(NEEDS, 5, people).uncovered()).containsExactly("REFERENCE");
    }
}
