package org.resilib.competency;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The target level a person has for each competency: one set for them personally wins; otherwise the highest set for
 * one of their roles.
 */
final class Targets {

    private Targets() {
    }

    /** A target as set: for one person ({@code personId}) or for everyone with a role ({@code role}). */
    record Target(Long personId, String role, String code, int level) {
    }

    static Map<String, Integer> forPerson(long personId, Collection<String> roles, List<Target> targets) {
        Map<String, Integer> out = new HashMap<>();
        Set<String> personal = new HashSet<>();
        for (Target t : targets) {
            if (t.personId() != null && t.personId() == personId) {
                out.put(t.code(), t.level());
                personal.add(t.code());
            }
        }
        for (Target t : targets) {
            if (t.personId() == null && roles.contains(t.role()) && !personal.contains(t.code())) {
                out.merge(t.code(), t.level(), Math::max);
            }
        }
        return out;
    }
}
