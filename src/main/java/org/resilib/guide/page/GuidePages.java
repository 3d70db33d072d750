package org.resilib.guide.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resilib.db.ContentEpoch;
import org.resilib.text.LocalizedText;
import org.resilib.text.Markdown;

/**
 * The published guides with their sections, from memory under the content epoch (the triggers on both tables bump
 * it, V33), each section's sanitized HTML made once per language.
 */
@ApplicationScoped
public class GuidePages {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };
    private static final Pattern QUESTION = Pattern.compile("(?m)^ {0,3}## +(.+)$");

    /** A guide as kept (a draft being previewed has a negative id and is never cached). */
    public record Guide(long id, String slug, Map<String, String> title, Map<String, String> summary,
            boolean emergency, String status, List<Section> sections) {

        public String title(Locale locale) {
            return LocalizedText.pick(title, locale);
        }

        public String summary(Locale locale) {
            return LocalizedText.pick(summary, locale);
        }
    }

    /** A section as kept: texts per language, its embed (or null), whether it is an FAQ. */
    public record Section(int position, String slug, Map<String, String> title, Map<String, String> body,
            Embed embed, boolean faq) {
    }

    /** One question of an FAQ section and its answer (sanitized HTML and plain text). */
    public record Question(String question, String answerHtml, String answerText) {
    }

    record Snapshot(long epoch, Map<String, Guide> bySlug) {
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final ContentEpoch epochs;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Snapshot snapshot = new Snapshot(Long.MIN_VALUE, Map.of());
    private final Map<String, String> html = new ConcurrentHashMap<>();
    private final Map<String, List<Question>> questions = new ConcurrentHashMap<>();

    GuidePages(EntityManager em, ObjectMapper json, ContentEpoch epochs) {
        this.em = em;
        this.json = json;
        this.epochs = epochs;
    }

    /** The published guides, the emergency guide first, then by title. */
    public List<Guide> published() {
        return fresh().bySlug().values().stream().filter(g -> g.status().equals("published"))
                .sorted(Comparator.comparing((Guide g) -> !g.emergency()).thenComparing(Guide::slug)).toList();
    }

    /** A guide by slug (drafts too: the caller decides who may read one). */
    public Optional<Guide> bySlug(String slug) {
        return Optional.ofNullable(fresh().bySlug().get(slug));
    }

    /** The published emergency guide, if there is one. */
    public Optional<Guide> emergencyGuide() {
        return published().stream().filter(Guide::emergency).findFirst();
    }

    /** A section's body as sanitized HTML in the language picked for {@code locale}. */
    public String html(Guide g, Section s, Locale locale) {
        String tag = LocalizedText.pickKey(s.body(), locale);
        if (g.id() < 0) {
            return Markdown.toSafeHtml(tag == null ? "" : s.body().get(tag));
        }
        return html.computeIfAbsent(snapshot.epoch() + "/" + g.id() + "/" + s.position() + "/" + tag,
                k -> Markdown.toSafeHtml(tag == null ? "" : s.body().get(tag)));
    }

    /** The questions and answers of an FAQ section, in the language picked for {@code locale}. */
    public List<Question> questions(Guide g, Section s, Locale locale) {
        String tag = LocalizedText.pickKey(s.body(), locale);
        if (g.id() < 0) {
            return split(tag == null ? "" : s.body().get(tag));
        }
        return questions.computeIfAbsent(snapshot.epoch() + "/" + g.id() + "/" + s.position() + "/" + tag,
                k -> split(tag == null ? "" : s.body().get(tag)));
    }

    /** An FAQ body cut at its {@code ##} headings: each heading a question, what follows it the answer. */
    static List<Question> split(String body) {
        List<Question> out = new ArrayList<>();
        Matcher m = QUESTION.matcher(body);
        List<int[]> at = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        while (m.find()) {
            at.add(new int[] {m.start(), m.end()});
            asked.add(m.group(1).strip());
        }
        for (int i = 0; i < at.size(); i++) {
            String answer = body.substring(at.get(i)[1], i + 1 < at.size() ? at.get(i + 1)[0] : body.length())
                    .strip();
            out.add(new Question(Markdown.plainText(asked.get(i)), Markdown.toSafeHtml(answer),
                    Markdown.plainText(answer)));
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
            if (s.epoch() == epoch) {
                return s;
            }
            Snapshot loaded = new Snapshot(epoch, load());
            html.clear();
            questions.clear();
            snapshot = loaded;
            return loaded;
        } finally {
            loading.unlock();
        }
    }

    private Map<String, Guide> load() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.id, p.slug, cast(p.title as text), cast(p.summary as"
                + " text), p.emergency, p.status, s.position, s.slug, cast(s.title as text), cast(s.body as text),"
                + " cast(s.embed as text), s.faq from guide_page p left join guide_section s on s.page_id = p.id"
                + " order by p.id, s.position").getResultList();
        Map<Long, Object[]> pages = new LinkedHashMap<>();
        Map<Long, List<Section>> sections = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            pages.putIfAbsent(id, r);
            List<Section> list = sections.computeIfAbsent(id, k -> new ArrayList<>());
            if (r[6] != null) {
                Map<String, String> embed = r[10] == null ? null : texts(r[10]);
                Embed e = null;
                if (embed != null) {
                    e = Embed.of(embed, new ArrayList<>()).orElse(null);
                }
                list.add(new Section(((Number) r[6]).intValue(), (String) r[7], texts(r[8]), texts(r[9]), e,
                        Boolean.TRUE.equals(r[11])));
            }
        }
        Map<String, Guide> out = new LinkedHashMap<>();
        pages.forEach((id, r) -> out.put((String) r[1], new Guide(id, (String) r[1], texts(r[2]), texts(r[3]),
                Boolean.TRUE.equals(r[4]), (String) r[5], List.copyOf(sections.get(id)))));
        return Map.copyOf(out);
    }

    private Map<String, String> texts(Object value) {
        try {
            return value == null ? Map.of() : json.readValue((String) value, TEXTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable texts in a guide", e);
        }
    }
}
