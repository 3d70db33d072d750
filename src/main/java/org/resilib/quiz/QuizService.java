package org.resilib.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.hibernate.jpa.HibernateHints;
import org.resilib.audit.AuditLog;
import org.resilib.course.Course;
import org.resilib.gift.QuestionType;
import org.resilib.people.PeopleDirectory;
import org.resilib.text.LocalizedText;
import org.resilib.web.DomainException;

/** Starting, answering, submitting and grading quiz attempts. */
@ApplicationScoped
public class QuizService {

    static final int DEFAULT_PASS_PERCENT = 60;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Random random = new SecureRandom();

    private final AuditLog audit;
    private final PeopleDirectory people;

    QuizService(EntityManager em, ObjectMapper json, AuditLog audit, PeopleDirectory people) {
        this.em = em;
        this.json = json;
        this.audit = audit;
        this.people = people;
    }

    /** Who is asking: the learner, or staff who may see every attempt of a course. */
    public record Actor(long personId, boolean instructor) {
    }

    static QuizViews.Settings settings(Course c) {
        Course.QuizSettings s = c.quizSettings;
        if (s == null) {
            return new QuizViews.Settings(DEFAULT_PASS_PERCENT, 0, null, false);
        }
        return new QuizViews.Settings(s.passPercent() == null ? DEFAULT_PASS_PERCENT : s.passPercent(),
                s.attempts() == null ? 0 : s.attempts(), s.timeLimitMinutes(), Boolean.TRUE.equals(s.shuffle()));
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @Transactional
    public QuizViews.QuizInfo info(Course course, Actor actor, Locale locale) {
        finishExpired(course.id, actor.personId());
        int questions = ((Number) em.createQuery("select count(q) from Question q where q.courseId = :c and"
                + " q.retired = false").setParameter("c", course.id).getSingleResult()).intValue();
        List<QuizAttempt> attempts = QuizAttempt.list("courseId = ?1 and personId = ?2 order by number", course.id,
                actor.personId());
        List<QuizViews.AttemptSummary> summaries = attempts.stream().map(QuizService::summary).toList();
        QuizAttempt best = attempts.stream().filter(a -> a.percent != null && QuizAttempt.GRADED.equals(a.state))
                .max(Comparator.comparing(a -> a.percent)).orElse(null);
        QuizViews.Settings settings = settings(course);
        boolean canStart = questions > 0 && course.isPublished()
                && (settings.unlimited() || attempts.size() < settings.attemptsAllowed()
                        || attempts.stream().anyMatch(QuizAttempt::open));
        return new QuizViews.QuizInfo(course.slug, course.title(locale), questions, settings, summaries,
                best == null ? null : best.percent.doubleValue(), best == null ? null : best.passed, canStart);
    }

    static QuizViews.AttemptSummary summary(QuizAttempt a) {
        return new QuizViews.AttemptSummary(a.id, a.number, a.state, a.startedAt, a.submittedAt, a.deadline,
                a.percent == null ? null : a.percent.doubleValue(), a.passed);
    }

    /**
     * The learner's own attempt, still open and in time, read FOR SHARE: a save waits for a submit in progress and
     * then sees the attempt closed.
     */
    private void openForAnswers(long attemptId, Actor actor) {
        QuizAttempt a = em.find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_READ);
        if (a == null || a.personId != actor.personId()) {
            throw DomainException.notFound("attempt");
        }
        if (!a.open()) {
            throw DomainException.conflict(null, "attempt_closed");
        }
        if (a.expired(Instant.now())) {
            throw DomainException.conflict(null, "attempt_deadline_passed");
        }
    }

    /** The attempt if the actor may see it; anybody else gets 404, not 403, so ids reveal nothing. */
    QuizAttempt findForActor(long attemptId, Actor actor, LockModeType lock) {
        QuizAttempt a = em.find(QuizAttempt.class, attemptId, lock);
        if (a == null || (a.personId != actor.personId() && !actor.instructor())) {
            throw DomainException.notFound("attempt");
        }
        return a;
    }

