package org.resilib.guide.emergency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resilib.audit.AuditLog;
import org.resilib.consult.ServiceCalendar;
import org.resilib.db.ChangeFeed;
import org.resilib.guide.DeclaredEmergency;
import org.resilib.guide.GuideState;
import org.resilib.guide.plan.PlanService;
import org.resilib.web.DomainException;

/**
 * Declaring and ending emergencies. At most one is open (a partial unique index decides between simultaneous
 * declarations on any instance); ending one is a time on its row, so nothing is left to reset: the banner, the home
 * page's guide and the status all follow the open row.
 */
@ApplicationScoped
public class EmergencyService {

    /** Fired when a declaration that mails everyone commits, so this instance starts queueing at once. */
    public record MailingStarted(long emergencyId) {
    }

    /** An emergency of the history with how far its mailing got (queued is null when it mails nobody). */
    public record Past(DeclaredEmergency emergency, Integer queued, boolean mailingFinished) {
    }

    static final int HISTORY = 100;

    private final EntityManager em;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final GuideState state;
    private final ChangeFeed feed;
    private final Event<MailingStarted> mailing;
    private final PlanService plan;
    private final ServiceCalendar consultation;

    EmergencyService(EntityManager em, ObjectMapper json, AuditLog audit, GuideState state, ChangeFeed feed,
            Event<MailingStarted> mailing, PlanService plan, ServiceCalendar consultation) {
        this.consultation = consultation;
        this.plan = plan;
        this.em = em;
        this.json = json;
        this.audit = audit;
        this.state = state;
        this.feed = feed;
        this.mailing = mailing;
    }

    /** Declares an emergency; 409 when one is open already. Returns it as stored. */
    @Transactional
    public DeclaredEmergency declare(Declaration d, Long actorId, String by) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("insert into emergency (title, message, starts_at, expected_end_at,"
                + " affected, mail_everyone, declared_by) values (cast(?1 as jsonb), cast(?2 as jsonb), ?3,"
                + " cast(?4 as timestamptz), cast(string_to_array(?5, ',') as varchar(20)[]), ?6, ?7)"
                + " on conflict do nothing returning " + GuideState.EMERGENCY_COLUMNS)
                .setParameter(1, write(d.title())).setParameter(2, write(d.message())).setParameter(3, d.startsAt())
                .setParameter(4, d.expectedEndAt()).setParameter(5, String.join(",", d.affected()))
                .setParameter(6, d.mailEveryone()).setParameter(7, by).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.conflict("emergency", "guide_error_emergency_open");
        }
        DeclaredEmergency e = state.emergency(rows.get(0));
        if (d.mailEveryone()) {
            em.createNativeQuery("insert into emergency_mailing (emergency_id) values (?1)").setParameter(1, e.id())
                    .executeUpdate();
            mailing.fire(new MailingStarted(e.id()));
        }
        plan.startChecklist(e.id());
        consultation.aroundTheClock(e.id(), e.startsAt(), null);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("title", d.title());
        detail.put("mail", d.mailEveryone());
        audit.record(actorId, by, AuditLog.Action.EMERGENCY_DECLARED, "emergency:" + e.id(), detail);
        feed.contentChangedInThisTransaction();
        return e;
    }

    /** Ends the open emergency with this id: 404 for no such emergency, 409 for one already ended. */
    @Transactional
    public DeclaredEmergency end(long id, Long actorId, String by) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("update emergency set ended_at = greatest(now(), declared_at),"
                + " ended_by = ?2 where id = ?1 and ended_at is null returning " + GuideState.EMERGENCY_COLUMNS)
                .setParameter(1, id).setParameter(2, by).getResultList();
        if (rows.isEmpty()) {
            boolean exists = !em.createNativeQuery("select 1 from emergency where id = ?1").setParameter(1, id)
                    .getResultList().isEmpty();
            throw exists ? DomainException.conflict("emergency", "guide_error_emergency_none")
                    : new DomainException(404, null, "guide_error_emergency_none");
        }
        audit.record(actorId, by, AuditLog.Action.EMERGENCY_ENDED, "emergency:" + id, Map.of());
        feed.contentChangedInThisTransaction();
        DeclaredEmergency ended = state.emergency(rows.get(0));
        consultation.aroundTheClock(id, ended.startsAt(), ended.endedAt());
        return ended;
    }

    /** The declared emergencies, newest first (at most {@link #HISTORY}), with their mailing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Past> history() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + GuideState.EMERGENCY_COLUMNS + ", (select m.queued"
                + " from emergency_mailing m where m.emergency_id = emergency.id), (select m.finished_at is not null"
                + " from emergency_mailing m where m.emergency_id = emergency.id) from emergency"
                + " order by declared_at desc, id desc limit ?1").setParameter(1, HISTORY).getResultList();
        return rows.stream().map(r -> new Past(state.emergency(r), r[11] == null ? null : ((Number) r[11]).intValue(),
                Boolean.TRUE.equals(r[12]))).toList();
    }

    /** One emergency of the history, or 404. */
    public DeclaredEmergency get(long id) {
        return state.emergencyById(id);
    }

    private String write(Map<String, String> texts) {
        try {
            return json.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
