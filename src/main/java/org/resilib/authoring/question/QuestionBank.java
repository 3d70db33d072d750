package org.resilib.authoring.question;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import org.resilib.authoring.Drafts;
import org.resilib.content.CourseDocument;
import org.resilib.course.Course;
import org.resilib.gift.GiftQuestion;
import org.resilib.gift.GiftTranslation;
import org.resilib.gift.GiftWriter;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.Languages;
import org.resilib.web.Problem;

/**
 * The draft's question bank (its quiz.gift and translations such as quiz.en.gift): questions saved, deleted and
 * imported from GIFT text, and their translations saved one by one or imported, each checked against the question it
 * translates ({@link GiftTranslation}).
 */
@ApplicationScoped
public class QuestionBank {

    private final Drafts drafts;

    QuestionBank(Drafts drafts) {
        this.drafts = drafts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GiftQuestion> questions(String slug, Viewer viewer) {
        return Drafts.gift(drafts.draft(slug, viewer).quizGift()).questions();
    }

    /** Saves a question at {@code index} (0-based) or, when null, adds it at the end; returns its index. */
    @Transactional
    public int saveQuestion(String slug, Integer index, GiftQuestion question, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, true);
        CourseDocument doc = drafts.draftOf(course);
        List<GiftQuestion> all = new ArrayList<>(Drafts.gift(doc.quizGift()).questions());
        int at;
        if (index == null) {
            all.add(question);
            at = all.size() - 1;
        } else {
            if (index < 0 || index >= all.size()) {
                throw DomainException.notFound("question");
            }
            all.set(index, question);
            at = index;
        }
        List<GiftQuestion> before = Drafts.gift(doc.quizGift()).questions();
        drafts.save(course, carry(doc, before, all, i -> i).withQuiz(GiftWriter.write(all)), viewer);
        return at;
    }

