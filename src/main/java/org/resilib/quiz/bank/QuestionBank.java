package org.resilib.quiz.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jakarta.persistence.EntityManager;
import org.resilib.content.QuizContentLoaded;
import org.resilib.gift.GiftAnswer;
import org.resilib.gift.GiftParser;
import org.resilib.gift.GiftQuestion;
import org.resilib.gift.GiftTranslation;
import org.resilib.gift.GiftWriter;
import org.resilib.gift.MatchPair;
import org.resilib.gift.QuestionType;
import org.resilib.quiz.bank.Question;
import org.resilib.quiz.bank.QuestionContent;
import org.resilib.quiz.bank.QuestionVersion;
import org.resilib.text.Sha256;

/**
 * Keeps a course's question bank in step with its GIFT file and its translations. A question is matched by its key
 * (category and title, or its position when untitled); a changed question (or a changed translation of it) gets a new
 * version, a vanished one is retired, never deleted. A translated question that does not fit the original
 * ({@link GiftTranslation}) is left out, and the question is shown in the original.
 */
@ApplicationScoped
public class QuestionBank {

    private final ObjectMapper json;

    QuestionBank(ObjectMapper json) {
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onContent(@Observes QuizContentLoaded event) {
        List<GiftQuestion> parsed = event.gift() == null ? List.of() : GiftParser.parse(event.gift()).questions();
        Map<String, List<GiftQuestion>> translations = new TreeMap<>();
        event.translations().forEach((language, gift) -> translations.put(language,
                GiftParser.parse(gift).questions()));
        sync(event.courseId(), parsed, event.language(), translations, event.loadedBy());
    }

    @Transactional
    public void sync(long courseId, List<GiftQuestion> questions, String by) {
        sync(courseId, questions, QuizContentLoaded.DEFAULT_LANGUAGE, Map.of(), by);
    }

    /** The bank from the quiz's questions, written in {@code language}, and its translations' (by language). */
    @Transactional
    public void sync(long courseId, List<GiftQuestion> questions, String language,
            Map<String, List<GiftQuestion>> translations, String by) {
        Map<String, Map<String, GiftQuestion>> fitting = new TreeMap<>();
        translations.forEach((tag, translated) -> fitting.put(tag,
                GiftTranslation.check(questions, translated).byKey()));
        Map<String, Question> existing = new HashMap<>();
        Question.<Question>list("courseId", courseId).forEach(q -> existing.put(q.key, q));
        List<String> keys = GiftTranslation.keys(questions);
        int position = 0;
        for (GiftQuestion g : questions) {
            String key = keys.get(position);
            position++;
            Map<String, QuestionTranslation> translated = new LinkedHashMap<>();
            fitting.forEach((tag, byKey) -> {
                GiftQuestion t = byKey.get(key);
                if (t != null) {
                    translated.put(tag, QuestionTranslation.of(t));
                }
            });
            Question q = existing.remove(key);
            if (q == null) {
                q = new Question();
                q.courseId = courseId;
                q.key = key;
                q.persist();
            }
            q.category = g.category();
            q.position = position;
            q.retired = false;
            String hash = hash(g, translated);
            QuestionVersion current = q.currentVersionId == null ? null : QuestionVersion.findById(q.currentVersionId);
            if (current == null || !current.contentHash.equals(hash)) {
                QuestionVersion v = toVersion(g, hash, by);
                v.translations = translated;
                v.language = Locale.forLanguageTag(language).toLanguageTag();
                v.questionId = q.id;
                v.version = current == null ? 1 : current.version + 1;
                v.persist();
                q.currentVersionId = v.id;
            }
        }
        existing.values().forEach(q -> q.retired = true);
    }

    /** A question of the bank as instructors see it. */
    public record BankEntry(long id, String category, int position, int version, QuestionType type, String title,
            String text, boolean retired) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BankEntry> entries(long courseId) {
        return em().createQuery("select q, v from Question q, QuestionVersion v where v.id = q.currentVersionId and"
                + " q.courseId = :c order by q.retired, q.category, q.position", Object[].class)
                .setParameter("c", courseId).getResultList().stream().map(row -> {
                    Question q = (Question) row[0];
                    QuestionVersion v = (QuestionVersion) row[1];
                    return new BankEntry(q.id, q.category, q.position, v.version, v.questionType(), v.title, v.text, q.retired);
                }).toList();
    }

    /** The course's current questions as GIFT, which imports back to the same questions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String exportGift(long courseId) {
        List<GiftQuestion> questions = em().createQuery("select q, v from Question q, QuestionVersion v where"
                + " v.id = q.currentVersionId and q.courseId = :c and q.retired = false order by q.position",
                Object[].class).setParameter("c", courseId).getResultList().stream().map(row -> {
                    Question q = (Question) row[0];
                    QuestionVersion v = (QuestionVersion) row[1];
                    return new GiftQuestion(0, q.category, v.title, v.questionType(),
                            v.format, v.text, v.textAfter, v.answers.stream().map(a -> new GiftAnswer(a.text(),
                                    a.fraction(), a.feedback(), a.number(), a.tolerance(), a.min(), a.max(),
                                    a.format(), a.feedbackFormat())).toList(),
                            v.pairs.stream().map(p -> new MatchPair(p.left(), p.right(), p.format())).toList(),
                            v.generalFeedback, v.generalFeedbackFormat);
                }).toList();
        return GiftWriter.write(questions);
    }

    private static EntityManager em() {
        return Question.getEntityManager();
    }

    static QuestionVersion toVersion(GiftQuestion g, String hash, String by) {
        QuestionVersion v = new QuestionVersion();
        v.type = g.type().key();
        v.title = g.title();
        v.format = g.format();
        v.text = g.text();
        v.textAfter = g.textAfter();
        v.answers = g.answers().stream().map(QuestionContent::answer).toList();
        v.pairs = g.pairs().stream().map(QuestionContent::pair).toList();
        v.generalFeedback = g.generalFeedback();
        v.generalFeedbackFormat = g.generalFeedbackFormat();
        v.contentHash = hash;
        v.createdBy = by;
        return v;
    }

    /**
     * Formats that a marker did not set are left out of the JSON, so such questions keep their earlier hash; so do
     * questions without translations.
     */
    private String hash(GiftQuestion g, Map<String, QuestionTranslation> translations) {
        try {
            String text = json.writeValueAsString(g.atLine(0));
            if (!translations.isEmpty()) {
                text += "\u0000" + json.writeValueAsString(new TreeMap<>(translations));
            }
            return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
