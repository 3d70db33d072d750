package org.resilib.consult;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.resilib.GreenMailResource;
import org.resilib.HttpSession;
import org.resilib.guide.GuideFixtures;

/**
 * Service hours, closed days, the duty rota and the response targets, kept on the desk's pages and run with a
 * clock of the test's choosing across a weekend and a holiday.
 */
@QuarkusTest
class ServiceLevelsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    ServiceLevels levels;

    @Inject
    Questions questions;

    @Inject
    ServiceCalendar calendar;

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2027, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    private static Map<String, String> week(String opens, String closes) {
        Map<String, String> form = new HashMap<>();
        for (int d = 1; d <= 5; d++) {
            form.put("opens-" + d, opens);
            form.put("closes-" + d, closes);
        }
        form.put("opens-6", "");
        form.put("closes-6", "");
        form.put("opens-7", "");
        form.put("closes-7", "");
        return form;
    }

    private static long ask(String subject) {
        return given().header("X-Forwarded-For", "203.0.113." + (int) (Math.random() * 200 + 1))
                .contentType("application/json").body(Map.of("category", "research", "subject", subject, "body",
                        "Which databases cover Song dynasty trade?", "email", "reader@example.org"))
                .post("/api/v1/questions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private List<Long> overdueAt(Instant now) {
        List<Long> all = new ArrayList<>();
        for (List<Long> batch = levels.mailOverdue(now); !batch.isEmpty(); batch = levels.mailOverdue(now)) {
            all.addAll(batch);
        }
        return all;
    }

    @Test
    void anOverdueQuestionIsFlaggedAndMailedOnceToTheLibrarianOnDutyAcrossAWeekendAndAHoliday() throws Exception {
        String email = GuideFixtures.person("librarian");
        HttpSession librarian = GuideFixtures.signedIn(email);
        long librarianId = librarian.get("/api/v1/me").jsonPath().getLong("id");
        try {
            assertThat(librarian.postForm("/desk/service", "/desk/service/hours", Map.of("opens-1", "10:00",
                    "closes-1", "09:00")).then().statusCode(400).extract().asString()).contains("closes-1-error");
            librarian.postForm("/desk/service", "/desk/service/hours", week("09:00", "17:00")).then().statusCode(303);
            librarian.postForm("/desk/service", "/desk/service/closed", Map.of("day", "2027-01-11", "label",
                    "Test holiday")).then().statusCode(303);
            assertThat(librarian.postForm("/desk/service", "/desk/service/shifts", Map.of("person",
                    String.valueOf(librarianId), "start", "2027-01-12T08:00", "end", "2027-01-12T07:00")).then()
                    .statusCode(400).extract().asString()).contains("end-error");
            librarian.postForm("/desk/service", "/desk/service/shifts", Map.of("person", String.valueOf(librarianId),
                    "start", "2027-01-12T08:00", "allDay", "true")).then().statusCode(303);
            String page = librarian.request().queryParam("lang", "en").get("/desk/service").then().statusCode(200)
                    .extract().asString();
            assertThat(page).contains("2027-01-11", "Test holiday", "2027-01-12 08:00", "2027-01-13 08:00");

            String subject = "Song trade " + UUID.randomUUID().toString().substring(0, 6);
            long id = ask(subject);
            // Asked on Friday 8 January at 16:00: one hour that day, then the weekend and Monday's holiday.
            QuarkusTransaction.requiringNew().run(() -> levels.start(id, at(1, 8, 16, 0)));
            Questions.Question q = questions.byId(id).orElseThrow();
            assertThat(q.firstDueAt()).as("4 h: Friday 16-17, Tuesday 9-12").isEqualTo(at(1, 12, 12, 0));
            assertThat(q.resolveDueAt()).as("16 h: Friday 1, Tuesday 8, Wednesday 7").isEqualTo(at(1, 13, 16, 0));

            assertThat(overdueAt(at(1, 12, 11, 59))).doesNotContain(id);
            assertThat(overdueAt(at(1, 12, 12, 0))).contains(id);
            assertThat(overdueAt(at(1, 12, 13, 0))).as("mailed once").doesNotContain(id);
            assertThat(GreenMailResource.waitForMail(email, subject)).isTrue();
            Thread.sleep(1500);
            assertThat(GreenMailResource.recipientsOf(subject)).filteredOn(email.toLowerCase()::equals).hasSize(1);
            assertThat(((String) GreenMailResource.mailTo(email, subject).getContent()))
                    .contains("/desk/questions/" + id);

            // Past its target now: flagged in the queue until it goes to the asker, whose reply starts it again.
            QuarkusTransaction.requiringNew().run(() -> levels.start(id, Instant.now().minus(40, ChronoUnit.DAYS)));
            assertThat(row(librarian, subject)).contains("overdue");
            librarian.request().contentType("application/json").body(Map.of("body", "Which period exactly?",
                    "waiting", true)).post("/api/v1/questions/" + id + "/messages").then().statusCode(201);
            assertThat(questions.byId(id).orElseThrow().pausedAt()).isNotNull();
            librarian.request().queryParam("state", "waiting").queryParam("lang", "en").get("/desk").then()
                    .statusCode(200);
            assertThat(row(librarian, subject, "waiting")).doesNotContain("overdue");
        } finally {
            restoreDefaultHours(librarian);
            librarian.postForm("/desk/service", "/desk/service/closed/delete", Map.of("day", "2027-01-11")).then()
                    .statusCode(303);
        }
    }

    @Test
    void theResolutionClockPausesWhileTheQuestionIsWithTheAsker() {
        HttpSession librarian = GuideFixtures.signedIn(GuideFixtures.person("librarian"));
        try {
            librarian.postForm("/desk/service", "/desk/service/hours", week("09:00", "17:00")).then().statusCode(303);
            long id = ask("Pause " + UUID.randomUUID().toString().substring(0, 6));
            QuarkusTransaction.requiringNew().run(() -> levels.start(id, at(1, 8, 16, 0)));
            assertThat(questions.byId(id).orElseThrow().resolveDueAt()).isEqualTo(at(1, 12, 16, 0));
            // Due on Tuesday at 16:00 (Friday 16-17, Monday 9-17, Tuesday 9-16), sent to the asker on Tuesday at
            // 10:00 with 6 open hours left ...
            QuarkusTransaction.requiringNew().run(() -> levels.pause(id, at(1, 12, 10, 0)));
            assertThat(levels.mailOverdue(at(1, 20, 0, 0))).doesNotContain(id);
            // ... back on Thursday at 9:00: due 6 open hours later.
            QuarkusTransaction.requiringNew().run(() -> levels.resume(id, at(1, 14, 9, 0)));
            assertThat(questions.byId(id).orElseThrow().resolveDueAt()).isEqualTo(at(1, 14, 15, 0));
            assertThat(questions.byId(id).orElseThrow().pausedAt()).isNull();
        } finally {
            restoreDefaultHours(librarian);
        }
    }

    @Test
    void aDeclaredEmergencyRunsTheServiceAroundTheClock() {
        Instant sundayNight = Instant.now().plus(8, ChronoUnit.DAYS).atZone(SHANGHAI).toLocalDate()
                .with(TemporalAdjusters.next(DayOfWeek.SUNDAY)).atTime(3, 0)
                .atZone(SHANGHAI).toInstant();
        assertThat(calendar.hours().openAt(sundayNight)).isFalse();
        GuideFixtures.declare("测试应急 " + UUID.randomUUID(), "Test emergency");
        try {
            assertThat(calendar.hours().openAt(sundayNight)).isTrue();
        } finally {
            GuideFixtures.endOpen();
        }
        assertThat(calendar.hours().openAt(sundayNight)).isFalse();
    }

    /** The hours the migration sets: Monday to Friday 8-20, Saturday 9-17. */
    private static void restoreDefaultHours(HttpSession librarian) {
        Map<String, String> form = week("08:00", "20:00");
        form.put("opens-6", "09:00");
        form.put("closes-6", "17:00");
        librarian.postForm("/desk/service", "/desk/service/hours", form).then().statusCode(303);
    }

    private static String row(HttpSession librarian, String subject) {
        return row(librarian, subject, "");
    }

    private static String row(HttpSession librarian, String subject, String state) {
        String page = librarian.request().queryParam("state", state).queryParam("lang", "en").get("/desk").then()
                .statusCode(200).extract().asString();
        int at = page.indexOf(subject);
        assertThat(at).as("the question is in the queue").isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }
}
