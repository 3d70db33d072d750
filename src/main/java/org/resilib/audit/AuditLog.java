package org.resilib.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.resilib.db.SqlArrays;
import org.resilib.web.ClientAddress;

/**
 * The audit log: one row per security-relevant event, written in the caller's transaction (so an event is recorded
 * exactly when what it describes is committed), or in its own when there is none, as for failed sign-ins.
 */
@ApplicationScoped
public class AuditLog {

    /** The actions recorded; the admin page filters by these. */
    public enum Action {
        SIGN_IN, SIGN_IN_FAILED, ACCOUNT_LOCKED, PASSWORD_CHANGED, PASSWORD_RESET_REQUESTED, PASSWORD_RESET,
        ROLES_CHANGED, ACCOUNT_DEACTIVATED, TOKEN_CREATED, TOKEN_REVOKED, CONTENT_RELOADED, GRADE_CHANGED,
        ASSESSMENT_RECORDED, CREDENTIAL_REVOKED, FRAMEWORK_CHANGED, SETTINGS_CHANGED, SSO_LINKED, DATA_EXPORTED, PERSON_ANONYMISED,
        COURSE_CREATED, COURSE_PUBLISHED, COURSE_AUTHORS_CHANGED, COURSE_DETACHED, EMERGENCY_DECLARED, EMERGENCY_ENDED,
        NOTICE_CHANGED, RESOURCE_CHANGED, GUIDE_CHANGED, FAQ_CHANGED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Event(long id, Instant at, Long actorId, String actor, String action, String target,
            String detail, String address) {
        /** The bundle key naming the action on the admin page. */
        public String label() {
            return "audit_" + action;
        }
    }

    public record Filter(String action, String actor, Instant from, Instant to) {
    }

    private static final TypeReference<LinkedHashMap<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper json;
    private final ClientAddress address;

    AuditLog(EntityManager em, ObjectMapper json, ClientAddress address) {
        this.em = em;
        this.json = json;
        this.address = address;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(Long actorId, String actor, Action action, String target, Map<String, ?> detail) {
        String details;
        try {
            details = json.writeValueAsString(detail == null ? Map.of() : detail);
        } catch (JsonProcessingException e) {
            details = "{}";
        }
        em.createNativeQuery("insert into audit_event (actor_id, actor, action, target, detail, address) values"
                + " (?1, coalesce(?2, (select email from person where id = ?1)), ?3, ?4, cast(?5 as jsonb), ?6)").setParameter(1, actorId)
                .setParameter(2, truncate(actor, 254)).setParameter(3, action.key()).setParameter(4, truncate(target, 300))
                .setParameter(5, details).setParameter(6, address()).executeUpdate();
    }

    /** Records in a transaction of its own: for events whose request fails, such as a refused sign-in. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(Long actorId, String actor, Action action, String target, Map<String, ?> detail) {
        record(actorId, actor, action, target, detail);
    }

    /** The newest events first, filtered; {@code limit + 1} are read so the page knows whether more exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Event> search(Filter f, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select id, at, actor_id, actor, action, target, cast(detail as text),"
                + " address from audit_event where true");
        List<Object> params = new ArrayList<>();
        if (f.action() != null) {
            params.add(f.action());
            sql.append(" and action = ?").append(params.size());
        }
        if (f.actor() != null) {
            params.add(f.actor().toLowerCase(Locale.ROOT));
            sql.append(" and strpos(lower(coalesce(actor, '')), ?").append(params.size()).append(") > 0");
        }
        if (f.from() != null) {
            params.add(f.from());
            sql.append(" and at >= ?").append(params.size());
        }
        if (f.to() != null) {
            params.add(f.to());
            sql.append(" and at < ?").append(params.size());
        }
        sql.append(" order by at desc, id desc offset ").append(Math.max(0, offset)).append(" limit ").append(limit + 1);
        var q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        List<Event> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new Event(((Number) r[0]).longValue(), (Instant) r[1], r[2] == null ? null : ((Number) r[2]).longValue(),
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7]));
        }
        return out;
    }

    /**
     * The events as the admin page reads them (see {@link AuditEntries}): one more statement for the names of the
     * people they name, whatever their number.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntries.Entry> entries(List<Event> events) {
        List<Map<String, Object>> details = events.stream().map(e -> details(e.detail())).toList();
        Set<Long> ids = AuditEntries.people(events, details);
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, display_name, email from person where id ="
                    + " any(cast(?1 as bigint[]))").setParameter(1, SqlArrays.bigints(ids)).getResultList();
            rows.forEach(r -> names.put(((Number) r[0]).longValue(), r[1] + " (" + r[2] + ")"));
        }
        return AuditEntries.of(events, details, names);
    }

    private Map<String, Object> details(String detail) {
        try {
            return detail == null ? Map.of() : json.readValue(detail, DETAILS);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    /** The client's address as the HTTP layer sees it (after trusted proxy headers), or null outside a request. */
    public String address() {
        return address.get();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
