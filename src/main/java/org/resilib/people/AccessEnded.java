package org.resilib.people;

import java.util.Locale;

/**
 * Fired inside the transaction that ends a person's access by every door they had opened: a changed or reset
 * password, or a deactivated account. Sessions end through the session version; features holding other credentials
 * (personal API tokens) observe this and revoke them in the same transaction.
 */
public record AccessEnded(long personId, Reason reason) {

    public enum Reason {
        PASSWORD_CHANGED, PASSWORD_RESET, DEACTIVATED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
