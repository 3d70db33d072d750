package org.resilib.course;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.resilib.db.ChangeFeed;
import org.resilib.db.ContentEpoch;
import org.resilib.text.LocalizedText;

/**
 * The outline of every published course (titles, summaries, competency codes, modules, no bodies), kept in memory and read by the
 * catalogue, the course and module pages and the dashboard instead of loading course entities per request.
 *
 * <p>It is not kept past a change: each request checks {@code content_epoch}, a number that database triggers bump in
 * the same transaction as any change to {@code course} or {@code course_module} (V19), and that they announce with
 * a notification (V22). When the number moved, the outline is read again (two statements) before anyone uses it, on
 * whichever instance. The number comes from {@link ChangeFeed} without a statement while it listens (a change made
 * here is then read from the database until its notification has surely arrived; one made by another instance is
 * seen when its notification arrives, milliseconds after the commit), else from one small statement per request.
 * So a publication, a reload or an import is seen by the next request here and within milliseconds everywhere, and
 * the cost per request does not grow with the number of courses.
 */
@ApplicationScoped
public class PublishedCourses {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper json;
    private final SeenInRequest seen;
    private final ContentEpoch epochs;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Snapshot snapshot = new Snapshot(-1, List.of());

    PublishedCourses(EntityManager em, ObjectMapper json, SeenInRequest seen, ContentEpoch epochs) {
        this.em = em;
        this.json = json;
        this.seen = seen;
        this.epochs = epochs;
    }

    /** The outline a request has used: one request sees one outline, and reads the epoch once. */
    @RequestScoped
    static class SeenInRequest {
        private Snapshot snapshot;

        // Methods, not field access: the injected reference is a client proxy.
        Snapshot get() {
            return snapshot;
        }

        void set(Snapshot s) {
            snapshot = s;
        }
    }

