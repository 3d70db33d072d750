package org.resilib.competency.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A team to save: its name and, per member (by person id), their duty. */
record TeamForm(@NotBlank(message = "required") @Size(max = 200, message = "too_long") String name,
        @NotEmpty(message = "required") Map<Long, String> members) {

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
