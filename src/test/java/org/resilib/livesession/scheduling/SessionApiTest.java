package org.resilib.livesession.scheduling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.resilib.livesession.SessionFixtures.create;
import static org.resilib.livesession.SessionFixtures.inDays;
import static org.resilib.livesession.SessionFixtures.register;
import static org.resilib.livesession.SessionFixtures.session;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.resilib.GreenMailResource;
import org.resilib.HttpSession;
import org.resilib.livesession.mail.Reminders;

@QuarkusTest
class SessionApiTest {

    @Inject
    Reminders reminders;

    @Test
    void badSessionsAreRefusedAndNothingIsStored() {
        HttpSession admin = HttpSession.admin();
        String title = "Refused " + UUID.randomUUID();
        Map<String, Map.Entry<String, Object>> cases = Map.of(
                "startsAt", Map.entry("startsAt", inDays(-1).toString()),
                "durationMinutes", Map.entry("durationMinutes", 0),
                "timeZone", Map.entry("timeZone", "Mars/Olympus_Mons"),
                "capacity", Map.entry("capacity", -1),
                "joinUrl", Map.entry("joinUrl", "javascript:alert(1)"),
                "platform", Map.entry("platform", "carrier-pigeon"));
        cases.forEach((field, change) -> {
            Map<String, Object> body = session(title, inDays(3), 10);
            body.put(change.getKey(), change.getValue());
            admin.request().contentType("application/json").body(body).post("/api/v1/sessions").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(field));
        });
        assertThat(given().get("/api/v1/sessions?from=" + inDays(-2) + "&to=" + inDays(30)).jsonPath()
                .getList("title", String.class)).doesNotContain(title);
        HttpSession.newStudent().request().contentType("application/json").body(session(title, inDays(3), 1))
                .post("/api/v1/sessions").then().statusCode(403);
    }

    @Test
    void aWeeklySeriesKeepsItsLocalTimeAcrossDaylightSaving() {
        HttpSession admin = HttpSession.admin();
        Map<String, Object> body = session("DST series " + UUID.randomUUID(),
                OffsetDateTime.parse("2031-03-03T10:00:00-05:00"), null);
        body.put("timeZone", "America/New_York");
        body.put("weeks", 3);
        JsonPath created = admin.request().contentType("application/json").body(body).post("/api/v1/sessions")
                .then().statusCode(201).extract().jsonPath();
        List<Long> ids = created.getList("seriesIds", Long.class);
        assertThat(ids).hasSize(3);
        List<String> starts = ids.stream().map(id -> given().get("/api/v1/sessions/" + id).jsonPath()
                .getString("startsAt")).toList();
        assertThat(starts).containsExactly("2031-03-03T10:00:00-05:00", "2031-03-10T10:00:00-04:00",
                "2031-03-17T10:00:00-04:00");
    }

    @Test
    void capacityWaitlistAndPromotionWithMail() throws Exception {
        HttpSession admin = HttpSession.admin();
        long id = create(admin, session("Capacity " + UUID.randomUUID(), inDays(5), 2));
        HttpSession a = HttpSession.newStudent();
        HttpSession b = HttpSession.newStudent();
        HttpSession c = HttpSession.newStudent();
        HttpSession d = HttpSession.newStudent();
        assertThat(register(a, id, 201).getString("status")).isEqualTo("CONFIRMED");
        assertThat(register(b, id, 201).getString("status")).isEqualTo("CONFIRMED");
        JsonPath cw = register(c, id, 201);
        assertThat(cw.getString("status")).isEqualTo("WAITLISTED");
        assertThat(cw.getInt("position")).isEqualTo(1);
        assertThat(register(d, id, 201).getInt("position")).isEqualTo(2);
        assertThat(register(a, id, 200).getString("status")).isEqualTo("CONFIRMED");

        a.request().get("/api/v1/sessions/" + id).then().body("confirmed", equalTo(2)).body("waitlisted", equalTo(2))
                .body("myRegistration.status", equalTo("CONFIRMED")).body("joinUrl", nullValue());
        admin.request().get("/api/v1/sessions/" + id).then().body("joinUrl", equalTo("https://meeting.tencent.com/dm/abc"));

        a.request().delete("/api/v1/sessions/" + id + "/registrations/me").then().statusCode(204);
        c.request().get("/api/v1/sessions/" + id).then().body("myRegistration.status", equalTo("CONFIRMED"));
        d.request().get("/api/v1/sessions/" + id).then().body("myRegistration.position", equalTo(1));

        List<Map<String, Object>> list = admin.request().get("/api/v1/sessions/" + id + "/registrations").then()
                .statusCode(200).extract().jsonPath().getList("");
        assertThat(list).extracting(m -> m.get("status")).containsExactly("CONFIRMED", "CONFIRMED", "WAITLISTED",
                "CANCELLED");
        b.request().get("/api/v1/sessions/" + id + "/registrations").then().statusCode(403);

        String cEmail = c.request().get("/api/v1/me").jsonPath().getString("email");
        assertThat(waitForMail(cEmail, "候补转正")).isTrue();
        assertThat(waitForMail(cEmail, "已进入候补")).isTrue();
        String bEmail = b.request().get("/api/v1/me").jsonPath().getString("email");
        assertThat(waitForMail(bEmail, "报名成功")).isTrue();
        MimeMessage registered = mailTo(bEmail, "报名成功");
        assertThat(registered).isNotNull();
        MimeMultipart parts = (MimeMultipart) registered.getContent();
        boolean hasIcs = false;
        for (int i = 0; i < parts.getCount(); i++) {
            hasIcs |= parts.getBodyPart(i).getContentType().startsWith("text/calendar");
        }
        assertThat(hasIcs).isTrue();
    }

    @Test
    void manySimultaneousRegistrationsFillExactlyTheCapacity() throws Exception {
        HttpSession admin = HttpSession.admin();
        long id = create(admin, session("Race " + UUID.randomUUID(), inDays(6), 5));
        List<HttpSession> people = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            people.add(HttpSession.newStudent());
        }
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Callable<JsonPath>> calls = new ArrayList<>();
            for (HttpSession p : people) {
                calls.add(() -> p.request().contentType("application/json")
                        .post("/api/v1/sessions/" + id + "/registrations").then().extract().jsonPath());
                calls.add(() -> p.request().contentType("application/json")
                        .post("/api/v1/sessions/" + id + "/registrations").then().extract().jsonPath());
            }
            for (Future<JsonPath> f : pool.invokeAll(calls)) {
                assertThat(f.get().getString("status")).isIn("CONFIRMED", "WAITLISTED");
            }
        } finally {
            pool.shutdown();
        }
        JsonPath s = given().get("/api/v1/sessions/" + id).jsonPath();
        assertThat(s.getInt("confirmed")).isEqualTo(5);
        assertThat(s.getInt("waitlisted")).isEqualTo(19);
        List<Integer> positions = admin.request().get("/api/v1/sessions/" + id + "/registrations").jsonPath()
                .getList("findAll { it.status == 'WAITLISTED' }.position", Integer.class);
        assertThat(positions).containsExactlyElementsOf(IntStream.rangeClosed(1, 19).boxed().toList());
    }

    @Test
    void calendarsFollowChangesAndCancellation() {
        HttpSession admin = HttpSession.admin();
        Map<String, Object> body = session("Calendar " + UUID.randomUUID(), inDays(8), null);
        long id = create(admin, body);
        String ics = given().get("/sessions/" + id + ".ics").then().statusCode(200)
                .contentType(Matchers.containsString("text/calendar")).extract().asString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:session-" + id + "@resilib\r\n",
                "SEQUENCE:0\r\n", "STATUS:CONFIRMED\r\n", "DTSTAMP:").containsPattern("DTSTART:\\d{8}T\\d{6}Z\r\n")
                .doesNotContain("meeting.tencent.com");
        body.put("durationMinutes", 90);
        admin.request().contentType("application/json").body(body).put("/api/v1/sessions/" + id).then().statusCode(200);
        assertThat(given().get("/sessions/" + id + ".ics").asString()).contains("SEQUENCE:1\r\n");
        admin.request().delete("/api/v1/sessions/" + id).then().statusCode(200).body("status", equalTo("cancelled"));
        assertThat(given().get("/sessions/" + id + ".ics").asString()).contains("SEQUENCE:2\r\n", "STATUS:CANCELLED\r\n");
        register(HttpSession.newStudent(), id, 409);
    }

    @Test
    void joinDetailsAppearFifteenMinutesBeforeTheStartAndRemindersGoOutOnce() throws Exception {
        HttpSession admin = HttpSession.admin();
        long soon = create(admin, session("Soon " + UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC)
                .plusMinutes(10), 10));
        HttpSession s = HttpSession.newStudent();
        register(s, soon, 201);
        s.request().get("/api/v1/sessions/" + soon).then().body("joinUrl", equalTo("https://meeting.tencent.com/dm/abc"))
                .body("meetingCode", equalTo("123 456 789"));
        HttpSession.newStudent().request().get("/api/v1/sessions/" + soon).then().body("joinUrl", nullValue());

        assertThat(reminders.sendDue()).isGreaterThanOrEqualTo(1);
        assertThat(reminders.sendDue()).as("each reminder is claimed once").isZero();
        String email = s.request().get("/api/v1/me").jsonPath().getString("email");
        assertThat(waitForMail(email, "一小时后开始")).isTrue();
        long count = Arrays.stream(GreenMailResource.smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email) && m.getSubject().contains("一小时后开始");
            } catch (Exception e) {
                return false;
            }
        }).count();
        assertThat(count).isEqualTo(1);
    }

    static boolean waitForMail(String to, String subjectPart) throws InterruptedException {
        return GreenMailResource.waitForMail(to, subjectPart);
    }

    static MimeMessage mailTo(String to, String subjectPart) {
        return GreenMailResource.mailTo(to, subjectPart);
    }
}
