package org.resilib.people.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;
import org.resilib.people.Passwords;

/** The self-registration form. Password rules beyond length are checked by {@link Passwords#problem}. */
public record RegistrationForm(
        @RestForm @NotBlank(message = "required") @Email(message = "email_invalid") @Size(max = 254, message = "too_long") String email,
        @RestForm @NotBlank(message = "required") @Size(max = 120, message = "too_long") String displayName,
        @RestForm String password,
        @RestForm String locale) {
}
