package org.resilib.livesession.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.resilib.livesession.SessionFixtures.create;
import static org.resilib.livesession.SessionFixtures.inDays;
import static org.resilib.livesession.SessionFixtures.register;
import static org.resilib.livesession.SessionFixtures.session;
import static org.resilib.livesession.SessionFixtures.value;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.resilib.GreenMailResource;
import org.resilib.HttpSession;
import org.resilib.livesession.SessionFixtures;

@QuarkusTest
class SessionResourceTest {

    static String localStart(int days) {
        return LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(days).withSecond(0).withNano(0)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }

    static Map<String, Object> form(String title, String start) {
        Map<String, Object> f = new HashMap<>();
        f.put("title_zh", title);
        f.put("title_en", title);
        f.put("start", start);
        f.put("timeZone", "Asia/Shanghai");
        f.put("durationMinutes", "60");
        f.put("capacity", "30");
        f.put("platform", "zoom");
        f.put("joinUrl", "https://zoom.example.edu/j/1");
        f.put("audience", "everyone");
        f.put("weeks", "1");
        return f;
    }

    static long idFrom(Response r) {
        Matcher m = Pattern.compile("/sessions/(\\d+)").matcher(r.getHeader("Location"));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void organisersScheduleInTheBrowserAndAreWarnedOfOverlaps() {
        HttpSession admin = HttpSession.admin();
        String start = localStart(12);
        Response first = admin.postForm("/sessions/new", "/sessions/new", form("First " + UUID.randomUUID(), start));
        assertThat(first.statusCode()).isEqualTo(303);
        Response second = admin.postForm("/sessions/new", "/sessions/new", form("Second " + UUID.randomUUID(), start));
        assertThat(second.getHeader("Location")).contains("overlaps=" + idFrom(first));
        admin.get(second.getHeader("Location").replaceAll("^https?://[^/]+", "") + "&lang=en").then().statusCode(200)
                .body(containsString("overlaps other sessions of yours"));

        Map<String, Object> bad = form("Bad zone", start);
        bad.put("timeZone", "Nowhere/Land");
        admin.postForm("/sessions/new?lang=en", "/sessions/new", bad).then().statusCode(400)
                .body(containsString("Choose a time zone")).body(containsString("value=\"Bad zone\""));
        HttpSession.newStudent().get("/sessions/new").then().statusCode(403);
    }

    @Test
    void learnersRegisterCancelAndJoinAWholeSeries() {
        HttpSession admin = HttpSession.admin();
        Map<String, Object> body = session("Series " + UUID.randomUUID(), inDays(9), null);
        body.put("weeks", 3);
        long id = create(admin, body);
        HttpSession student = HttpSession.newStudent();
        student.get("/sessions?lang=en").then().statusCode(200).body(containsString("/sessions/" + id));
        student.postForm("/sessions/" + id, "/sessions/" + id + "/register-series", Map.of()).then().statusCode(303);
        List<String> mine = student.request().get("/api/v1/sessions?from=" + inDays(1) + "&to=" + inDays(40))
                .jsonPath().getList("findAll { it.seriesId == " + id + " || it.id == " + id + " }.myRegistration.status");
        assertThat(mine).containsExactly("CONFIRMED", "CONFIRMED", "CONFIRMED");
        student.postForm("/sessions/" + id, "/sessions/" + id + "/unregister", Map.of()).then().statusCode(303);
        student.get("/sessions/" + id + "?lang=en").then().body(containsString("Register for the whole series"));
    }

    @Test
    void raisingTheCapacityPromotesAndChangesAreMailed() throws Exception {
        HttpSession admin = HttpSession.admin();
        Map<String, Object> body = session("Raise " + UUID.randomUUID(), inDays(10), 1);
        long id = create(admin, body);
        HttpSession a = HttpSession.newStudent();
        HttpSession b = HttpSession.newStudent();
        register(a, id, 201);
        assertThat(register(b, id, 201).getString("status")).isEqualTo("WAITLISTED");
        body.put("capacity", 2);
        admin.request().contentType("application/json").body(body).put("/api/v1/sessions/" + id).then()
                .statusCode(200).body("confirmed", equalTo(2));
        b.request().get("/api/v1/sessions/" + id).then().body("myRegistration.status", equalTo("CONFIRMED"));
        String aEmail = a.request().get("/api/v1/me").jsonPath().getString("email");
        String bEmail = b.request().get("/api/v1/me").jsonPath().getString("email");
        assertThat(GreenMailResource.waitForMail(aEmail, "场次有变更")).isTrue();
        assertThat(GreenMailResource.waitForMail(bEmail, "候补转正")).isTrue();
        admin.request().delete("/api/v1/sessions/" + id).then().statusCode(200);
        assertThat(GreenMailResource.waitForMail(aEmail, "场次已取消")).isTrue();
    }

    @Test
    void staffSessionsAreListedButOnlyStaffRegister() {
        HttpSession admin = HttpSession.admin();
        Map<String, Object> body = session("Staff " + UUID.randomUUID(), inDays(11), 10);
        body.put("audience", "librarians");
        long id = create(admin, body);
        HttpSession.newStudent().request().contentType("application/json")
                .post("/api/v1/sessions/" + id + "/registrations").then().statusCode(409)
                .body("code", equalTo("session_wrong_audience"));
        register(admin, id, 201);
    }

    @Test
    void theSessionFormNamesTheFieldAtFaultAndOffersTheCoursesToLink() {
        HttpSession admin = HttpSession.admin();
        String blank = admin.get("/sessions/new?lang=en").then().statusCode(200).extract().asString();
        assertThat(blank).contains("<legend>When (the start is read in this time zone)</legend>",
                "value=\"Asia/Shanghai\"", "<option value=\"Europe/Berlin\">", "<select id=\"courseSlug\"",
                "<option value=\"\">No linked course</option>",
                "<option value=\"information-needs\">");
        // A start in the past is shown on the start input, by its label; the service's field name never shows.
        Map<String, Object> past = form("Past " + UUID.randomUUID(), localStart(-1));
        String refused = admin.postForm("/sessions/new?lang=en", "/sessions/new?lang=en", past).then()
                .statusCode(400).extract().asString();
        assertThat(refused).contains("<a href=\"#start\">Start (local time)</a>: The start must be in the future.",
                "id=\"start\" name=\"start\" aria-invalid=\"true\" aria-describedby=\"start-error\"",
                "<p class=\"field-error\" id=\"start-error\">The start must be in the future.</p>")
                .doesNotContain("startsAt");
        Map<String, Object> linked = form("Linked " + UUID.randomUUID(), localStart(9));
        linked.put("courseSlug", "information-needs");
        Response created = admin.postForm("/sessions/new", "/sessions/new", linked);
        assertThat(created.statusCode()).isEqualTo(303);
        String id = created.getHeader("Location").replaceAll(".*/sessions/(\\d+).*", "$1");
        admin.get("/sessions/" + id + "/edit?lang=zh-CN").then().statusCode(200)
                .body(containsString("<option value=\"information-needs\" selected>"))
                .body(containsString("不关联课程"));
        Map<String, Object> unknown = form("Unknown " + UUID.randomUUID(), localStart(9));
        unknown.put("courseSlug", "no-such-course");
        admin.postForm("/sessions/new?lang=en", "/sessions/new?lang=en", unknown).then().statusCode(400)
                .body(containsString("<a href=\"#courseSlug\">Linked course (optional)</a>"))
                .body(containsString("<option value=\"no-such-course\" selected>no-such-course (not published)"));

        // An organiser's own courses (drafts included) come first, then the other published ones.
        String email = "organiser-" + UUID.randomUUID() + "@test.resilib";
        admin.request().contentType("application/json").body(Map.of("email", email, "name", "Org", "password",
                "long-enough-1", "roles", List.of("instructor"))).post("/api/v1/admin/users").then().statusCode(201);
        HttpSession organiser = HttpSession.signIn(email, "long-enough-1");
        String slug = "own-" + UUID.randomUUID().toString().substring(0, 8);
        organiser.request().contentType("application/json").body(Map.of("slug", slug, "title",
                Map.of("zh-CN", "我的演练", "en", "My drill"), "summary", Map.of("en", "Drill"), "dimension", "ability",
                "audience", "students", "minutes", 20)).post("/api/v1/courses").then().statusCode(201);
        String mine = organiser.get("/sessions/new?lang=en").then().statusCode(200).extract().asString();
        assertThat(mine).containsSubsequence("<optgroup label=\"Your courses\">",
                "<option value=\"" + slug + "\">My drill</option>", "</optgroup>",
                "<optgroup label=\"Published courses\">", "<option value=\"information-needs\">");
        assertThat(blank).doesNotContain("<option value=\"" + slug + "\">");
    }

    @Test
    void attendanceByHandAndFromThePlatformExportThenReplay() {
        HttpSession admin = HttpSession.admin();
        Map<String, Object> body = session("Attendance " + UUID.randomUUID(), inDays(13), null);
        body.put("courseSlug", "information-needs");
        long id = create(admin, body);
        HttpSession a = HttpSession.newStudent();
        HttpSession b = HttpSession.newStudent();
        register(a, id, 201);
        register(b, id, 201);
        String aEmail = a.request().get("/api/v1/me").jsonPath().getString("email");
        String csv = "\uFEFFName (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n"
                + "Alpha (Alpha),\"" + aEmail + "\",2026-11-20 10:00,2026-11-20 11:00,60\n"
                + "Stranger,stranger@example.com,2026-11-20 10:05,2026-11-20 10:30,25\n";
        // The organiser reads each registration's status as a status, with the attended box first (phones).
        String sheet = admin.get("/sessions/" + id + "/attendance?lang=en").asString();
        assertThat(sheet).contains(">Confirmed<").doesNotContain("You are registered");
        Response marked = admin.postForm("/sessions/" + id + "/attendance", "/sessions/" + id + "/attendance",
                Map.of());
        assertThat(marked.statusCode()).isEqualTo(303);
        assertThat(marked.getHeader("Location")).contains("done=done_attendance_saved");
        String page = admin.get("/sessions/" + id + "/attendance").asString();
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        String report = admin.request().queryParam("lang", "en").multiPart("csrf-token", token.group(1))
                .multiPart("file", "participants.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/sessions/" + id + "/attendance/import").then().statusCode(200).extract().asString();
        assertThat(report).contains("1 participants matched", "stranger@example.com");
        List<Boolean> attended = admin.request().get("/api/v1/sessions/" + id + "/registrations").jsonPath()
                .getList("attended", Boolean.class);
        assertThat(attended).containsExactlyInAnyOrder(true, false);

        Map<String, Object> edit = form("Attendance", localStart(13));
        edit.put("recordingUrl", "https://www.bilibili.com/video/BV1xx411c7mD");
        edit.put("courseSlug", "information-needs");
        admin.postForm("/sessions/" + id + "/edit", "/sessions/" + id + "/edit", edit).then().statusCode(303);
        a.get("/sessions/" + id + "?lang=en").then().body(containsString("Watch the replay"));
        HttpSession learner = HttpSession.newStudent();
        learner.request().contentType("application/json")
                .post("/api/v1/courses/information-needs/modules/recognising-information-needs/complete")
                .then().statusCode(204);
        learner.get("/sessions/" + id + "?lang=en").then().body(containsString("Watch the replay"));
        HttpSession.newStudent().get("/sessions/" + id + "?lang=en").then().body(not(containsString("Watch the replay")));
        given().get("/api/v1/sessions/" + id).then().body("recordingUrl", Matchers.nullValue());
        b.request().get("/sessions/" + id + "/attendance").then().statusCode(403);
    }

    @Test
    void personalCalendarFeedWithAResettableToken() {
        HttpSession admin = HttpSession.admin();
        long id = create(admin, session("Feed " + UUID.randomUUID(), inDays(14), null));
        HttpSession student = HttpSession.newStudent();
        register(student, id, 201);
        String page = student.postForm("/me/calendar", "/me/calendar/reset", Map.of()).then().statusCode(200)
                .extract().asString();
        String url = value(page, "value=\"(https?://[^\"]+/me/calendar.ics\\?token=[^\"]+)\"");
        String path = url.replaceAll("^https?://[^/]+", "");
        assertThat(given().get(path).then().statusCode(200).extract().asString())
                .contains("UID:session-" + id + "@resilib", "X-WR-CALNAME:Resilib");
        student.postForm("/me/calendar", "/me/calendar/reset", Map.of()).then().statusCode(200);
        given().get(path).then().statusCode(404);
        given().get("/me/calendar.ics?token=nope").then().statusCode(404);
    }

    @Test
    void timesAreShownInThePersonsZone() {
        HttpSession admin = HttpSession.admin();
        long id = create(admin, session("Zone " + UUID.randomUUID(), inDays(15), null));
        HttpSession student = HttpSession.newStudent();
        student.postForm("/me/profile", "/me/profile", Map.of("displayName", "Test Student", "locale", "en",
                "timeZone", "America/New_York")).then().statusCode(303);
        student.get("/sessions/" + id).then().body(containsString("(America/New_York)"));
        student.postForm("/me/profile?lang=en", "/me/profile", Map.of("displayName", "Test Student", "locale", "en",
                "timeZone", "Mars/Base")).then().statusCode(400).body(containsString("Choose a time zone"));
        given().get("/sessions/" + id).then().body(containsString("(Asia/Shanghai)"));
    }

    @Test
    void registrationOutsideItsWindowIsRefused() {
        HttpSession admin = HttpSession.admin();
        Map<String, Object> body = session("Window " + UUID.randomUUID(), inDays(16), null);
        body.put("registrationOpensAt", inDays(2).toString());
        long id = create(admin, body);
        HttpSession.newStudent().request().contentType("application/json")
                .post("/api/v1/sessions/" + id + "/registrations").then().statusCode(409)
                .body("code", equalTo("session_registration_closed"));
        admin.request().get("/api/v1/sessions/" + id + "/registrations").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void theFormSetsARegistrationWindow() {
        HttpSession admin = HttpSession.admin();
        Map<String, Object> f = form("Windowed " + UUID.randomUUID(), localStart(20));
        f.put("registrationOpens", localStart(3));
        Response created = admin.postForm("/sessions/new", "/sessions/new", f);
        assertThat(created.statusCode()).isEqualTo(303);
        long id = idFrom(created);
        HttpSession.newStudent().request().contentType("application/json")
                .post("/api/v1/sessions/" + id + "/registrations").then().statusCode(409);
        admin.get("/sessions/" + id + "/edit").then().body(containsString("value=\"" + localStart(3) + "\""));
        f.put("registrationCloses", localStart(2));
        admin.postForm("/sessions/new?lang=en", "/sessions/new", f).then().statusCode(400)
                .body(containsString("Registration must open before it closes."));
    }

    @Test
    void cancellingASessionAsksFirstAndThenTellsTheRegistrants() {
        HttpSession admin = HttpSession.admin();
        long id = SessionFixtures.create(admin, SessionFixtures.session("Cancel me", SessionFixtures.inDays(3), 10));
        Response asked = admin.postForm("/sessions/" + id + "?lang=en", "/sessions/" + id + "/cancel", Map.of());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.asString()).contains("name=\"confirm\" value=\"yes\"", "action=\"/sessions/" + id
                + "/cancel\"", "href=\"/sessions/" + id + "\"");
        admin.request().get("/api/v1/sessions/" + id).then().body("status", org.hamcrest.Matchers.not("cancelled"));
        admin.postForm("/sessions/" + id, "/sessions/" + id + "/cancel", Map.of("confirm", "yes")).then()
                .statusCode(303);
        admin.request().get("/api/v1/sessions/" + id).then().body("status",
                org.hamcrest.Matchers.equalTo("cancelled"));
    }
}
