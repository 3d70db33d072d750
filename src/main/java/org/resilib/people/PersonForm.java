package org.resilib.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.resilib.identity.Role;

/** An admin creating an account for someone (e.g. a librarian who will not self-register). */
public record PersonForm(
        @RestForm @NotBlank(message = "required") @Email(message = "email_invalid") @Size(max = 254, message = "too_long") String email,
        @RestForm @NotBlank(message = "required") @Size(max = 120, message = "too_long") String displayName,
        @RestForm String password,
        @RestForm List<String> roles) {

    Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.forEach(r -> Role.fromKey(r).ifPresent(set::add));
        }
        if (set.isEmpty()) {
            set.add(Role.STUDENT);
        }
        return set;
    }
}
