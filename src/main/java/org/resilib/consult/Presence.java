package org.resilib.consult;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which librarians are online: those whose desk is open, i.e. whose desk stream is connected to some instance. Each
 * instance keeps a row per librarian connected to it, refreshed every {@link #REFRESH} while the stream lasts and
 * deleted when the last of that librarian's streams here closes; a row not refreshed within {@link #TIMEOUT} (its
 * instance died) counts for nothing. Chat is open while someone on duty is online.
 */
@ApplicationScoped
public class Presence {

    static final Duration REFRESH = Duration.ofSeconds(10);
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** This process, among the instances sharing the database. */
    private final String instance = UUID.randomUUID().toString();
    private final EntityManager em;
    private final DutyRota rota;

    Presence(EntityManager em, DutyRota rota) {
        this.em = em;
        this.rota = rota;
    }

    /** The librarians are online through this instance (now, and again at each refresh). */
    public void here(Collection<Long> people) {
        if (people.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (long person : people.stream().sorted().toList()) {
                em.createNativeQuery("insert into consult_presence (person_id, instance, seen_at) values (?1, ?2,"
                        + " now()) on conflict (person_id, instance) do update set seen_at = now()")
                        .setParameter(1, person).setParameter(2, instance).executeUpdate();
            }
        });
    }

    /** The librarian has no desk open on this instance any more. */
    public void gone(long person) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from consult_presence where"
                + " person_id = ?1 and instance = ?2").setParameter(1, person).setParameter(2, instance)
                .executeUpdate());
    }

    /** The librarians online, on any instance. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> online() {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("select distinct person_id from consult_presence where seen_at >"
                + " now() - cast(?1 as interval)").setParameter(1, TIMEOUT.toSeconds() + " seconds").getResultList();
        return rows.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    /** Whether chat is open: someone on duty is online. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean chatOpen() {
        Set<Long> online = online();
        return !online.isEmpty() && rota.onDuty(Instant.now()).stream().anyMatch(online::contains);
    }

    /** Forgets rows of instances that have not refreshed them for a long time. */
    @Transactional
    public void prune() {
        em.createNativeQuery("delete from consult_presence where seen_at < now() - interval '1 hour'")
                .executeUpdate();
    }
}
