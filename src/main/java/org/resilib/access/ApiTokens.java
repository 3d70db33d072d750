package org.resilib.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resilib.audit.AuditLog;
import org.resilib.people.AccessEnded;
import org.resilib.text.Sha256;
import org.resilib.web.DomainException;

/**
 * Personal API tokens for scripts and integrations: {@code rsl_} and 43 random URL-safe characters (256 bits). Only
 * the SHA-256 of a token is stored, so a database leak gives nobody a usable token; the token itself is shown once.
 */
@ApplicationScoped
public class ApiTokens {

    static final String PREFIX = "rsl_";
    static final int MAX_ACTIVE = 20;
    /** The first key of the advisory locks that serialise token creation per person. */
    private static final int LOCK_SPACE = 0x7e50;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final AuditLog audit;

    ApiTokens(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    public record Created(long id, String name, String token) {
    }

    public record Listed(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
    }

    @Transactional
    public Created create(long personId, String actor, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw DomainException.badRequest("name", "required");
        }
        if (n.length() > 100) {
            throw DomainException.badRequest("name", "too_long");
        }
        // Serialise token creation per person so the cap holds under concurrent requests: a transaction-scoped
        // advisory lock (safe behind a transaction-pooling proxy), keyed by this table's lock space and the person.
        em.createNativeQuery("select pg_advisory_xact_lock(" + LOCK_SPACE + ", cast(?1 as int))")
                .setParameter(1, personId).getSingleResult();
        long active = ((Number) em.createNativeQuery("select count(*) from api_token where person_id = ?1 and"
                + " revoked_at is null").setParameter(1, personId).getSingleResult()).longValue();
        if (active >= MAX_ACTIVE) {
            throw DomainException.conflict("name", "token_limit");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = ((Number) em.createNativeQuery("insert into api_token (person_id, name, token_hash, prefix) values"
                + " (?1, ?2, ?3, ?4) returning id").setParameter(1, personId).setParameter(2, n)
                .setParameter(3, hash(token)).setParameter(4, token.substring(0, 8)).getSingleResult()).longValue();
        audit.record(personId, actor, AuditLog.Action.TOKEN_CREATED, "token:" + id, Map.of("name", n));
        return new Created(id, n, token);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Listed> list(long personId) {
        List<Listed> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name, prefix, created_at, last_used_at from api_token"
                + " where person_id = ?1 and revoked_at is null order by created_at desc, id desc")
                .setParameter(1, personId).getResultList();
        for (Object[] r : rows) {
            out.add(new Listed(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (Instant) r[3],
                    (Instant) r[4]));
        }
        return out;
    }

    /** Revokes one of the person's own tokens; someone else's token id is "not found", like an unknown one. */
    @Transactional
    public void revoke(long personId, String actor, long id) {
        int n = em.createNativeQuery("update api_token set revoked_at = now() where id = ?1 and person_id = ?2 and"
                + " revoked_at is null").setParameter(1, id).setParameter(2, personId).executeUpdate();
        if (n == 0) {
            throw DomainException.notFound("token");
        }
        audit.record(personId, actor, AuditLog.Action.TOKEN_REVOKED, "token:" + id, Map.of());
    }

    /**
     * Revokes every live token of a person when their access ends (password changed or reset, account
     * deactivated), in the same transaction, so reactivating an account never brings its old tokens back.
     */
    void revokeOnAccessEnded(@Observes AccessEnded ended) {
        int revoked = em.createNativeQuery("update api_token set revoked_at = now() where person_id = ?1 and"
                + " revoked_at is null").setParameter(1, ended.personId()).executeUpdate();
        if (revoked > 0) {
            audit.record(ended.personId(), null, AuditLog.Action.TOKEN_REVOKED, "person:" + ended.personId(),
                    Map.of("reason", ended.reason().key(), "count", revoked));
        }
    }

    /** The person a presented token belongs to, if it is a live token; notes when it was last used (once a minute). */
    @Transactional
    public Optional<Long> owner(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, person_id, last_used_at < now() - interval '1 minute'"
                + " or last_used_at is null from api_token where token_hash = ?1 and revoked_at is null")
                .setParameter(1, hash(token)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (Boolean.TRUE.equals(row[2])) {
            em.createNativeQuery("update api_token set last_used_at = now() where id = ?1").setParameter(1, row[0])
                    .executeUpdate();
        }
        return Optional.of(((Number) row[1]).longValue());
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