    /** A published course as the pages show it. */
    public record Outline(long id, String slug, Map<String, String> title, Map<String, String> summary,
            String dimension, String audience, int minutes, boolean hasQuiz, List<String> competencies,
            List<ModuleOutline> modules) {

        public String title(Locale locale) {
            return LocalizedText.pick(title, locale);
        }

        public String summary(Locale locale) {
            return LocalizedText.pick(summary, locale);
        }

        public boolean staffOnly() {
            return Audience.fromKey(audience).map(Audience::staffOnly).orElse(false);
        }

        /** The module with this slug and its index, or -1. */
        public int indexOf(String moduleSlug) {
            for (int i = 0; i < modules.size(); i++) {
                if (modules.get(i).slug().equals(moduleSlug)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** An active (not retired) module of a published course, in course order. */
    public record ModuleOutline(long id, String slug, Map<String, String> title, int position, int minutes) {

        public String title(Locale locale) {
            return LocalizedText.pick(title, locale);
        }
    }

    /** The outline at one epoch: courses by slug and id, and in catalogue order per language (made on first use). */
    public static final class Snapshot {
        private final long epoch;
        private final Map<String, Outline> bySlug = new HashMap<>();
        private final Map<Long, Outline> byId = new HashMap<>();
        private final List<Outline> all;
        private final Map<String, List<Outline>> ordered = new ConcurrentHashMap<>();

        Snapshot(long epoch, List<Outline> courses) {
            this.epoch = epoch;
            this.all = List.copyOf(courses);
            for (Outline o : courses) {
                bySlug.put(o.slug(), o);
                byId.put(o.id(), o);
            }
        }

        public long epoch() {
            return epoch;
        }

        public Outline bySlug(String slug) {
            return bySlug.get(slug);
        }

        public Outline byId(long id) {
            return byId.get(id);
        }

        /** Every published course in catalogue order for this language: by dimension, then title. */
        public List<Outline> ordered(Locale locale) {
            return ordered.computeIfAbsent(locale.toLanguageTag(), tag -> all.stream()
                    .sorted(Comparator.comparing((Outline c) -> Dimension.fromKey(c.dimension())
                            .map(Enum::ordinal).orElse(9)).thenComparing(c -> c.title(locale)))
                    .toList());
        }

        /**
         * Something made from this outline alone (a filtered course list), made once per key at this epoch so that
         * its cost does not recur per request; at most {@link #MEMO_ENTRIES} keys, then made afresh.
         */
        @SuppressWarnings("unchecked")
        public <T> T memo(Object key, java.util.function.Supplier<T> make) {
            Object kept = memos.get(key);
            if (kept == null) {
                kept = make.get();
                if (memos.size() >= MEMO_ENTRIES) {
                    memos.clear();
                }
                memos.put(key, kept);
            }
            return (T) kept;
        }

        private final Map<Object, Object> memos = new ConcurrentHashMap<>();
    }

    static final int MEMO_ENTRIES = 256;

    /**
     * The current outline: one statement per request when nothing changed since the last use, three when something
     * did; none for the request's later uses.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot current() {
        boolean inRequest = Arc.container().requestContext().isActive();
        Snapshot s = inRequest ? seen.get() : null;
        if (s != null) {
            return s;
        }
        s = fresh();
        if (inRequest) {
            seen.set(s);
        }
        return s;
    }

    private Snapshot fresh() {
        long epoch = epoch();
        Snapshot s = snapshot;
        if (s.epoch == epoch) {
            return s;
        }
        loading.lock();
        try {
            s = snapshot;
            if (s.epoch == epoch) {
                return s;
            }
            // What is loaded is at least as new as the number it is kept under: a change committed meanwhile only
            // makes the next request load again. Any other number, older or newer, means load.
            Snapshot loaded = load(epoch);
            snapshot = loaded;
            return loaded;
        } finally {
            loading.unlock();
        }
    }

    private long epoch() {
        return epochs.current();
    }

    private Snapshot load(long epoch) {
        @SuppressWarnings("unchecked")
        List<Object[]> modules = em.createNativeQuery("select m.course_id, m.id, m.slug, cast(m.title as text),"
                + " m.position, m.minutes from course_module m join course c on c.id = m.course_id"
                + " where c.status = 'published' and m.retired = false order by m.course_id, m.position, m.id")
                .getResultList();
        Map<Long, List<ModuleOutline>> byCourse = new HashMap<>();
        for (Object[] r : modules) {
            byCourse.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new ModuleOutline(
                    ((Number) r[1]).longValue(), (String) r[2], texts((String) r[3]), ((Number) r[4]).intValue(),
                    ((Number) r[5]).intValue()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, slug, cast(title as text), cast(summary as text),"
                + " dimension, audience, minutes, coalesce(btrim(quiz_gift) <> '', false), cast(competencies as text)"
                + " from course where status = 'published'").getResultList();
        List<Outline> courses = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            courses.add(new Outline(id, (String) r[1], texts((String) r[2]), texts((String) r[3]), (String) r[4],
                    (String) r[5], ((Number) r[6]).intValue(), (Boolean) r[7], CourseEvidence.codes((String) r[8]),
                    List.copyOf(byCourse.getOrDefault(id, List.of()))));
        }
        return new Snapshot(epoch, courses);
    }

    /** A body of a module in the outline, per language, as kept: made at one epoch, for one module. */
    private record Body(long epoch, long moduleId) {
    }

    /**
     * The HTML of a module of the outline, per language, from memory when read before at the outline's epoch (one
     * statement when not): module pages show it to everyone alike, and a change to any course or module moves the
     * epoch, so a body is never served past a change. Bounded by its characters ({@link #BODY_CHARS}).
     */
    public Map<String, String> body(Snapshot outline, long moduleId) {
        return bodies.get(new Body(outline.epoch(), moduleId), k -> texts((String) em.createNativeQuery(
                "select cast(body_html as text) from course_module where id = ?1").setParameter(1, moduleId)
                .getSingleResult()));
    }

    static final long BODY_CHARS = 4L << 20;

    private final Cache<Body, Map<String, String>> bodies = Caffeine.newBuilder().maximumWeight(BODY_CHARS)
            .weigher((Body k, Map<String, String> v) -> 16 + v.values().stream().mapToInt(String::length).sum())
            .build();

    /** A per-language text column ({@code jsonb} read as text) as a map from language tag to text. */
    public Map<String, String> texts(String value) {
        if (value == null) {
            return Map.of();
        }
        try {
            return Collections.unmodifiableMap(new LinkedHashMap<>(json.readValue(value, TEXTS)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A per-language text is not a JSON object", e);
        }
    }
}