    @Transactional
    public QuizViews.Attempt view(long attemptId, Actor actor, Locale locale) {
        QuizAttempt a = findForActor(attemptId, actor, LockModeType.NONE);
        if (a.open() && a.expired(Instant.now())) {
            a = em.find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
            if (a.open()) {
                grade(a, loadSlots(a.id));
            }
        }
        return toView(a, loadSlots(a.id), locale);
    }

    List<Object[]> loadSlots(long attemptId) {
        return em.createQuery("select aq, v from AttemptQuestion aq, QuestionVersion v where v.id = aq.questionVersionId"
                + " and aq.key.attemptId = :a order by aq.key.slot", Object[].class)
                .setParameter("a", attemptId).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    private QuizViews.Attempt toView(QuizAttempt a, List<Object[]> rows, Locale locale) {
        Course course = em.find(Course.class, a.courseId);
        boolean review = !a.open();
        List<QuizViews.Slot> slots = new ArrayList<>();
        int number = 0;
        for (Object[] row : rows) {
            AttemptQuestion aq = (AttemptQuestion) row[0];
            QuestionVersion v = (QuestionVersion) row[1];
            slots.add(slot(aq, v.content(), v.questionType() == QuestionType.DESCRIPTION ? 0 : ++number, review));
        }
        String owner = people.name(a.personId);
        return new QuizViews.Attempt(a.id, course.slug, LocalizedText.pick(course.title, locale), a.number, a.state,
                a.startedAt, a.deadline, a.submittedAt, dbl(a.score), dbl(a.maxScore), dbl(a.percent), a.passed,
                a.passPercent, slots, a.personId, owner);
    }

    static QuizViews.Slot slot(AttemptQuestion aq, QuestionContent q, int number, boolean review) {
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
                right.add(new QuizViews.Choice("r" + pos, QuestionText.escape(layout.rightOrder().get(pos))));
            }
        }
        QuizViews.Review r = null;
        if (review) {
            r = new QuizViews.Review(dbl(aq.points), aq.maxPoints.doubleValue(), aq.correct,
                    QuestionText.safe(aq.feedback), RightAnswer.describe(q), aq.graderComment);
        }
        return new QuizViews.Slot(q.versionId(), number, q.type(), q.textHtml(), q.textAfterHtml(), choices, left,
                right, aq.response, aq.savedAt, r);
    }

    // ---- starting -----------------------------------------------------------------------------------------------

    public record Started(QuizViews.Attempt attempt, boolean created) {
    }

    /**
     * Starts an attempt, or returns the one in progress. Serialised per learner and course by an advisory lock, so
     * parallel starts never exceed the attempts allowed; the unique (course, person, number) key backs that up.
     */
    @Transactional
    public Started start(Course course, Actor actor, Locale locale) {
        if (!course.isPublished()) {
            throw DomainException.conflict(null, "course_not_open");
        }
        em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)").setParameter(1, course.id.intValue())
                .setParameter(2, (int) actor.personId()).getSingleResult();
        finishExpired(course.id, actor.personId());
        QuizAttempt open = QuizAttempt.<QuizAttempt>find("courseId = ?1 and personId = ?2 and state = ?3", course.id,
                actor.personId(), QuizAttempt.IN_PROGRESS).firstResult();
        if (open != null) {
            return new Started(toView(open, loadSlots(open.id), locale), false);
        }
        QuizViews.Settings settings = settings(course);
        long used = QuizAttempt.count("courseId = ?1 and personId = ?2", course.id, actor.personId());
        if (!settings.unlimited() && used >= settings.attemptsAllowed()) {
            throw DomainException.conflict(null, "no_attempts_left");
        }
        List<QuestionVersion> versions = em.createQuery("select v from Question q, QuestionVersion v where"
                + " v.id = q.currentVersionId and q.courseId = :c and q.retired = false order by q.position",
                QuestionVersion.class).setParameter("c", course.id).getResultList();
        if (versions.isEmpty()) {
            throw DomainException.notFound("quiz");
        }
        List<QuestionVersion> order = new ArrayList<>(versions);
        if (settings.shuffle()) {
            Collections.shuffle(order, random);
        }
        QuizAttempt a = new QuizAttempt();
        a.courseId = course.id;
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
        return new Started(toView(fresh, loadSlots(a.id), locale), true);
    }

    // ---- answering ----------------------------------------------------------------------------------------------

    /**
     * Saves one response. The attempt row is read FOR SHARE, so a save waits for a submit in progress and then sees
     * the attempt closed: a save that was acknowledged is always part of the grade.
     */
    @Transactional
    public Instant save(long attemptId, long versionId, JsonNode response, Actor actor) {
        openForAnswers(attemptId, actor);
        Object[] row = em.createQuery("select aq, v from AttemptQuestion aq, QuestionVersion v where"
                + " v.id = aq.questionVersionId and aq.key.attemptId = :a and aq.questionVersionId = :v", Object[].class)
                .setParameter("a", attemptId).setParameter("v", versionId).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("attempt_question"));
        AttemptQuestion aq = (AttemptQuestion) row[0];
        QuestionVersion v = (QuestionVersion) row[1];
        ResponseShape.check(v.content(), aq.layout(), response);
        Instant now = Instant.now();
        aq.response = response == null || response.isNull() ? null : response;
        aq.savedAt = now;
        return now;
    }

    /**
     * Saves the responses of a whole page (the form without JavaScript, or htmx autosave): one lock, one load, and an
     * update only where a response changed. Returns when it was saved.
     */
    @Transactional
    public Instant saveAll(long attemptId, Map<Long, JsonNode> responses, Actor actor) {
        openForAnswers(attemptId, actor);
        Instant now = Instant.now();
        List<Object[]> rows = em.createQuery("select aq, v from AttemptQuestion aq, QuestionVersion v where"
                + " v.id = aq.questionVersionId and aq.key.attemptId = :a", Object[].class)
                .setParameter("a", attemptId).getResultList();
        for (Object[] row : rows) {
            AttemptQuestion aq = (AttemptQuestion) row[0];
            QuestionVersion v = (QuestionVersion) row[1];
            if (!responses.containsKey(aq.questionVersionId)) {
                continue;
            }
            JsonNode r = responses.get(aq.questionVersionId);
            ResponseShape.check(v.content(), aq.layout(), r);
            JsonNode value = r == null || r.isNull() ? null : r;
            if (!Objects.equals(value, aq.response)) {
                aq.response = value;
                aq.savedAt = now;
            }
        }
        return now;
    }

    // ---- submitting ---------------------------------------------------------------------------------------------

    /** The graded attempt and its slots with their grades. */
    public record Submitted(QuizViews.AttemptSummary attempt, double score, double maxScore,
            List<SlotResult> questions) {
    }

    /** {@code feedback} is safe HTML. */
    public record SlotResult(long id, Boolean correct, Double points, double maxPoints, String feedback) {
    }

    /**
     * Submits and grades once: a second submit (or one racing it) waits on the row lock and gets the same result.
     * Five statements in all with the sign-in lookup: lock, load, one update for every slot, one for the attempt.
     */
    @Transactional
    public Submitted submit(long attemptId, Actor actor) {
        QuizAttempt a = em.find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || a.personId != actor.personId()) {
            throw DomainException.notFound("attempt");
        }
        List<Object[]> rows = loadSlots(a.id);
        if (a.open()) {
            rows = grade(a, rows);
        }
        List<SlotResult> results = new ArrayList<>();
        for (Object[] row : rows) {
            AttemptQuestion aq = (AttemptQuestion) row[0];
            results.add(new SlotResult(aq.questionVersionId, aq.correct, dbl(aq.points), aq.maxPoints.doubleValue(),
                    QuestionText.safe(aq.feedback)));
        }
        return new Submitted(summary(a), dbl(a.score), dbl(a.maxScore), results);
    }

    /**
     * Grades a locked, open attempt: one statement writes every slot's grade, one (at flush) the attempt. Returns
     * the rows as graded, for the result view.
     */
    List<Object[]> grade(QuizAttempt a, List<Object[]> rows) {
        ArrayNode grades = json.createArrayNode();
        List<Grade> all = new ArrayList<>();
        List<Object[]> graded = new ArrayList<>();
        for (Object[] row : rows) {
            AttemptQuestion aq = (AttemptQuestion) row[0];
            QuestionVersion v = (QuestionVersion) row[1];
            Grade g = QuizScoring.grade(v.content(), aq.layout(), aq.response);
            all.add(g);
            ObjectNode n = grades.addObject();
            n.put("slot", aq.key.slot());
            n.put("points", g.points());
            n.put("correct", g.correct());
            n.put("feedback", g.feedback());
            AttemptQuestion copy = copyWithGrade(aq, g);
            graded.add(new Object[] {copy, v});
        }
        try {
            em.createNativeQuery("update attempt_question aq set points = g.points, correct = g.correct,"
                    + " feedback = g.feedback from jsonb_to_recordset(cast(?1 as jsonb))"
                    + " as g(slot int, points numeric, correct boolean, feedback text)"
                    + " where aq.attempt_id = ?2 and aq.slot = g.slot")
                    .setParameter(1, json.writeValueAsString(grades)).setParameter(2, a.id).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        a.submittedAt = Instant.now();
        a.record(QuizScoring.totals(all));
        return graded;
    }

    private static AttemptQuestion copyWithGrade(AttemptQuestion aq, Grade g) {
        AttemptQuestion c = new AttemptQuestion();
        c.key = aq.key;
        c.questionVersionId = aq.questionVersionId;
        c.choiceOrder = aq.choiceOrder;
        c.rightOrder = aq.rightOrder;
        c.response = aq.response;
        c.savedAt = aq.savedAt;
        c.maxPoints = aq.maxPoints;
        c.points = g.points() == null ? null : BigDecimal.valueOf(g.points());
        c.correct = g.correct();
        c.feedback = g.feedback();
        return c;
    }

    /** Submits this learner's expired attempt in this course, if any, with what was saved. */
    void finishExpired(long courseId, long personId) {
        List<QuizAttempt> expired = em.createQuery("select a from QuizAttempt a where a.courseId = :c and"
                + " a.personId = :p and a.state = :open and a.deadline < :now", QuizAttempt.class)
                .setParameter("c", courseId).setParameter("p", personId).setParameter("open", QuizAttempt.IN_PROGRESS)
                .setParameter("now", Instant.now()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (QuizAttempt a : expired) {
            grade(a, loadSlots(a.id));
        }
    }

    /**
     * Submits attempts whose deadline has passed, whether or not their learners come back. Rows are claimed with
     * SKIP LOCKED, so several instances share the work and none grades an attempt twice.
     */
    @Transactional
    public int submitExpired(int batch) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from quiz_attempt where state = 'in_progress' and"
                + " deadline < now() order by deadline limit ?1 for update skip locked").setParameter(1, batch)
                .getResultList();
        for (Number id : ids) {
            QuizAttempt a = em.find(QuizAttempt.class, id.longValue());
            grade(a, loadSlots(a.id));
        }
        return ids.size();
    }

    // ---- manual grading -----------------------------------------------------------------------------------------

    /** An instructor's points for essay slots; when none waits any more, the attempt is graded. */
    @Transactional
    public void gradeManually(long attemptId, Map<Integer, Double> points, Map<Integer, String> comments, Actor grader) {
        if (!grader.instructor()) {
            throw DomainException.notFound("attempt");
        }
        QuizAttempt a = em.find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw DomainException.notFound("attempt");
        }
        if (a.open()) {
            throw DomainException.conflict(null, "attempt_not_submitted");
        }
        List<AttemptQuestion> slots = AttemptQuestion.list("key.attemptId = ?1 order by key.slot", attemptId);
        for (AttemptQuestion aq : slots) {
            Double p = points.get(aq.key.slot());
            if (p == null) {
                continue;
            }
            if (p < 0 || p > aq.maxPoints.doubleValue() || p.isNaN()) {
                throw DomainException.badRequest("points", "points_out_of_range");
            }
            aq.points = bd(p);
            aq.correct = p >= aq.maxPoints.doubleValue();
            aq.gradedBy = grader.personId();
            aq.gradedAt = Instant.now();
            aq.graderComment = comments.getOrDefault(aq.key.slot(), aq.graderComment);
            audit.record(grader.personId(), null, AuditLog.Action.GRADE_CHANGED,
                    "attempt:" + attemptId, Map.of("slot", aq.key.slot(), "points", p, "learner", a.personId));
        }
        a.record(QuizScoring.totals(slots.stream().map(AttemptQuestion::grade).toList()));
    }

    static BigDecimal bd(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
    }

    static Double dbl(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }
}
