package org.resilib.people.account;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.resilib.config.ResilibConfig;

/**
 * Throttles password guessing: after {@code max-failures} failed sign-ins for one account, or from one address, within
 * the window, further attempts are refused until the lock period has passed since the last failure. Failures are
 * rows in {@code login_failure}, so the rule holds across restarts and several application instances.
 */
@ApplicationScoped
public class SignInThrottle {

    private final EntityManager em;
    private final int maxFailures;
    private final Duration window;
    private final Duration lock;

    SignInThrottle(EntityManager em, ResilibConfig config) {
        this.em = em;
        this.maxFailures = config.signIn().maxFailures();
        this.window = config.signIn().window();
        this.lock = config.signIn().lock();
    }

    public Duration lockPeriod() {
        return lock;
    }

    /** When the account or the address is locked, the moment the lock ends; otherwise null. */
    @Transactional
    public Instant lockedUntil(String email, String address) {
        Instant since = Instant.now().minus(window.compareTo(lock) > 0 ? window : lock);
        Instant until = null;
        for (Object[] r : counts(email, address, since)) {
            long count = ((Number) r[0]).longValue();
            Instant last = (Instant) r[1];
            if (count >= maxFailures && last != null) {
                Instant end = last.plus(lock);
                if (end.isAfter(Instant.now()) && (until == null || end.isAfter(until))) {
                    until = end;
                }
            }
        }
        return until;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> counts(String email, String address, Instant since) {
        return em.createNativeQuery("select count(*), max(at) from login_failure where lower(email) = lower(?1) and at"
                + " > ?3 union all select count(*), max(at) from login_failure where address = ?2 and at > ?3")
                .setParameter(1, email == null ? "" : email).setParameter(2, address == null ? "" : address)
                .setParameter(3, since).getResultList();
    }

    /** Records a failure; returns true when this failure locks the account or the address. */
    @Transactional
    public boolean recordFailure(String email, String address) {
        em.createNativeQuery("insert into login_failure (email, address) values (?1, ?2)")
                .setParameter(1, email == null ? "" : truncate(email, 254)).setParameter(2, address).executeUpdate();
        return lockedUntil(email, address) != null;
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    @Transactional
    public void clear(String email) {
        em.createNativeQuery("delete from login_failure where lower(email) = lower(?1)").setParameter(1, email)
                .executeUpdate();
    }

    @Scheduled(every = "1h", identity = "prune-login-failures")
    @Transactional
    void prune() {
        em.createNativeQuery("delete from login_failure where at < now() - interval '1 day'").executeUpdate();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
