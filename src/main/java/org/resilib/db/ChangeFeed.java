package org.resilib.db;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.resilib.config.ResilibConfig;

/**
 * The content epoch ({@code content_epoch.version}, which database triggers bump with every change to courses or
 * modules) followed over PostgreSQL's LISTEN/NOTIFY on a connection of its own, so that what every visitor sees
 * alike is served from memory without a statement per request, on every instance.
 *
 * <p>The number is only given out while it is known to be current: the connection is listening, a probe notification
 * sent on it came back (so it is not a transaction-pooling PgBouncer, where notifications never arrive), and no
 * change committed by this instance is younger than {@link #LOCAL_WINDOW}. A change committed here therefore makes
 * the next requests read the number from the database until the notification has surely arrived; a change committed
 * by another instance reaches this one when its notification does (PostgreSQL sends it at the commit; milliseconds).
 * Whenever the connection is down, the callers read per request as before. A heartbeat re-reads the number every
 * {@link #HEARTBEAT} and notices a connection that died without a word.
 *
 * <p>The connection goes to {@code resilib.notifications.jdbc-url} when set (a direct PostgreSQL address for when
 * the datasource goes through PgBouncer), else to the datasource's URL, with the datasource's credentials.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    static final String CHANNEL = "content_epoch";
    static final String PROBE = "probe";
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    public static final Duration LOCAL_WINDOW = Duration.ofSeconds(10);
    static final Duration RETRY = Duration.ofSeconds(3);
    private static final Object TRANSACTION_KEY = new Object();

    private final TransactionSynchronizationRegistry transactions;
    private final ResilibConfig settings;
    private volatile boolean live;
    private volatile long contentEpoch;
    private volatile long readUntil = System.nanoTime();
    private volatile boolean stopping;
    private volatile Connection connection;
    private Thread listener;

    ChangeFeed(TransactionSynchronizationRegistry transactions, ResilibConfig settings) {
        this.transactions = transactions;
        this.settings = settings;
    }

    void start(@Observes StartupEvent event) {
        Config config = ConfigProvider.getConfig();
        Optional<String> url = settings.notifications().jdbcUrl().filter(u -> !u.isBlank())
                .or(() -> config.getOptionalValue("quarkus.datasource.jdbc.url", String.class));
        if (url.isEmpty()) {
            LOG.warn("No JDBC URL to listen for content changes on; pages read the content version per request");
            return;
        }
        Properties credentials = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class)
                .ifPresent(u -> credentials.setProperty("user", u));
        config.getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(p -> credentials.setProperty("password", p));
        credentials.setProperty("ApplicationName", "resilib-change-feed");
        // A dead peer must not keep the listener waiting for ever: reads give up well after a heartbeat.
        credentials.setProperty("socketTimeout", String.valueOf(HEARTBEAT.multipliedBy(3).toSeconds()));
        credentials.setProperty("tcpKeepAlive", "true");
        listener = new Thread(() -> run(url.get(), credentials), "resilib-change-feed");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        live = false;
        closeQuietly(connection);
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** The content epoch when it is known without asking the database; empty when the caller must read it. */
    public OptionalLong contentEpoch() {
        if (!live || System.nanoTime() - readUntil < 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(contentEpoch);
    }

    /** Whether the feed is listening and trusted (for health reporting and tests). */
    public boolean isLive() {
        return live;
    }

    /**
     * Records that the current transaction changes content: once it commits, this instance reads the epoch from the
     * database for a while instead of waiting for its own notification. Outside a transaction, at once.
     */
    public void contentChangedInThisTransaction() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            changedHere();
            return;
        }
        if (transactions.getResource(TRANSACTION_KEY) != null) {
            return;
        }
        transactions.putResource(TRANSACTION_KEY, Boolean.TRUE);
        changedHere(); // also while it commits: a reader then may already see the new rows
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                changedHere();
            }
        });
    }

    private void changedHere() {
        readUntil = System.nanoTime() + LOCAL_WINDOW.toNanos();
    }

    private void run(String url, Properties credentials) {
        boolean warned = false;
        while (!stopping) {
            try (Connection c = new Driver().connect(url, credentials)) {
                if (c == null) {
                    throw new SQLException("Not a PostgreSQL JDBC URL: " + redact(url));
                }
                connection = c;
                c.setAutoCommit(true);
                PGConnection pg = c.unwrap(PGConnection.class);
                try (Statement s = c.createStatement()) {
                    s.execute("listen " + CHANNEL);
                    s.execute("select pg_notify('" + CHANNEL + "', '" + PROBE + "')");
                }
                if (!probeReturns(pg)) {
                    if (!warned) {
                        LOG.warnf("Notifications sent on %s do not come back (a transaction-pooling PgBouncer?):"
                                + " pages read the content version per request. Set RESILIB_NOTIFY_JDBC_URL to a"
                                + " direct PostgreSQL address to serve them from memory.", redact(url));
                        warned = true;
                    }
                    pause(Duration.ofMinutes(1));
                    continue;
                }
                contentEpoch = read(c);
                live = true;
                LOG.debug("Listening for content changes");
                while (!stopping) {
                    // A notification, or the heartbeat when none came: either way the number is read again, so a
                    // change is caught up within a heartbeat even if its notification were lost.
                    pg.getNotifications((int) HEARTBEAT.toMillis());
                    contentEpoch = read(c);
                }
            } catch (SQLException | RuntimeException e) {
                live = false;
                if (!stopping) {
                    LOG.debugf(e, "Content change feed interrupted; reconnecting in %s", RETRY);
                    pause(RETRY);
                }
            } finally {
                live = false;
                connection = null;
            }
        }
    }

    private static boolean probeReturns(PGConnection pg) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() - deadline < 0) {
            PGNotification[] received = pg.getNotifications(500);
            if (received != null) {
                for (PGNotification n : received) {
                    if (n.getPID() == pg.getBackendPID() && PROBE.equals(n.getParameter())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static long read(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select version from content_epoch")) {
            r.next();
            return r.getLong(1);
        }
    }

    private void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing on shutdown: nothing to do about it
            }
        }
    }

    private static String redact(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
