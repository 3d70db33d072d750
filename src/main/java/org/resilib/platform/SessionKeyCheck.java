package org.resilib.platform;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start on an external database without a session key. Without one Quarkus makes up a key at the first
 * sign-in (and writes it to the log), signs everybody out at every restart, and each instance has a key of its own,
 * so a person signed in on one is a stranger to the others. The embedded set-up keeps its key beside its data.
 */
@ApplicationScoped
class SessionKeyCheck {

    static final String MESSAGE = "No session key: set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY to 32 or more random"
            + " characters (for example the output of 'openssl rand -hex 32'), the same on every instance. Sign-in"
            + " cookies are sealed with it; without it everybody would be signed out at each restart and instances"
            + " would not share sign-ins.";

    void check(@Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key) {
        String problem = problem(key, EmbeddedDatabase.running());
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    /** Why the set-up may not start, or null. */
    static String problem(Optional<String> key, boolean embedded) {
        return embedded || key.filter(k -> !k.isBlank()).isPresent() ? null : MESSAGE;
    }
}