    @Transactional
    public void deleteQuestion(String slug, int index, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, true);
        CourseDocument doc = drafts.draftOf(course);
        List<GiftQuestion> all = new ArrayList<>(Drafts.gift(doc.quizGift()).questions());
        if (index < 0 || index >= all.size()) {
            throw DomainException.notFound("question");
        }
        List<GiftQuestion> before = List.copyOf(all);
        all.remove(index);
        CourseDocument carried = carry(doc, before, all, i -> i == index ? -1 : i > index ? i - 1 : i);
        drafts.save(course, carried.withQuiz(all.isEmpty() ? null : GiftWriter.write(all)), viewer);
    }

    /**
     * Adds the questions of a GIFT text to the draft's bank; a question with the title and category of one already
     * there replaces it. A text with any problem adds nothing and reports every problem with its line.
     */
    @Transactional
    public int importGift(String slug, String text, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, true);
        var parsed = Drafts.gift(text);
        if (!parsed.problems().isEmpty() || parsed.questions().isEmpty()) {
            List<Problem.FieldError> details = parsed.problems().stream()
                    .map(p -> new Problem.FieldError("gift:" + p.line(), "author_gift_invalid", p.message())).toList();
            throw new DomainException(400, "gift", "author_gift_invalid", details.isEmpty() ? null : details);
        }
        CourseDocument doc = drafts.draftOf(course);
        List<GiftQuestion> all = new ArrayList<>(Drafts.gift(doc.quizGift()).questions());
        for (var q : parsed.questions()) {
            int same = -1;
            for (int i = 0; i < all.size() && !q.title().isBlank(); i++) {
                if (all.get(i).title().equals(q.title()) && all.get(i).category().equals(q.category())) {
                    same = i;
                }
            }
            if (same >= 0) {
                all.set(same, q);
            } else {
                all.add(q);
            }
        }
        drafts.save(course, doc.withQuiz(GiftWriter.write(all)), viewer);
        return parsed.questions().size();
    }

    /** The languages a course's quiz can be translated into: the site's languages other than the course's own. */
    public static List<String> translationLanguages(CourseDocument doc) {
        String own = Locale.forLanguageTag(doc.course().language() == null ? Languages.DEFAULT.toLanguageTag()
                : doc.course().language()).getLanguage();
        return Languages.SUPPORTED.stream().filter(l -> !l.getLanguage().equals(own)).map(Locale::toLanguageTag)
                .toList();
    }

    /** The draft's translation of question {@code index} (0-based) into {@code language}, or null when none. */
    public static GiftQuestion translation(CourseDocument doc, int index, String language) {
        List<GiftQuestion> all = Drafts.gift(doc.quizGift()).questions();
        if (index < 0 || index >= all.size()) {
            throw DomainException.notFound("question");
        }
        return translations(doc, language).get(GiftTranslation.keys(all).get(index));
    }

    /** The draft's translated questions into {@code language} that fit, by the key of the question they translate. */
    public static Map<String, GiftQuestion> translations(CourseDocument doc, String language) {
        String text = doc.quizTranslations().get(language);
        if (text == null || doc.quizGift() == null) {
            return Map.of();
        }
        return GiftTranslation.check(Drafts.gift(doc.quizGift()).questions(), Drafts.gift(text).questions()).byKey();
    }

    /**
     * Saves the translation of question {@code index} into {@code language}: it keeps the question's title and
     * category, and it must ask what the question asks (a 400 naming what differs otherwise).
     */
    @Transactional
    public void saveTranslation(String slug, int index, String language, GiftQuestion translated, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, true);
        CourseDocument doc = drafts.draftOf(course);
        checkLanguage(doc, language);
        List<GiftQuestion> all = Drafts.gift(doc.quizGift()).questions();
        if (index < 0 || index >= all.size()) {
            throw DomainException.notFound("question");
        }
        GiftQuestion original = all.get(index);
        if (original.title().isBlank()) {
            // Translations are matched by title: an untitled question would be matched by its position only.
            throw DomainException.badRequest("title", "author_translation_needs_title");
        }
        GiftQuestion t = new GiftQuestion(1, original.category(), original.title(), translated.type(),
                translated.format(), translated.text(), translated.textAfter(), translated.answers(),
                translated.pairs(), translated.generalFeedback(), translated.generalFeedbackFormat());
        String mismatch = GiftTranslation.mismatch(original, t);
        if (mismatch != null) {
            throw new DomainException(400, "translation", "author_translation_mismatch",
                    List.of(new Problem.FieldError("translation", "author_translation_mismatch", mismatch)));
        }
        Map<String, GiftQuestion> kept = new LinkedHashMap<>(translations(doc, language));
        kept.put(GiftTranslation.keys(all).get(index), t);
        save(course, doc, language, all, kept, viewer);
    }

    /**
     * Adds the questions of a translation in GIFT (into {@code language}) to the draft's: each must translate a
     * question of the quiz, by its title and category, and ask what it asks. A text with any problem adds nothing
     * and reports every problem with its line. Returns how many questions it translated.
     */
    @Transactional
    public int importTranslation(String slug, String language, String text, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, true);
        CourseDocument doc = drafts.draftOf(course);
        checkLanguage(doc, language);
        var parsed = Drafts.gift(text);
        List<GiftQuestion> all = Drafts.gift(doc.quizGift()).questions();
        List<Problem.FieldError> details = new ArrayList<>(parsed.problems().stream()
                .map(p -> new Problem.FieldError("gift:" + p.line(), "author_gift_invalid", p.message())).toList());
        GiftTranslation.Checked checked = GiftTranslation.check(all, parsed.questions());
        // Questions left untranslated are fine here: the import adds to what the draft has.
        checked.mismatches().forEach(p -> details.add(new Problem.FieldError("gift:" + p.line(),
                "author_translation_mismatch", p.message())));
        if (!details.isEmpty() || parsed.questions().isEmpty()) {
            throw new DomainException(400, "gift", "author_gift_invalid", details.isEmpty() ? null : details);
        }
        Map<String, GiftQuestion> kept = new LinkedHashMap<>(translations(doc, language));
        kept.putAll(checked.byKey());
        save(course, doc, language, all, kept, viewer);
        return checked.byKey().size();
    }

    /**
     * The draft with its translations following the questions from {@code before} to {@code after}: question i of
     * {@code before} is question {@code movedTo(i)} of {@code after} (or gone, -1), so a retitled question keeps its
     * translation (under its new title) and a deleted one loses it.
     */
    private static CourseDocument carry(CourseDocument doc, List<GiftQuestion> before, List<GiftQuestion> after,
            IntUnaryOperator movedTo) {
        if (doc.quizTranslations().isEmpty()) {
            return doc;
        }
        List<String> oldKeys = GiftTranslation.keys(before);
        Map<String, String> translations = new LinkedHashMap<>();
        for (String language : doc.quizTranslations().keySet()) {
            Map<String, GiftQuestion> old = translations(doc, language);
            GiftQuestion[] moved = new GiftQuestion[after.size()];
            for (int i = 0; i < before.size(); i++) {
                int n = movedTo.applyAsInt(i);
                GiftQuestion t = old.get(oldKeys.get(i));
                if (n >= 0 && t != null) {
                    GiftQuestion q = after.get(n);
                    moved[n] = new GiftQuestion(1, q.category(), q.title(), t.type(), t.format(), t.text(),
                            t.textAfter(), t.answers(), t.pairs(), t.generalFeedback(), t.generalFeedbackFormat());
                }
            }
            List<GiftQuestion> ordered = Arrays.stream(moved).filter(Objects::nonNull).toList();
            translations.put(language, ordered.isEmpty() ? "" : GiftWriter.write(ordered));
        }
        return doc.withQuiz(doc.quizGift(), translations);
    }

    /** The translation in the quiz's order, written back to the draft. */
    private void save(Course course, CourseDocument doc, String language, List<GiftQuestion> all,
            Map<String, GiftQuestion> byKey, Viewer viewer) {
        List<GiftQuestion> ordered = new ArrayList<>();
        for (String key : GiftTranslation.keys(all)) {
            if (byKey.containsKey(key)) {
                ordered.add(byKey.get(key));
            }
        }
        Map<String, String> translations = new LinkedHashMap<>(doc.quizTranslations());
        translations.put(language, ordered.isEmpty() ? "" : GiftWriter.write(ordered));
        drafts.save(course, doc.withQuiz(doc.quizGift(), translations), viewer);
    }

    private static void checkLanguage(CourseDocument doc, String language) {
        if (!translationLanguages(doc).contains(language)) {
            throw DomainException.notFound("language");
        }
    }
}
