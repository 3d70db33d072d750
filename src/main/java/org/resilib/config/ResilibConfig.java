package org.resilib.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything under {@code resilib.*}, typed and validated at start-up (application.properties documents each value;
 * the environment variables named there set them). Features inject this instead of single properties.
 */
@ConfigMapping(prefix = "resilib")
public interface ResilibConfig {

    /** The public address people reach the site at; used in mails, calendars and credentials. */
    String baseUrl();

    /** The folder whose courses, frameworks and other content are loaded. */
    String contentDir();

    /** RSA private key (PKCS#8 PEM) that signs Open Badges credentials; generated and kept when absent. */
    Optional<String> signingKey();

    /** Where the embedded PostgreSQL keeps its data; read at launch, before the application starts. */
    Optional<String> dataDir();

    Admin admin();

    Accounts accounts();

    SignIn signIn();

    PasswordReset passwordReset();

    Oidc oidc();

    Sessions sessions();

    Quiz quiz();

    Mail mail();

    Notifications notifications();

    Surveys surveys();

    /** The first administrator, created when there is none. */
    interface Admin {
        String email();

        /** Printed once when generated. */
        Optional<String> password();
    }

    interface Accounts {
        /** Whether visitors may create accounts until an admin decides otherwise in the site settings. */
        @WithDefault("true")
        boolean selfRegistration();
    }

    /** Failed sign-ins per account or address within the window before the lock. */
    interface SignIn {
        int maxFailures();

        Duration window();

        Duration lock();
    }

    interface PasswordReset {
        /** How long an emailed reset link works (once). */
        Duration validity();
    }

    interface Oidc {
        /** Provider role names mapped to Resilib's: {@code faculty=instructor,staff=librarian}. */
        Optional<String> roleMap();
    }

    interface Sessions {
        /** How often the reminder job looks for sessions starting within 24 h and 1 h. */
        @WithDefault("60s")
        String reminderCheck();
    }

    interface Quiz {
        /** How often expired attempts are submitted with what was saved. */
        @WithDefault("20s")
        String expiryCheck();
    }

    interface Notifications {
        /**
         * Where the change feed listens for notifications: a direct PostgreSQL address, needed when the datasource
         * goes through a transaction-pooling PgBouncer (where they never arrive). The datasource's URL when unset.
         */
        Optional<String> jdbcUrl();
    }

    interface Surveys {
        /** How often the reminder job looks for surveys closing within three days. */
        @WithDefault("15m")
        String reminderCheck();

        /**
         * Responses visitors may send to one public survey from one address in the current and the previous clock
         * hour together (a campus behind one address still answers; a script does not fill the survey).
         */
        @WithDefault("30")
        int visitorResponsesPerAddress();
    }

    interface Mail {
        /** How often every instance looks for queued mail it did not write itself (retries, other instances'). */
        @WithDefault("10s")
        String outboxCheck();
    }

    /** The base URL without a trailing slash, ready to have paths appended. */
    static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
