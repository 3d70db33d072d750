package org.resilib.competency.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes the smallest team covering required competencies (greedy set cover: repeatedly take the librarian who
 * covers most of what is still uncovered; ties go to the higher total level, then the name).
 */
public final class TeamBuilder {

    private TeamBuilder() {
    }

    public record Requirement(String code, int minLevel) {
    }

    public record Candidate(long personId, String name, Map<String, Integer> levels) {
        Set<String> covers(List<Requirement> requirements) {
            Set<String> out = new LinkedHashSet<>();
            for (Requirement r : requirements) {
                if (levels.getOrDefault(r.code(), 0) >= r.minLevel()) {
                    out.add(r.code());
                }
            }
            return out;
        }

        int total() {
            return levels.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public record Member(long personId, String name, List<String> covers) {
    }

    public record Proposal(List<Member> members, List<String> uncovered) {
    }

    public static Proposal propose(List<Requirement> requirements, int size, List<Candidate> candidates) {
        Set<String> uncovered = new LinkedHashSet<>();
        requirements.forEach(r -> uncovered.add(r.code()));
        List<Candidate> pool = new ArrayList<>(candidates);
        List<Member> team = new ArrayList<>();
        while (!uncovered.isEmpty() && team.size() < size && !pool.isEmpty()) {
            Candidate best = pool.stream().max(Comparator
                    .comparingInt((Candidate c) -> (int) c.covers(requirements).stream().filter(uncovered::contains).count())
                    .thenComparingInt(Candidate::total)
                    .thenComparing(Candidate::name, Comparator.reverseOrder())).orElseThrow();
            List<String> gained = best.covers(requirements).stream().filter(uncovered::contains).toList();
            if (gained.isEmpty()) {
                break;
            }
            team.add(new Member(best.personId(), best.name(), gained));
            uncovered.removeAll(gained);
            pool.remove(best);
        }
        return new Proposal(team, List.copyOf(uncovered));
    }
}
