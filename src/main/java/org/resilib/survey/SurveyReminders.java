package org.resilib.survey;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.resilib.config.ResilibConfig;
import org.resilib.identity.Role;
import org.resilib.mail.MailRenderer;
import org.resilib.mail.Outbox;
import org.resilib.people.PeopleDirectory;
import org.resilib.survey.definition.SurveyAudience;
import org.resilib.text.LocalizedText;
import org.resilib.time.DateTimes;
import org.resilib.time.Zones;
import org.resilib.web.Languages;

/**
 * One reminder per survey, three days before it closes, to everyone in its audience who has not answered (the
 * respondents' ledger says who has; for a public survey, the signed-in people). Follow-up surveys get none: they
 * are offered to those who completed the course (or attended the session), on its page and their dashboard. The
 * instance that claims the survey (its {@code reminder_sent_at}, under a row lock that others skip) queues the mail
 * in the same transaction, so each person gets it once whichever instances run the job; it is written when sent, in
 * the person's language and zone.
 */
@ApplicationScoped
public class SurveyReminders implements MailRenderer {

    static final String KIND = "survey_reminder";

    private final EntityManager em;
    private final PeopleDirectory people;
    private final Outbox outbox;
    private final String baseUrl;

    SurveyReminders(EntityManager em, PeopleDirectory people, Outbox outbox, ResilibConfig config) {
        this.em = em;
        this.people = people;
        this.outbox = outbox;
        this.baseUrl = ResilibConfig.withoutTrailingSlash(config.baseUrl());
    }

    @CheckedTemplate(basePath = "survey")
    static class Templates {
        static native TemplateInstance reminder(String title, String closes, String url, String name);

        static native TemplateInstance reminder$subject(String title);
    }

    @Scheduled(every = "${resilib.surveys.reminder-check:15m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        sendDue();
    }

    /** Claims the surveys due for their reminder and queues it; returns how many people it goes to. */
    public int sendDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> due = em.createNativeQuery("update survey s set reminder_sent_at = now() where s.id in"
                    + " (select id from survey where status = 'published' and reminder_sent_at is null and closes_at"
                    + " > now() and closes_at <= now() + interval '3 days' and (opens_at is null or opens_at <="
                    + " now()) and course_slug is null and not for_all_courses and not for_sessions for update skip"
                    + " locked) returning s.id, s.audience").getResultList();
            int queued = 0;
            for (Object[] row : due) {
                long survey = ((Number) row[0]).longValue();
                @SuppressWarnings("unchecked")
                List<String> answered = em.createNativeQuery("select respondent from survey_respondent where"
                        + " survey_id = ?1").setParameter(1, survey).getResultList();
                Set<String> done = Set.copyOf(answered);
                for (long person : audience(SurveyAudience.of((String) row[1]).orElse(SurveyAudience.EVERYONE))) {
                    if (!done.contains("person:" + person)) {
                        outbox.enqueue(KIND, Map.of("survey", survey, "person", person));
                        queued++;
                    }
                }
            }
            return queued;
        });
    }

    private Set<Long> audience(SurveyAudience audience) {
        Set<Long> out = new LinkedHashSet<>();
        switch (audience) {
            case STUDENTS -> out.addAll(people.activeIds(Role.STUDENT));
            case LIBRARIANS -> {
                out.addAll(people.activeIds(Role.LIBRARIAN));
                out.addAll(people.activeIds(Role.INSTRUCTOR));
                out.addAll(people.activeIds(Role.ADMIN));
            }
            default -> out.addAll(people.activeIds(null));
        }
        return out;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Nothing is sent to a person who has answered meanwhile, is no longer active, or for a survey now closed. */
    @Override
    public Optional<Mail> render(JsonNode payload) {
        long surveyId = payload.path("survey").asLong();
        long personId = payload.path("person").asLong();
        Survey s = em.find(Survey.class, surveyId);
        if (s == null || !"published".equals(s.status) || s.closesAt == null || !s.closesAt.isAfter(Instant.now())
                || ((Number) em.createNativeQuery("select count(*) from survey_respondent where survey_id = ?1 and"
                        + " respondent = ?2").setParameter(1, surveyId).setParameter(2, "person:" + personId)
                        .getSingleResult()).longValue() > 0) {
            return Optional.empty();
        }
        return people.byId(personId).filter(PeopleDirectory.Contact::active).map(c -> {
            Locale locale = Languages.match(c.locale()).orElse(Languages.DEFAULT);
            ZoneId zone = Zones.orDefault(c.timeZone());
            String title = LocalizedText.pick(s.title, locale);
            String closes = DateTimes.minutesInZone(s.closesAt, zone);
            String url = baseUrl + "/surveys/" + s.slug;
            String subject = Templates.reminder$subject(title).setLocale(locale).render().strip();
            return Mail.withText(c.email(), subject, Templates.reminder(title, closes, url, c.name())
                    .setLocale(locale).render());
        });
    }
}
