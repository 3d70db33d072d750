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

    Guide guide();

    Consult consult();

    /** Ask a librarian. */
    interface Consult {
        /**
         * Questions visitors may send from one address in the current and the previous clock hour together (a
         * campus behind one address still asks; a script does not fill the queue).
         */
        @WithDefault("10")
        int visitorQuestionsPerAddress();

        /** Time to a first response, counted in the service's opening hours. */
        @WithDefault("PT4H")
        Duration firstResponseTarget();

        /** Time to an answer, counted in opening hours while the question is new or open. */
        @WithDefault("PT16H")
        Duration resolutionTarget();

        /** The reference mailbox whose mail becomes questions; off while no host is set. */
        Imap imap();

        /** How often overdue questions are looked for. */
        @WithDefault("60s")
        String overdueCheck();

        /** How often chats whose librarian went away are handed back. */
        @WithDefault("10s")
        String chatCheck();

        /** How often askers past the retention period are forgotten. */
        @WithDefault("6h")
        String retentionCheck();

        /** How long askers' personal data is kept after a question's last change. */
        @WithDefault("P365D")
        Duration retention();

        /** The zone the opening hours and closed days are in. */
        @WithDefault("Asia/Shanghai")
        String zone();
    }

    /** An IMAP mailbox: {@code RESILIB_CONSULT_IMAP_HOST}, {@code _USER}, {@code _PASSWORD} and so on. */
    interface Imap {
        Optional<String> host();

        @WithDefault("993")
        int port();

        /** TLS from the start (IMAPS); false for a plain connection on a trusted network. */
        @WithDefault("true")
        boolean ssl();

        Optional<String> user();

        Optional<String> password();

        @WithDefault("INBOX")
        String folder();

        /** How often the mailbox is read ({@code off} to stop). */
        @WithDefault("60s")
        String check();

        /** The reference address itself: mail from it is never imported (no loops). */
        Optional<String> address();
    }

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

    /** The emergency guide: the mailing of declarations, and the library's off-campus link templates. */
    interface Guide {
        /** How often the mailing job looks for declarations whose mail is still to queue. */
        @WithDefault("10s")
        String mailingCheck();

        /** Whether a declaration's mail starts queueing right after its commit (else at the job's next run). */
        @WithDefault("true")
        boolean mailingAtOnce();

        /** People queued per transaction of the mailing job. */
        @WithDefault("500")
        int mailingBatch();

        /** The library's proxy template, with {@code {url}} (or {@code {url_encoded}}) for the resource's URL. */
        Optional<String> proxyTemplate();

        /** The library's WebVPN address ({@code https://webvpn.example.edu}), which rewrites hosts. */
        Optional<String> webvpnHost();

        /** The key and IV the WebVPN encrypts host names with (16 characters). */
        @WithDefault("wrdvpnisthebest!")
        String webvpnKey();

        /** The library's CARSI or Shibboleth WAYFless template, with {@code {url_encoded}} or {@code {url}}. */
        Optional<String> carsiTemplate();

        /** How often the link checker looks for resources whose address is due for a check. */
        @WithDefault("30m")
        String linkCheck();

        /** How long ago a resource's last check may be before it is checked again. */
        @WithDefault("PT24H")
        java.time.Duration linkRecheck();

        /** How long one request of the link checker may take. */
        @WithDefault("PT10S")
        java.time.Duration linkTimeout();

        /** Hosts checked at once (each host gets one request at a time). */
        @WithDefault("4")
        int linkHosts();
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
