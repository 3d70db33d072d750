package org.resilib.people.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.resilib.config.ResilibConfig;

/**
 * Creates the first admin account when there is none, and tells the operator where the platform runs and how to
 * sign in. A generated password is printed once and never stored in clear.
 */
@ApplicationScoped
class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);
    private final AccountService accounts;
    private final String email;
    private final Optional<String> password;
    private final String host;
    private final int port;

    FirstAdmin(AccountService accounts, ResilibConfig config,
            @ConfigProperty(name = "quarkus.http.host", defaultValue = "localhost") String host,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        this.accounts = accounts;
        this.email = config.admin().email();
        this.password = config.admin().password();
        this.host = host;
        this.port = port;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        Optional<String> created = accounts.ensureFirstAdmin(email, password.orElse(null));
        String url = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + port + "/";
        StringBuilder banner = new StringBuilder("\n\n  Resilib is running at ").append(url).append('\n');
        if (created.isPresent() && !created.get().isEmpty()) {
            banner.append("  First admin created: ").append(email).append("  password: ").append(created.get())
                    .append("\n  (shown once; sign in and keep it safe, or set RESILIB_ADMIN_PASSWORD)\n");
        } else if (created.isPresent()) {
            banner.append("  First admin created: ").append(email).append(" with the password from RESILIB_ADMIN_PASSWORD\n");
        } else {
            banner.append("  Sign in at ").append(url).append("login (first admin: ").append(email).append(")\n");
        }
        LOG.info(banner);
    }
}
