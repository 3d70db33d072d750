package org.resilib.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.resilib.course.Course;
import org.resilib.course.VisibleCourse;
import org.resilib.gift.QuestionType;
import org.resilib.quiz.bank.QuestionVersion;
import org.resilib.quiz.grading.AttemptLayout;
import org.resilib.web.DomainException;

/**
 * A learner's quiz and attempts: what the quiz page shows, starting an attempt, and showing one. Answering and
 * submitting are {@link AnswerService}'s; an instructor's grading is in the report package.
 */
@ApplicationScoped
public class QuizService {

    static final int DEFAULT_PASS_PERCENT = 60;
    private final EntityManager em;
    private final AttemptViews views;
    private final AttemptGrader grader;
    private final Random random = new SecureRandom();

    QuizService(EntityManager em, AttemptViews views, AttemptGrader grader) {
        this.em = em;
        this.views = views;
        this.grader = grader;
    }

    /** Who is asking: the learner, or staff who may see every attempt of a course. */
    public record Actor(long personId, boolean instructor) {
    }

    static QuizViews.Settings settings(Course.QuizSettings s) {
        if (s == null) {
            return new QuizViews.Settings(DEFAULT_PASS_PERCENT, 0, null, false);
        }
        return new QuizViews.Settings(s.passPercent() == null ? DEFAULT_PASS_PERCENT : s.passPercent(),
                s.attempts() == null ? 0 : s.attempts(), s.timeLimitMinutes(), Boolean.TRUE.equals(s.shuffle()));
    }

    @Transactional
    public QuizViews.QuizInfo info(VisibleCourse course, Actor actor, Locale locale) {
        grader.finishExpired(course.id(), actor.personId());
        int questions = ((Number) em.createQuery("select count(q) from Question q where q.courseId = :c and"
                + " q.retired = false").setParameter("c", course.id()).getSingleResult()).intValue();
        List<QuizAttempt> attempts = QuizAttempt.list("courseId = ?1 and personId = ?2 order by number", course.id(),
                actor.personId());
        List<QuizViews.AttemptSummary> summaries = attempts.stream().map(QuizService::summary).toList();
        QuizAttempt best = attempts.stream().filter(a -> a.percent != null && QuizAttempt.GRADED.equals(a.state))
                .max(Comparator.comparing(a -> a.percent)).orElse(null);
        QuizViews.Settings settings = settings(course.quizSettings());
        boolean canStart = questions > 0 && course.published()
                && (settings.unlimited() || attempts.size() < settings.attemptsAllowed()
                        || attempts.stream().anyMatch(QuizAttempt::open));
        return new QuizViews.QuizInfo(course.slug(), course.title(locale), questions, settings, summaries,
                best == null ? null : best.percent.doubleValue(), best == null ? null : best.passed, canStart);
    }

    static QuizViews.AttemptSummary summary(QuizAttempt a) {
        return new QuizViews.AttemptSummary(a.id, a.number, a.state, a.startedAt, a.submittedAt, a.deadline,
                a.percent == null ? null : a.percent.doubleValue(), a.passed);
    }

    /** An attempt as its owner or an instructor sees it; one whose time ran out is submitted first. */
    @Transactional
    public QuizViews.Attempt view(long attemptId, Actor actor, Locale locale) {
        QuizAttempt a = views.find(attemptId, actor, LockModeType.NONE);
        if (a.open() && a.expired(Instant.now())) {
            a = em.find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
            if (a.open()) {
                grader.grade(a, views.slots(a.id));
            }
        }
        return views.view(a, locale);
    }

    public record Started(QuizViews.Attempt attempt, boolean created) {
    }

    /**
     * Starts an attempt, or returns the one in progress. Serialised per learner and course by an advisory lock, so
     * parallel starts never exceed the attempts allowed; the unique (course, person, number) key backs that up.
     */
    @Transactional
    public Started start(VisibleCourse course, Actor actor, Locale locale) {
        if (!course.published()) {
            throw DomainException.conflict(null, "course_not_open");
        }
        em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)").setParameter(1, (int) course.id())
                .setParameter(2, (int) actor.personId()).getSingleResult();
        grader.finishExpired(course.id(), actor.personId());
        QuizAttempt open = QuizAttempt.<QuizAttempt>find("courseId = ?1 and personId = ?2 and state = ?3", course.id(),
                actor.personId(), QuizAttempt.IN_PROGRESS).firstResult();
        if (open != null) {
            return new Started(views.view(open, locale), false);
        }
        QuizViews.Settings settings = settings(course.quizSettings());
        long used = QuizAttempt.count("courseId = ?1 and personId = ?2", course.id(), actor.personId());
        if (!settings.unlimited() && used >= settings.attemptsAllowed()) {
            throw DomainException.conflict(null, "no_attempts_left");
        }
        List<QuestionVersion> versions = em.createQuery("select v from Question q, QuestionVersion v where"
                + " v.id = q.currentVersionId and q.courseId = :c and q.retired = false order by q.position",
                QuestionVersion.class).setParameter("c", course.id()).getResultList();
        if (versions.isEmpty()) {
            throw DomainException.notFound("quiz");
        }
        List<QuestionVersion> order = new ArrayList<>(versions);
        if (settings.shuffle()) {
            Collections.shuffle(order, random);
        }
        QuizAttempt a = new QuizAttempt();
        a.courseId = course.id();
        a.personId = actor.personId();
        a.number = (int) used + 1;
        a.passPercent = settings.passPercent();
        a.startedAt = Instant.now();
        a.deadline = settings.timeLimitMinutes() == null ? null
                : a.startedAt.plusSeconds(60L * settings.timeLimitMinutes());
        a.persist();
        int slotNo = 0;
        for (QuestionVersion v : order) {
            AttemptLayout layout = AttemptLayout.create(v.content(), settings.shuffle(), random);
            AttemptQuestion aq = new AttemptQuestion();
            aq.key = new AttemptQuestion.Key(a.id, ++slotNo);
            aq.questionVersionId = v.id;
            aq.choiceOrder = layout.choiceOrder();
            aq.rightOrder = layout.rightOrder();
            aq.maxPoints = BigDecimal.valueOf(v.questionType() == QuestionType.DESCRIPTION ? 0 : 1);
            aq.persist();
        }
        em.flush();
        em.clear();
        QuizAttempt fresh = em.find(QuizAttempt.class, a.id);
        return new Started(views.view(fresh, locale), true);
    }
}
