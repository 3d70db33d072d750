package org.resilib.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** An admin editing an account: name, email, whether it may sign in, and its roles. */
public record PersonEditForm(
        @RestForm @NotBlank(message = "required") @Email(message = "email_invalid") @Size(max = 254, message = "too_long") String email,
        @RestForm @NotBlank(message = "required") @Size(max = 120, message = "too_long") String displayName,
        @RestForm String active,
        @RestForm List<String> roles) {

    boolean isActive() {
        return "true".equals(active) || "on".equals(active);
    }
}
