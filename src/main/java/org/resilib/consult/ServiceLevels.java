package org.resilib.consult;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.resilib.config.ResilibConfig;
import org.resilib.db.SqlTimes;
import org.resilib.mail.MailRenderer;
import org.resilib.mail.Outbox;
import org.resilib.people.PeopleDirectory;
import org.resilib.time.DateTimes;
import org.resilib.time.Zones;
import org.resilib.web.Languages;

/**
 * The service-level targets of each question, counted in the service's opening hours: a first response within
 * {@code resilib.consult.first-response-target} of the question, and an answer within
 * {@code resilib.consult.resolution-target}, whose clock runs only while the question is new or open (it pauses when
 * the question goes to the asker and resumes with what was left when it comes back). A question past a target is
 * flagged on the desk and mailed once to the librarians on duty (to its holder when nobody is): the instance that
 * sets its {@code overdue_mailed_at}, under a row lock the others skip, queues the mail in the same transaction.
 * Every moment comes in as a parameter, so the rules are tested with a clock of the test's choosing.
 */
@ApplicationScoped
public class ServiceLevels implements MailRenderer {

    static final String OVERDUE = "consult-overdue";

    private final EntityManager em;
    private final ServiceCalendar calendar;
    private final DutyRota rota;
    private final Outbox outbox;
    private final QuestionHistory history;
    private final Questions questions;
    private final PeopleDirectory people;
    private final Duration firstTarget;
    private final Duration resolutionTarget;
    private final String baseUrl;

    ServiceLevels(EntityManager em, ServiceCalendar calendar, DutyRota rota, Outbox outbox, QuestionHistory history,
            Questions questions, PeopleDirectory people, ResilibConfig config) {
        this.em = em;
        this.calendar = calendar;
        this.rota = rota;
        this.outbox = outbox;
        this.history = history;
        this.questions = questions;
        this.people = people;
        this.firstTarget = config.consult().firstResponseTarget();
        this.resolutionTarget = config.consult().resolutionTarget();
        this.baseUrl = ResilibConfig.withoutTrailingSlash(config.baseUrl());
    }

    @CheckedTemplate(basePath = "consult")
    static class Templates {
        static native TemplateInstance overdueMail(String subject, String due, String url, String name);

        static native TemplateInstance overdueMail$subject(String subject);
    }

    /** Sets the targets of a question asked at {@code at}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(long id, Instant at) {
        ServiceHours hours = calendar.hours();
        em.createNativeQuery("update consult_question set first_due_at = cast(?2 as timestamptz), resolve_due_at ="
                + " cast(?3 as timestamptz), paused_at = null where id = ?1").setParameter(1, id)
                .setParameter(2, hours.plus(at, firstTarget)).setParameter(3, hours.plus(at, resolutionTarget))
                .executeUpdate();
    }

    /** The question went to the asker (waiting, answered, closed): its clock stops. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pause(long id, Instant at) {
        em.createNativeQuery("update consult_question set paused_at = coalesce(paused_at, ?2) where id = ?1")
                .setParameter(1, id).setParameter(2, at).executeUpdate();
    }

    /** The question is back at the desk: its clock runs on with the open time it had left when it stopped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resume(long id, Instant at) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select paused_at, resolve_due_at from consult_question where id ="
                + " ?1 and paused_at is not null").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Instant paused = SqlTimes.instant(rows.get(0)[0]);
        Instant due = SqlTimes.instant(rows.get(0)[1]);
        Instant moved = null;
        if (due != null) {
            ServiceHours hours = calendar.hours();
            moved = hours.plus(at, hours.between(paused, due));
        }
        em.createNativeQuery("update consult_question set paused_at = null, resolve_due_at = cast(?2 as timestamptz)"
                + " where id = ?1").setParameter(1, id).setParameter(2, moved).executeUpdate();
    }

    @Scheduled(every = "${resilib.consult.overdue-check:60s}", delayed = "40s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        mailOverdue(Instant.now());
    }

    /** Flags the questions past a target at {@code now} and queues their one mail; returns the questions flagged. */
    public List<Long> mailOverdue(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> due = em.createNativeQuery("update consult_question q set overdue_mailed_at = ?1 where"
                    + " q.id in (select id from consult_question where state in ('new', 'open') and paused_at is null"
                    + " and overdue_mailed_at is null and ((first_response_at is null and first_due_at <= ?1) or"
                    + " resolve_due_at <= ?1) order by id limit 200 for update skip locked) returning q.id,"
                    + " q.assignee_id").setParameter(1, now).getResultList();
            if (due.isEmpty()) {
                return List.of();
            }
            Set<Long> onDuty = rota.onDuty(now);
            for (Object[] row : due) {
                long question = ((Number) row[0]).longValue();
                Set<Long> to = new LinkedHashSet<>(onDuty);
                if (to.isEmpty() && row[1] != null) {
                    to.add(((Number) row[1]).longValue());
                }
                for (long person : to) {
                    outbox.enqueue(OVERDUE, Map.of("question", question, "person", person));
                }
                history.record(question, null, "overdue", Map.of("mailed", to.size()));
            }
            return due.stream().map(r -> ((Number) r[0]).longValue()).toList();
        });
    }

    @Override
    public String kind() {
        return OVERDUE;
    }

    @Override
    public Optional<Mail> render(JsonNode payload) {
        Optional<PeopleDirectory.Contact> to = people.byId(payload.path("person").asLong())
                .filter(PeopleDirectory.Contact::active);
        Optional<Questions.Question> q = questions.byId(payload.path("question").asLong());
        if (to.isEmpty() || q.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = Languages.match(to.get().locale()).orElse(Languages.DEFAULT);
        Instant dueAt = q.get().firstResponseAt() == null && q.get().firstDueAt() != null ? q.get().firstDueAt()
                : q.get().resolveDueAt();
        String due = DateTimes.minutesInZone(dueAt, Zones.orDefault(to.get().timeZone()));
        return Optional.of(Mail.withText(to.get().email(), Templates.overdueMail$subject(q.get().subject())
                .setLocale(locale).render().strip(), Templates.overdueMail(q.get().subject(), due, baseUrl
                + "/desk/questions/" + q.get().id(), to.get().name() == null ? to.get().email() : to.get().name())
                .setLocale(locale).render()));
    }
}
