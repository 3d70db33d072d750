package org.resilib.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.resilib.GreenMailResource;
import org.resilib.HttpSession;

/** The reminder three days before a survey closes: once, to those who have not answered, on any number of runs. */
@QuarkusTest
class SurveyReminderTest {

    @Inject
    SurveyLoader loader;

    @Inject
    SurveyReminders reminders;

    @Inject
    EntityManager em;

    static String closingSoon() {
        return SurveyFixtures.twoPages("librarians", true).replace("anonymous: true", "anonymous: true\ncloses: "
                + OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(2).withNano(0));
    }

    long queued(String slug) {
        return ((Number) em.createNativeQuery("select count(*) from mail_outbox o join survey s on"
                + " cast(s.id as text) = o.payload ->> 'survey' where o.kind = 'survey_reminder' and s.slug = ?1")
                .setParameter(1, slug).getSingleResult()).longValue();
    }

    @Test
    void thoseWhoHaveNotAnsweredAreRemindedOnceInTheirLanguage() throws Exception {
        String answered = SurveyFixtures.staffEmail("librarian");
        String waiting = SurveyFixtures.staffEmail("librarian");
        String slug = SurveyFixtures.load(loader, closingSoon());
        HttpSession.signIn(answered, "library-2026").request().contentType("application/json")
                .body(Map.of("answers", Map.of("role", "undergraduate"))).post("/api/v1/surveys/" + slug
                        + "/responses").then().statusCode(201);
        int sent = reminders.sendDue();
        assertThat(sent).isPositive();
        assertThat(reminders.sendDue()).as("claimed once").isZero();
        assertThat(GreenMailResource.waitForMail(waiting, "您的意见仍然重要：学习需求")).isTrue();
        MimeMessage m = GreenMailResource.mailTo(waiting, "您的意见仍然重要");
        assertThat(String.valueOf(m.getContent())).contains("/surveys/" + slug, "(Asia/Shanghai)");
        Thread.sleep(500);
        assertThat(GreenMailResource.mailTo(answered, "您的意见仍然重要")).isNull();
    }

    @Test
    void severalInstancesRunningTheJobAtOnceQueueEachReminderOnce() throws Exception {
        SurveyFixtures.staffEmail("librarian");
        String slug = SurveyFixtures.load(loader, closingSoon());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(reminders::sendDue);
        }
        int total = 0;
        try {
            for (Future<Integer> f : pool.invokeAll(runs)) {
                total += f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(queued(slug)).isPositive().isLessThanOrEqualTo(total);
        assertThat(em.createNativeQuery("select count(*) from (select o.payload ->> 'person' from mail_outbox o join"
                + " survey s on cast(s.id as text) = o.payload ->> 'survey' where o.kind = 'survey_reminder' and"
                + " s.slug = ?1 group by 1 having count(*) > 1) d").setParameter(1, slug).getSingleResult())
                .as("nobody is queued twice").isEqualTo(0L);
    }
}
