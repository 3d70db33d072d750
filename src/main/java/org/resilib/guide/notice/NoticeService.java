package org.resilib.guide.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.resilib.audit.AuditLog;
import org.resilib.db.ChangeFeed;
import org.resilib.guide.GuideState;
import org.resilib.guide.PostedNotice;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;

/** Writing notices (editors and admins) and finding one for a reader. */
@ApplicationScoped
public class NoticeService {

    static final int MANAGED = 300;

    private final EntityManager em;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final GuideState state;
    private final ChangeFeed feed;

    NoticeService(EntityManager em, ObjectMapper json, AuditLog audit, GuideState state, ChangeFeed feed) {
        this.em = em;
        this.json = json;
        this.audit = audit;
        this.state = state;
        this.feed = feed;
    }

    @Transactional
    public PostedNotice create(NoticeDraft d, Long actorId, String by) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("insert into notice (title, body, severity, audience, publish_at,"
                + " expires_at, created_by) values (cast(?1 as jsonb), cast(?2 as jsonb), ?3, ?4, ?5,"
                + " cast(?6 as timestamptz), ?7) returning " + GuideState.NOTICE_COLUMNS)
                .setParameter(1, write(d.title())).setParameter(2, write(d.body()))
                .setParameter(3, d.severity().key()).setParameter(4, d.audience().key())
                .setParameter(5, d.publishAt()).setParameter(6, d.expiresAt()).setParameter(7, by).getResultList();
        PostedNotice n = state.notice(rows.get(0));
        changed(actorId, by, n.id(), "created");
        return n;
    }

    @Transactional
    public PostedNotice update(long id, NoticeDraft d, Long actorId, String by) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("update notice set title = cast(?2 as jsonb), body ="
                + " cast(?3 as jsonb), severity = ?4, audience = ?5, publish_at = ?6, expires_at ="
                + " cast(?7 as timestamptz), updated_at = now() where id = ?1 returning " + GuideState.NOTICE_COLUMNS)
                .setParameter(1, id).setParameter(2, write(d.title())).setParameter(3, write(d.body()))
                .setParameter(4, d.severity().key()).setParameter(5, d.audience().key())
                .setParameter(6, d.publishAt()).setParameter(7, d.expiresAt()).getResultList();
        if (rows.isEmpty()) {
            throw notFound();
        }
        changed(actorId, by, id, "updated");
        return state.notice(rows.get(0));
    }

    @Transactional
    public void delete(long id, Long actorId, String by) {
        if (em.createNativeQuery("delete from notice where id = ?1").setParameter(1, id).executeUpdate() == 0) {
            throw notFound();
        }
        changed(actorId, by, id, "deleted");
    }

    /** Every notice, expired and scheduled ones too, the newest first (for editors). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PostedNotice> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + GuideState.NOTICE_COLUMNS + " from notice order by"
                + " publish_at desc, id desc limit ?1").setParameter(1, MANAGED).getResultList();
        return rows.stream().map(state::notice).toList();
    }

    /**
     * The notice for this reader: editors see any; others one that is published and for them (expired ones stay
     * readable at their address, marked so). 404 otherwise, saying nothing of notices they may not see.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PostedNotice forReader(long id, Viewer viewer) {
        PostedNotice n = state.unexpired().stream().filter(x -> x.id() == id).findFirst().orElseGet(() -> load(id));
        if (viewer.isEditor()) {
            return n;
        }
        if (n.publishAt().isAfter(Instant.now()) || !n.audience().includes(viewer)) {
            throw notFound();
        }
        return n;
    }

    private PostedNotice load(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + GuideState.NOTICE_COLUMNS + " from notice where id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw notFound();
        }
        return state.notice(rows.get(0));
    }

    private void changed(Long actorId, String by, long id, String what) {
        audit.record(actorId, by, AuditLog.Action.NOTICE_CHANGED, "notice:" + id, Map.of("change", what));
        feed.contentChangedInThisTransaction();
    }

    private static DomainException notFound() {
        return new DomainException(404, null, "guide_not_found_notice");
    }

    private String write(Map<String, String> texts) {
        try {
            return json.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
