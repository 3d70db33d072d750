package org.resilib.consult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.resilib.audit.AuditLog;
import org.resilib.db.ChangeFeed;
import org.resilib.db.ContentEpoch;
import org.resilib.text.LocalizedText;
import org.resilib.web.DomainException;

/**
 * The FAQ: entries made from answered questions, kept in a snapshot renewed when the content epoch moves (a trigger
 * on the table), so pages that show it run no statement for it. Search is in that snapshot: every word of the query
 * must occur in the entry (case-insensitive); a word of Chinese characters, which PostgreSQL's parser does not split,
 * counts as found when most of its two-character pieces occur, and entries are ranked by how many pieces matched.
 */
@ApplicationScoped
public class Faq {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };
    static final int MAX_TEXT = 10_000;

    /** An entry: question and answer per language. */
    public record Entry(long id, Map<String, String> question, Map<String, String> answer, Category category) {
        public String question(Locale locale) {
            return LocalizedText.pick(question, locale);
        }

        public String answer(Locale locale) {
            return LocalizedText.pick(answer, locale);
        }

        String haystack() {
            return (String.join(" ", question.values()) + " " + String.join(" ", answer.values()))
                    .toLowerCase(Locale.ROOT);
        }
    }

    private record Snapshot(long epoch, List<Entry> entries) {
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final ContentEpoch epochs;
    /** Told of each change, so that this instance's next request reads the new epoch instead of waiting for it. */
    private final ChangeFeed feed;
    private final AuditLog audit;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Snapshot snapshot = new Snapshot(Long.MIN_VALUE, List.of());

    Faq(EntityManager em, ObjectMapper json, ContentEpoch epochs, AuditLog audit, ChangeFeed feed) {
        this.feed = feed;
        this.em = em;
        this.json = json;
        this.epochs = epochs;
        this.audit = audit;
    }

    /** The entries, newest first. */
    public List<Entry> all() {
        return fresh().entries();
    }

    /** The entries matching {@code query} (all when blank), best first. */
    public List<Entry> search(String query) {
        List<Entry> entries = all();
        if (query == null || query.isBlank()) {
            return entries;
        }
        List<String> words = List.of(query.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        List<Map.Entry<Entry, Integer>> scored = new ArrayList<>();
        for (Entry e : entries) {
            String text = e.haystack();
            int score = 0;
            boolean all = true;
            for (String w : words) {
                int s = score(text, w);
                if (s == 0) {
                    all = false;
                    break;
                }
                score += s;
            }
            if (all) {
                scored.add(Map.entry(e, score));
            }
        }
        return scored.stream().sorted(Comparator.comparing((Map.Entry<Entry, Integer> x) -> -x.getValue()))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * The entries that may answer a question being typed, best first: those sharing the most of its words (at
     * least two, or its only one), at most {@code limit}.
     */
    public List<Entry> suggest(String text, int limit) {
        Set<String> words = HotWords.words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        int needed = Math.min(2, words.size());
        List<Map.Entry<Entry, Integer>> scored = new ArrayList<>();
        for (Entry e : all()) {
            String haystack = e.haystack();
            int shared = (int) words.stream().filter(haystack::contains).count();
            if (shared >= needed) {
                scored.add(Map.entry(e, shared));
            }
        }
        return scored.stream().sorted(Comparator.comparing((Map.Entry<Entry, Integer> x) -> -x.getValue()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    /** How well one word occurs: 0 for not at all. */
    static int score(String text, String word) {
        if (text.contains(word)) {
            return word.length() * 2;
        }
        if (word.codePoints().allMatch(Faq::han) && word.codePointCount(0, word.length()) >= 3) {
            int[] cps = word.codePoints().toArray();
            int pieces = cps.length - 1;
            int found = 0;
            for (int i = 0; i < pieces; i++) {
                if (text.contains(new String(cps, i, 2))) {
                    found++;
                }
            }
            return found * 2 >= pieces + 1 ? found : 0;
        }
        return 0;
    }

    private static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Adds an entry, in both languages or one; returns its id. */
    @Transactional
    public long add(Map<String, String> question, Map<String, String> answer, String category, Long fromQuestion,
            long by) {
        Map<String, String> q = texts(question);
        Map<String, String> a = texts(answer);
        if (q.isEmpty()) {
            throw DomainException.badRequest("question", "consult_error_faq_question");
        }
        if (a.isEmpty()) {
            throw DomainException.badRequest("answer", "consult_error_faq_answer");
        }
        for (String tag : q.keySet()) {
            if (!a.containsKey(tag)) {
                throw DomainException.badRequest("answer", "consult_error_faq_answer");
            }
        }
        if ((q.values().stream().anyMatch(t -> t.length() > 500)) || a.values().stream()
                .anyMatch(t -> t.length() > MAX_TEXT)) {
            throw DomainException.badRequest("answer", "consult_error_too_long");
        }
        Category c = Category.fromKey(category == null ? "" : category)
                .orElseThrow(() -> DomainException.badRequest("category", "consult_error_category"));
        if (fromQuestion != null && ((Number) em.createNativeQuery("select count(*) from consult_question where id"
                + " = ?1").setParameter(1, fromQuestion).getSingleResult()).intValue() == 0) {
            throw new DomainException(404, null, "consult_not_found_question");
        }
        try {
            long id = ((Number) em.createNativeQuery("insert into consult_faq (question, answer, category,"
                    + " from_question_id, created_by) values (cast(?1 as jsonb), cast(?2 as jsonb), ?3, ?4, ?5)"
                    + " returning id").setParameter(1, json.writeValueAsString(q))
                    .setParameter(2, json.writeValueAsString(a)).setParameter(3, c.key()).setParameter(4, fromQuestion)
                    .setParameter(5, by).getSingleResult()).longValue();
            audit.record(by, null, AuditLog.Action.FAQ_CHANGED, "faq:" + id, Map.of("change", "added"));
            feed.contentChangedInThisTransaction();
            return id;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public void delete(long id, long by) {
        if (em.createNativeQuery("delete from consult_faq where id = ?1").setParameter(1, id).executeUpdate() == 0) {
            throw new DomainException(404, null, "consult_not_found_faq");
        }
        audit.record(by, null, AuditLog.Action.FAQ_CHANGED, "faq:" + id, Map.of("change", "deleted"));
        feed.contentChangedInThisTransaction();
    }

    private static Map<String, String> texts(Map<String, String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        if (given != null) {
            for (String tag : List.of("zh-CN", "en")) {
                String t = given.get(tag);
                if (t != null && !t.isBlank()) {
                    out.put(tag, t.strip());
                }
            }
        }
        return out;
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
            if (s.epoch() != epoch) {
                s = new Snapshot(epoch, QuarkusTransaction.joiningExisting().call(this::load));
                snapshot = s;
            }
            return s;
        } finally {
            loading.unlock();
        }
    }

    private List<Entry> load() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, cast(question as text), cast(answer as text), category"
                + " from consult_faq order by created_at desc, id desc").getResultList();
        List<Entry> out = new ArrayList<>();
        for (Object[] r : rows) {
            try {
                out.add(new Entry(((Number) r[0]).longValue(), json.readValue((String) r[1], TEXTS),
                        json.readValue((String) r[2], TEXTS), Category.fromKey((String) r[3]).orElse(Category.OTHER)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(out);
    }
}
