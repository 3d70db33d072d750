package org.resilib.competency.team;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A team to save: its name and, per member (by person id), their duty. */
record TeamForm(String name, Map<Long, String> duties) {

    static TeamForm read(MultivaluedMap<String, String> form) {
        Map<Long, String> duties = new LinkedHashMap<>();
        for (String member : form.getOrDefault("member", List.of())) {
            if (member.matches("\\d{1,18}")) {
                duties.put(Long.valueOf(member), form.getFirst("duty-" + member));
            }
        }
        return new TeamForm(form.getFirst("name"), duties);
    }
}
