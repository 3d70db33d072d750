package org.resilib.competency.credential;

import jakarta.validation.constraints.Size;

/** Why an admin revokes a credential; optional, kept without surrounding blanks. */
public record RevokeForm(@Size(max = 500, message = "invalid_input") String reason) {

    public RevokeForm {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
