package org.resilib.guide.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resilib.Eventually;
import org.resilib.GreenMailResource;
import org.resilib.HttpSession;
import org.resilib.guide.GuideFixtures;
import org.resilib.mail.OutboxDrainer;

/**
 * The declaration's mail to everyone: 10,000 people, queued in batches by several workers at once (as several
 * instances would), resumed from the cursor after a stop, and delivered once each in the person's language.
 */
@QuarkusTest
class EmergencyMailingTest {

    static final int PEOPLE = 10_000;

    @Inject
    EntityManager em;

    @Inject
    EmergencyMailing mailing;

    @Inject
    OutboxDrainer drainer;

    private String tag;

    @AfterEach
    void cleanUp() {
        GuideFixtures.endOpen();
        if (tag != null) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update person set active = false"
                    + " where email like ?1").setParameter(1, "mass-" + tag + "-%").executeUpdate());
        }
    }

    private long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    @Test
    void everyActivePersonIsMailedOnceWhateverTheNumberOfWorkersAndStops() throws Exception {
        tag = UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into person (email, display_name,"
                + " locale) select 'mass-' || ?1 || '-' || g || '@test.resilib', 'Reader ' || g, case when g % 2 = 0"
                + " then 'en' else 'zh-CN' end from generate_series(1, ?2) g").setParameter(1, tag)
                .setParameter(2, PEOPLE).executeUpdate());
        String subject = "Closure " + tag;
        long id = HttpSession.admin().request().contentType("application/json")
                .body(Map.of("title", Map.of("zh-CN", "闭馆 " + tag, "en", subject), "mailEveryone", true))
                .post("/api/v1/admin/emergencies").then().statusCode(201).extract().jsonPath().getLong("id");
        long active = count("select count(*) from person where active");

        // Up to two batches may be queued before a stop; the row's cursor keeps where it got.
        mailing.queueBatch();
        long afterStop = count("select after_person from emergency_mailing where emergency_id = ?1", id);
        long queuedAtStop = count("select queued from emergency_mailing where emergency_id = ?1", id);
        assertThat(queuedAtStop).isPositive();
        assertThat(afterStop).isPositive();

        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> instances = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                instances.add(() -> {
                    int queued = 0;
                    int batch;
                    while ((batch = mailing.queueBatch()) >= 0) {
                        queued += batch;
                    }
                    return queued;
                });
            }
            for (Future<Integer> f : workers.invokeAll(instances)) {
                f.get();
            }
        } finally {
            workers.shutdown();
        }
        Eventually.within(Duration.ofSeconds(30), "the mailing to finish", () -> count("select count(*) from"
                + " emergency_mailing where emergency_id = ?1 and finished_at is not null", id) == 1);
        String byEmergency = " from mail_outbox where kind = 'guide_emergency' and payload ->> 'emergency' = ?1";
        assertThat(count("select count(*)" + byEmergency, String.valueOf(id))).isEqualTo(active);
        assertThat(count("select count(distinct payload ->> 'person')" + byEmergency, String.valueOf(id)))
                .isEqualTo(active);
        assertThat(count("select queued from emergency_mailing where emergency_id = ?1", id)).isEqualTo(active);

        ExecutorService senders = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> drains = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                drains.add(drainer::drainNow);
            }
            for (Future<Integer> f : senders.invokeAll(drains)) {
                f.get();
            }
        } finally {
            senders.shutdown();
        }
        Eventually.within(Duration.ofSeconds(120), "every mail to be delivered",
                () -> GreenMailResource.recipientsOf(tag).size() >= active);
        List<String> recipients = GreenMailResource.recipientsOf(tag);
        assertThat(recipients).hasSize((int) active);
        assertThat(new HashSet<>(recipients)).hasSize((int) active);
        MimeMessage english = GreenMailResource.mailTo("mass-" + tag + "-2@test.resilib", tag);
        MimeMessage chinese = GreenMailResource.mailTo("mass-" + tag + "-1@test.resilib", tag);
        assertThat(english.getSubject()).isEqualTo("[Library] " + subject);
        assertThat(String.valueOf(english.getContent())).contains("/guide?lang=en");
        assertThat(chinese.getSubject()).isEqualTo("【图书馆】闭馆 " + tag);
    }

    @Test
    void mailForAnEmergencyThatHasEndedIsNotSent() {
        HttpSession admin = HttpSession.admin();
        long id = admin.request().contentType("application/json")
                .body(Map.of("title", Map.of("en", "Short closure " + UUID.randomUUID())))
                .post("/api/v1/admin/emergencies").then().statusCode(201).extract().jsonPath().getLong("id");
        long adminId = admin.request().get("/api/v1/me").jsonPath().getLong("id");
        ObjectNode payload = new ObjectMapper().createObjectNode().put("emergency", id).put("person", adminId);
        assertThat(mailing.render(payload)).as("while it lasts").isPresent();
        admin.request().contentType("application/json").post("/api/v1/admin/emergencies/" + id + "/end").then()
                .statusCode(200);
        assertThat(mailing.render(payload)).as("once it has ended").isEmpty();
    }
}
