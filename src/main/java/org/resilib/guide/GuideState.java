package org.resilib.guide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.resilib.db.ContentEpoch;
import org.resilib.db.SqlTimes;
import org.resilib.web.DomainException;

/**
 * The open emergency and the notices not yet expired, from memory: kept under the content epoch, which the
 * triggers on both tables bump (V32), so a declaration, an end or a notice made on any instance is seen by the next
 * request everywhere. What is current at a moment (started, published, not expired) is decided per request from
 * the times kept, so a notice appears and expires on its own.
 */
@ApplicationScoped
public class GuideState {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    /** The notices in the order lists show them: most severe first, then the newest. */
    public static final Comparator<PostedNotice> ORDER = Comparator
            .comparing((PostedNotice n) -> n.severity().ordinal()).reversed()
            .thenComparing(PostedNotice::publishAt, Comparator.reverseOrder())
            .thenComparing(PostedNotice::id, Comparator.reverseOrder());

    public record Snapshot(long epoch, Optional<DeclaredEmergency> open, List<PostedNotice> notices) {
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final ContentEpoch epochs;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Snapshot snapshot = new Snapshot(Long.MIN_VALUE, Optional.empty(), List.of());

    GuideState(EntityManager em, ObjectMapper json, ContentEpoch epochs) {
        this.em = em;
        this.json = json;
        this.epochs = epochs;
    }

    /** The emergency declared and not ended (it may not have started yet). */
    public Optional<DeclaredEmergency> openEmergency() {
        return fresh().open();
    }

    /** The emergency the banner shows now, if any. */
    public Optional<DeclaredEmergency> showing(Instant now) {
        return openEmergency().filter(e -> e.showing(now));
    }

    /** Every notice not expired (also those still to be published), in {@link #ORDER}. */
    public List<PostedNotice> unexpired() {
        return fresh().notices();
    }

    /** The notices published and not expired at {@code now}, in {@link #ORDER}. */
    public List<PostedNotice> current(Instant now) {
        return unexpired().stream().filter(n -> n.current(now)).toList();
    }

    /**
     * What was last loaded, without asking the database whether it is current: for where no statement may run (an
     * error page rendered on an I/O thread).
     */
    public Snapshot peek() {
        return snapshot;
    }

    private Snapshot fresh() {
        long epoch = epochs.current();
        Snapshot s = snapshot;
        if (s.epoch() == epoch) {
            return s;
        }
        loading.lock();
        try {
            s = snapshot;
            if (s.epoch() == epoch) {
                return s;
            }
            // Loaded after the epoch was read, so at least as new as the number it is kept under.
            Snapshot loaded = new Snapshot(epoch, loadOpen(), loadNotices());
            snapshot = loaded;
            return loaded;
        } finally {
            loading.unlock();
        }
    }

    private Optional<DeclaredEmergency> loadOpen() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + EMERGENCY_COLUMNS + " from emergency where ended_at"
                + " is null").getResultList();
        return rows.stream().findFirst().map(this::emergency);
    }

    /** Any declared emergency by id (the history too), read from the database; 404 when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeclaredEmergency emergencyById(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + EMERGENCY_COLUMNS + " from emergency where id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new DomainException(404, null, "guide_error_emergency_none");
        }
        return emergency(rows.get(0));
    }

    /** An emergency from a row of {@link #EMERGENCY_COLUMNS}. */
    public DeclaredEmergency emergency(Object[] r) {
        String affected = (String) r[5];
        return new DeclaredEmergency(((Number) r[0]).longValue(), texts(r[1]), texts(r[2]), SqlTimes.instant(r[3]),
                SqlTimes.instant(r[4]), affected == null || affected.isEmpty() ? List.of() : Arrays.asList(affected.split(",")),
                (Boolean) r[6], (String) r[7], SqlTimes.instant(r[8]), SqlTimes.instant(r[9]), (String) r[10]);
    }

    /** The columns of an emergency, as {@link #emergency} reads them. */
    public static final String EMERGENCY_COLUMNS = "id, cast(title as text), cast(message as text), starts_at,"
            + " expected_end_at, array_to_string(affected, ','), mail_everyone, declared_by, declared_at, ended_at,"
            + " ended_by";

    /** The columns of a notice, as {@link #notice} reads them. */
    public static final String NOTICE_COLUMNS = "id, cast(title as text), cast(body as text), severity, audience,"
            + " publish_at, expires_at, created_by, updated_at";

    private List<PostedNotice> loadNotices() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + NOTICE_COLUMNS + " from notice where expires_at is null"
                + " or expires_at > now()").getResultList();
        return rows.stream().map(this::notice).sorted(ORDER).toList();
    }

    /** A notice from a row of {@link #NOTICE_COLUMNS}. */
    public PostedNotice notice(Object[] r) {
        return new PostedNotice(((Number) r[0]).longValue(), texts(r[1]), texts(r[2]),
                Severity.fromKey((String) r[3]).orElse(Severity.INFO),
                NoticeAudience.fromKey((String) r[4]).orElse(NoticeAudience.EVERYONE), SqlTimes.instant(r[5]), SqlTimes.instant(r[6]),
                (String) r[7], SqlTimes.instant(r[8]));
    }

    private Map<String, String> texts(Object value) {
        try {
            return value == null ? Map.of() : json.readValue((String) value, TEXTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable texts in the guide's tables", e);
        }
    }
}
