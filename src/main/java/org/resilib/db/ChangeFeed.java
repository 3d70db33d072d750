package org.resilib.db;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
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
 * <p>Other channels are followed for the {@link Subscriber}s that name them: each notification is handed to them as it
 * arrives, and {@link Subscriber#missed()} tells them when notifications may have been lost (the feed (re)starts
 * listening), before the feed counts as live again. {@link #afterCommit} hands this instance's own changes to them
 * as soon as its transaction commits, before PostgreSQL's notification of the same change comes back.
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
    private static final Object LOCAL_NOTIFICATIONS_KEY = new Object();

    /** Follows one channel: a bean implementing this is told of every notification on it. */
    public interface Subscriber {
        /** The channel, as in {@code pg_notify(channel, payload)}. */
        String channel();

        /** A notification's payload (on the feed's thread, or the committing one for {@link #afterCommit}). */
        void notified(String payload);

        /** Notifications may have been lost: forget whatever they would have told. */
        void missed();
    }

    private final TransactionSynchronizationRegistry transactions;
    private final ResilibConfig settings;
    private volatile boolean live;
    private volatile long contentEpoch;
    private volatile long readUntil = System.nanoTime();
    private volatile boolean stopping;
    private volatile Connection connection;
    private Thread listener;

    private final List<Subscriber> subscribers;

    ChangeFeed(TransactionSynchronizationRegistry transactions, ResilibConfig settings,
            @Any Instance<Subscriber> subscribers) {
        this.transactions = transactions;
        this.settings = settings;
        this.subscribers = subscribers.stream().toList();
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

    /**
     * Hands {@code payload} to this instance's subscribers of {@code channel} once the current transaction has
     * committed (at once outside a transaction; nothing on a rollback), so that this instance's next requests see a
     * change it made without waiting for PostgreSQL's notification of it (which still comes, and goes to the other
     * instances).
     */
    public void afterCommit(String channel, String payload) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            deliver(channel, payload);
            return;
        }
        @SuppressWarnings("unchecked")
        LinkedHashSet<Pending> pending = (LinkedHashSet<Pending>) transactions.getResource(LOCAL_NOTIFICATIONS_KEY);
        if (pending == null) {
            LinkedHashSet<Pending> created = new LinkedHashSet<>();
            transactions.putResource(LOCAL_NOTIFICATIONS_KEY, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        created.forEach(n -> deliver(n.channel(), n.payload()));
                    }
                }
            });
            pending = created;
        }
        pending.add(new Pending(channel, payload));
    }

    /** A notification of this instance's, handed to its subscribers once its transaction commits. */
    private record Pending(String channel, String payload) {
    }

    private void deliver(String channel, String payload) {
        for (Subscriber s : subscribers) {
            if (s.channel().equals(channel)) {
                try {
                    s.notified(payload);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "A subscriber of %s failed on %s", channel, payload);
                }
            }
        }
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
                    for (String channel : channels()) {
                        s.execute("listen " + channel);
                    }
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
                // Whatever changed before the LISTEN was not heard: subscribers start afresh.
                subscribers.forEach(Subscriber::missed);
                live = true;
                LOG.debug("Listening for changes");
                while (!stopping) {
                    // A notification, or the heartbeat when none came: either way the number is read again, so a
                    // change is caught up within a heartbeat even if its notification were lost.
                    PGNotification[] received = pg.getNotifications((int) HEARTBEAT.toMillis());
                    if (received != null) {
                        for (PGNotification n : received) {
                            deliver(n);
                        }
                    }
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

    private void deliver(PGNotification n) {
        if (!CHANNEL.equals(n.getName())) {
            deliver(n.getName(), n.getParameter());
        }
    }

    private List<String> channels() {
        LinkedHashSet<String> channels = new LinkedHashSet<>();
        channels.add(CHANNEL);
        subscribers.forEach(s -> channels.add(s.channel()));
        return List.copyOf(channels);
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
