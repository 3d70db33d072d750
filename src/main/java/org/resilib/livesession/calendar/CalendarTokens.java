package org.resilib.livesession.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.resilib.text.Sha256;

/** Personal calendar feed tokens: random, shown to their owner, stored only as a SHA-256 hash, resettable. */
@ApplicationScoped
public class CalendarTokens {

    private final EntityManager em;
    private final SecureRandom random = new SecureRandom();

    CalendarTokens(EntityManager em) {
        this.em = em;
    }

    /** A new token for the person, replacing the old one (which stops working). */
    @Transactional
    public String reset(long personId) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("insert into calendar_token (person_id, token_hash) values (?1, ?2) on conflict (person_id)"
                + " do update set token_hash = excluded.token_hash, created_at = now()")
                .setParameter(1, personId).setParameter(2, hash(token)).executeUpdate();
        return token;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean has(long personId) {
        return !em.createNativeQuery("select 1 from calendar_token where person_id = ?1").setParameter(1, personId)
                .getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> owner(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("select person_id from calendar_token where token_hash = ?1")
                .setParameter(1, hash(token)).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
