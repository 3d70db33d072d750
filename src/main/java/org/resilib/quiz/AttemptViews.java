package org.resilib.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.jpa.HibernateHints;
import org.resilib.course.CourseSummaries;
import org.resilib.gift.QuestionType;
import org.resilib.people.PeopleDirectory;
import org.resilib.quiz.bank.PairData;
import org.resilib.quiz.bank.QuestionContent;
import org.resilib.quiz.bank.QuestionText;
import org.resilib.quiz.bank.QuestionVersion;
import org.resilib.quiz.grading.AttemptLayout;
import org.resilib.quiz.grading.QuizScoring;
import org.resilib.quiz.grading.RightAnswer;
import org.resilib.web.DomainException;

/**
 * Reading attempts for the services that show them: the lookup with its permission check, an attempt's slots with
 * their question versions in one query, and the view the pages and the API render. Called inside their transactions.
 */
@ApplicationScoped
public class AttemptViews {

    private final EntityManager em;
    private final PeopleDirectory people;
    private final CourseSummaries courses;

    AttemptViews(EntityManager em, PeopleDirectory people, CourseSummaries courses) {
        this.em = em;
        this.people = people;
        this.courses = courses;
    }

    /** The attempt if the actor may see it; anybody else gets 404, not 403, so ids reveal nothing. */
    public QuizAttempt find(long attemptId, QuizService.Actor actor, LockModeType lock) {
        QuizAttempt a = em.find(QuizAttempt.class, attemptId, lock);
        if (a == null || (a.personId != actor.personId() && !actor.instructor())) {
            throw DomainException.notFound("attempt");
        }
        return a;
    }

    /** Pairs of (AttemptQuestion, QuestionVersion) in slot order, read-only. */
    List<Object[]> slots(long attemptId) {
        return slots(attemptId, true);
    }

    /** The same pairs, to change responses. */
    List<Object[]> slotsToAnswer(long attemptId) {
        return slots(attemptId, false);
    }

    private List<Object[]> slots(long attemptId, boolean readOnly) {
        return em.createQuery("select aq, v from AttemptQuestion aq, QuestionVersion v where v.id = aq.questionVersionId"
                + " and aq.key.attemptId = :a order by aq.key.slot", Object[].class)
                .setParameter("a", attemptId).setHint(HibernateHints.HINT_READ_ONLY, readOnly).getResultList();
    }

    public QuizViews.Attempt view(QuizAttempt a, Locale locale) {
        return view(a, slots(a.id), locale);
    }

    QuizViews.Attempt view(QuizAttempt a, List<Object[]> rows, Locale locale) {
        CourseSummaries.Summary course = courses.byId(a.courseId, locale).orElseThrow();
        String owner = people.name(a.personId);
        return new QuizViews.Attempt(a.id, course.slug(), course.title(), a.number, a.state,
                a.startedAt, a.deadline, a.submittedAt, dbl(a.score), dbl(a.maxScore), dbl(a.percent), a.passed,
                a.passPercent, questions(rows, !a.open(), locale), a.personId, owner);
    }

    /**
     * The slots as shown to a reader of {@code locale} (each question in their language when it is translated),
     * numbered, with their grades once {@code review}.
     */
    static List<QuizViews.Slot> questions(List<Object[]> rows, boolean review, Locale locale) {
        List<QuizViews.Slot> slots = new ArrayList<>();
        int number = 0;
        for (Object[] row : rows) {
            AttemptQuestion aq = (AttemptQuestion) row[0];
            QuestionVersion v = (QuestionVersion) row[1];
            slots.add(slot(aq, v, locale, v.questionType() == QuestionType.DESCRIPTION ? 0 : ++number, review));
        }
        return slots;
    }

    static QuizViews.Slot slot(AttemptQuestion aq, QuestionVersion v, Locale locale, int number, boolean review) {
        return slot(aq, v.content(), v.content(locale), v.translatedContents(), v.shownLanguage(locale),
                v.translated(locale), number, review);
    }

    /** A question that has no translation, as shown. */
    static QuizViews.Slot slot(AttemptQuestion aq, QuestionContent q, int number, boolean review) {
        return slot(aq, q, q, List.of(), null, true, number, review);
    }

    /** {@code q}: the question as shown, the original or a translation of it. */
    private static QuizViews.Slot slot(AttemptQuestion aq, QuestionContent original, QuestionContent q,
            List<QuestionContent> translations, String language, boolean translated, int number, boolean review) {
        AttemptLayout layout = aq.layout();
        List<QuizViews.Choice> choices = new ArrayList<>();
        List<QuizViews.Choice> left = new ArrayList<>();
        List<QuizViews.Choice> right = new ArrayList<>();
        if (q.type() == QuestionType.MULTICHOICE || q.type() == QuestionType.MULTIANSWER) {
            for (int pos = 0; pos < layout.choiceOrder().size(); pos++) {
                choices.add(new QuizViews.Choice("c" + pos,
                        q.answerHtml(q.answers().get(layout.choiceOrder().get(pos)))));
            }
        } else if (q.type() == QuestionType.MATCHING) {
            for (int pos = 0; pos < layout.choiceOrder().size(); pos++) {
                PairData pair = q.pairs().get(layout.choiceOrder().get(pos));
                // Attempts started before distractors were told apart have them in their order: not shown.
                if (!pair.distractor()) {
                    left.add(new QuizViews.Choice("l" + pos, q.leftHtml(pair)));
                }
            }
            for (int pos = 0; pos < layout.rightOrder().size(); pos++) {
                right.add(new QuizViews.Choice("r" + pos,
                        QuestionText.escape(shownRight(original, q, layout.rightOrder().get(pos)))));
            }
        }
        QuizViews.Review r = null;
        if (review) {
            // The feedback in the reader's language: grading is the same in every language (QuizScoring), so the
            // stored points stand and only the words are chosen here; a grader's feedback is kept as written.
            String feedback = aq.feedback;
            if (!q.equals(original) && aq.graderComment == null && q.type() != QuestionType.ESSAY) {
                feedback = QuizScoring.grade(original, translations, q, layout, aq.response).feedback();
            }
            r = new QuizViews.Review(dbl(aq.points), aq.maxPoints.doubleValue(), aq.correct,
                    QuestionText.safe(feedback), RightAnswer.describe(q), aq.graderComment);
        }
        return new QuizViews.Slot(q.versionId(), number, q.type(), q.textHtml(), q.textAfterHtml(), choices, left,
                right, aq.response, aq.savedAt, r, language, translated);
    }

    /** A matching option (kept in the layout as the original's text) in the reader's language. */
    private static String shownRight(QuestionContent original, QuestionContent shown, String originalRight) {
        if (shown.equals(original)) {
            return originalRight;
        }
        for (int i = 0; i < original.pairs().size() && i < shown.pairs().size(); i++) {
            if (original.pairs().get(i).right().equals(originalRight)) {
                return shown.pairs().get(i).right();
            }
        }
        return originalRight;
    }

    static Double dbl(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }
}
