package org.resilib.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resilib.EmbeddedPostgresResource;
import org.resilib.HttpSession;
import org.resilib.livesession.SessionFixtures;

/**
 * The four journeys of people new to the platform, each in Chinese on a 390 px phone and in English on a desktop,
 * with the confirmation steps and the messages after each action asserted in the language of the run (read from
 * the bundles): a student registering, studying, taking a quiz and registering for a session; an organiser
 * scheduling, taking attendance and cancelling a session; a librarian reading their competencies, submitting a work
 * sample and claiming a badge; an admin importing people, forming a team and reading the audit log. Each page
 * passes axe and, on the phone, does not scroll sideways.
 */
@QuarkusIntegrationTest
class NewUserJourneysIT extends BrowserTestBase {

    /** A language and a screen. */
    record Variant(String language, boolean phone) {
        @Override
        public String toString() {
            return language + (phone ? " on a phone" : " on a desktop");
        }
    }

    static Stream<Variant> variants() {
        return Stream.of(new Variant("zh-CN", true), new Variant("en", false));
    }

    private BrowserContext open(Variant v) {
        return v.phone() ? browser.context(390, 844, true, "zh-CN") : browser.context(1280, 900, false, "en-GB");
    }

    /** The page passes axe and, on a phone, fits the screen's width. */
    private static void check(Page page, Variant v) {
        Browser.assertAccessible(page);
        if (v.phone()) {
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth"))
                    .as(page.url() + " scrolls sideways").isEqualTo(false);
        }
    }

    private void signIn(Page page, String email, String password) {
        page.navigate(url("/login"));
        page.locator("#j_username").fill(email);
        page.locator("#j_password").fill(password);
        page.locator("form[action='/j_security_check'] button[type=submit]").click();
        assertThat(page.locator("form[action='/j_security_check']")).hasCount(0);
    }

    private static String staff(String role, String name) {
        String email = role + "-" + UUID.randomUUID() + "@test.resilib";
        HttpSession.admin().request().contentType("application/json").body(Map.of("email", email, "name", name,
                "password", "library-2026", "roles", List.of(role))).post("/api/v1/admin/users").then()
                .statusCode(201);
        return email;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void aStudentRegistersStudiesTakesAQuizAndRegistersForASession(Variant v) {
        Texts t = Texts.of(v.language());
        String title = "Open desk " + UUID.randomUUID().toString().substring(0, 6);
        long session = SessionFixtures.create(HttpSession.admin(),
                SessionFixtures.session(title, SessionFixtures.inDays(12), 40));
        try (BrowserContext context = open(v)) {
            Page page = context.newPage();
            page.navigate(url("/register"));
            check(page, v);
            page.locator("#email").fill("journey-" + UUID.randomUUID() + "@test.resilib");
            page.locator("#displayName").fill("Journey Student");
            page.locator("#password").fill("library-2026");
            page.locator("form[action='/register'] button[type=submit]").click();
            assertThat(page.getByRole(AriaRole.STATUS))
                    .containsText(t.get("act", "done_account_created"));
            check(page, v);

            page.navigate(url("/courses/information-needs"));
            page.locator("form[action='/courses/information-needs/enrol'] button").click();
            assertThat(page.locator("article h1")).isVisible();
            check(page, v);
            page.locator("form[action$='/done'] button").click();
            assertThat(page).hasURL(Pattern.compile("/courses/information-needs/modules/"));

            page.navigate(url("/courses/information-needs/quiz"));
            page.locator("form[action$='/quiz/attempts'] button[type=submit]").click();
            page.locator("fieldset.question input[type=radio], fieldset.question input[type=checkbox]").first()
                    .check();
            check(page, v);
            page.locator("button[name=action][value=submit]").click();
            // Submitting uses up an attempt: asked first, on a page of its own.
            assertThat(page.locator("#confirm-title")).hasText(t.get("act", "confirm_submit_quiz"));
            check(page, v);
            page.locator("section.confirm button[type=submit]").click();
            assertThat(page.locator("h1")).hasText(t.get("qz", "quiz_review_title", "n", 1));
            check(page, v);

            page.navigate(url("/sessions/" + session));
            page.locator("form[action='/sessions/" + session + "/register'] button").click();
            assertThat(page.locator("main")).containsText(t.get("ls", "registration_confirmed"));
            check(page, v);

            // The library's survey, from the menu: "other" with what they wrote, then acknowledged.
            page.locator("nav.main-nav a[href='/surveys']").click();
            check(page, v);
            page.locator("a[href='/surveys/emergency-services-2021']").click();
            check(page, v);
            page.locator("input[name='q.visited'][value='not-visited']").check();
            page.locator("input[name='q.channel'][value='other']").check();
            page.locator("#q-channel-other").fill("QQ groups of my class");
            page.locator("input[name='q.enough'][value='not-met']").check();
            page.locator("button[name=action][value=submit]").click();
            // One answer missing: named at the top and on its question, the others kept.
            assertThat(page.locator("#q-improve-error")).hasText(t.get("sv", "survey_answer_required"));
            assertThat(page.locator("#q-channel-other")).hasValue("QQ groups of my class");
            check(page, v);
            page.locator("input[name='q.improve'][value='online-channels']").check();
            page.locator("button[name=action][value=submit]").click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText(t.get("act", "done_survey_submitted"));
            check(page, v);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void anOrganiserSchedulesTakesAttendanceAndCancelsASession(Variant v) {
        Texts t = Texts.of(v.language());
        String email = staff("instructor", "Journey Organiser");
        String title = "Drill " + UUID.randomUUID().toString().substring(0, 6);
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        try (BrowserContext context = open(v)) {
            Page page = context.newPage();
            signIn(page, email, "library-2026");
            page.navigate(url("/sessions/new"));
            check(page, v);
            page.locator("#title_zh").fill(title + " 演练");
            page.locator("#title_en").fill(title);
            page.locator("#start").fill(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusDays(1).format(local));
            page.locator("#joinUrl").fill("https://meeting.tencent.com/dm/drill");
            page.locator("#courseSlug").selectOption("information-needs");
            page.locator("form[action='/sessions/new'] button[type=submit]").click();
            // A start in the past is shown on the start field, named by its label.
            assertThat(page.locator("[role=alert]")).containsText(t.get("ls", "session_start_local"));
            assertThat(page.locator("#start-error")).hasText(t.get("msg", "session_start_in_past"));
            assertThat(page.locator("#start")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#courseSlug")).hasValue("information-needs");
            check(page, v);
            page.locator("#start").fill(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(9).format(local));
            page.locator("form[action='/sessions/new'] button[type=submit]").click();
            assertThat(page.locator("h1")).containsText(title);
            String id = page.url().replaceAll(".*/sessions/(\\d+).*", "$1");
            check(page, v);

            page.navigate(url("/sessions/" + id + "/attendance"));
            check(page, v);
            page.locator("form[action='/sessions/" + id + "/attendance'] button[type=submit]").click();
            assertThat(page.getByRole(AriaRole.STATUS))
                    .containsText(t.get("act", "done_attendance_saved"));

            page.navigate(url("/sessions/" + id));
            page.locator("form[action='/sessions/" + id + "/cancel'] button").click();
            assertThat(page.locator("#confirm-title")).hasText(t.get("act", "confirm_cancel_session"));
            check(page, v);
            page.locator("section.confirm button[type=submit]").click();
            assertThat(page.getByRole(AriaRole.STATUS))
                    .containsText(t.get("act", "done_session_cancelled"));
            check(page, v);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void aLibrarianReadsTheirCompetenciesSubmitsASampleAndClaimsABadge(Variant v) {
        Texts t = Texts.of(v.language());
        String email = staff("librarian", "Journey Librarian");
        String framework = v.language().equals("en") ? "Library new-media service competencies" : "图书馆员新媒体服务能力框架";
        String proficient = v.language().equals("en") ? "Proficient" : "熟练";
        try (BrowserContext context = open(v)) {
            Page page = context.newPage();
            signIn(page, email, "library-2026");
            page.navigate(url("/me/competencies"));
            // Grouped by framework, each scale explained.
            assertThat(page.locator("#fw-new-media-service")).hasText(framework);
            assertThat(page.locator("section[aria-labelledby=fw-new-media-service] caption").first())
                    .hasText(t.get("cm", "competency_scale_caption", "title", framework));
            check(page, v);
            page.locator("#sample-code").selectOption("NM.VIDEO");
            page.locator("#url").fill("https://www.bilibili.com/video/BV1journey");
            page.locator("form[action='/me/competencies/samples'] button[type=submit]").click();
            assertThat(page.getByRole(AriaRole.STATUS))
                    .containsText(t.get("act", "done_sample_submitted"));

            long me = HttpSession.signIn(email, "library-2026").request().get("/api/v1/me").jsonPath().getLong("id");
            HttpSession.admin().request().contentType("application/json").body(Map.of("level", 3))
                    .post("/api/v1/people/" + me + "/competencies/NM.VIDEO/assessments").then().statusCode(201);
            page.reload();
            page.locator("form[action='/me/credentials']:has(input[value='NM.VIDEO']) button").click();
            // The badge names its level on the framework's scale and when it was issued, in the reader's zone.
            assertThat(page.locator("dl.summary")).containsText("3 · " + proficient);
            assertThat(page.locator("dl.summary time")).containsText("(Asia/Shanghai)");
            check(page, v);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void anAdminImportsPeopleFormsATeamAndReadsTheAuditLog(Variant v) {
        Texts t = Texts.of(v.language());
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String first = "imp-a-" + tag + "@test.resilib";
        String csv = "email,name,roles\n" + first + ",Import A " + tag + ",librarian\nimp-b-" + tag
                + "@test.resilib,Import B " + tag + ",student\n";
        try (BrowserContext context = open(v)) {
            Page page = context.newPage();
            signIn(page, EmbeddedPostgresResource.ADMIN_EMAIL, EmbeddedPostgresResource.ADMIN_PASSWORD);
            page.navigate(url("/admin/people/import"));
            check(page, v);
            page.locator("#file").setInputFiles(new FilePayload("people.csv", "text/csv",
                    csv.getBytes(StandardCharsets.UTF_8)));
            page.locator("form[action='/admin/people/import'] button[type=submit]").click();
            assertThat(page.locator("#report-heading")).hasText(t.get("msg", "import_report", "created", 2,
                    "total", 2));
            check(page, v);

            // The initial password is shown once, in the report: the imported librarian can sign in with it.
            String password = page.locator("tbody tr:has-text('" + first + "') code").textContent().strip();
            long imported = HttpSession.signIn(first, password).request().get("/api/v1/me").jsonPath().getLong("id");
            HttpSession.admin().request().contentType("application/json").body(Map.of("level", 3))
                    .post("/api/v1/people/" + imported + "/competencies/NM.WECHAT/assessments").then()
                    .statusCode(201);
            page.navigate(url("/competencies/teams"));
            page.locator("#code0").selectOption("NM.WECHAT");
            page.locator("form[action='/competencies/teams/propose'] button[type=submit]").click();
            assertThat(page.locator("#proposal-heading")).isVisible();
            check(page, v);
            page.locator("#name").fill("Closure team " + tag);
            page.locator("form[action='/competencies/teams'] button[type=submit]").click();
            assertThat(page.getByRole(AriaRole.STATUS))
                    .containsText(t.get("msg", "settings_saved"));
            assertThat(page.locator("main")).containsText("Closure team " + tag);

            // The survey's results: bars with the percentage beside each, the same numbers as a table, a chart and
            // the responses to download.
            page.navigate(url("/surveys"));
            page.locator("a[href='/surveys/emergency-services-2021/results']").click();
            assertThat(page.locator("h1")).containsText(t.get("sv", "survey_results_title", "title", ""));
            assertThat(page.locator("section.result-question svg").first()).isVisible();
            assertThat(page.locator("section.result-question table").first()).containsText("%");
            check(page, v);
            Download chart = page.waitForDownload(() -> page.locator(
                    "a[href='/surveys/emergency-services-2021/results/improve.svg']").click());
            assertThat(chart.suggestedFilename()).isEqualTo("emergency-services-2021-improve.svg");
            Download responses = page.waitForDownload(() -> page.locator(
                    "a[href='/api/v1/surveys/emergency-services-2021/responses.csv']").click());
            assertThat(responses.suggestedFilename()).isEqualTo("emergency-services-2021-responses.csv");
            // Printed, the report is its charts and tables: no site navigation, filters or download links.
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.locator("section.result-question svg").first()).isVisible();
            assertThat(page.locator("section.result-question table").first()).isVisible();
            assertThat(page.locator("form.filters")).isHidden();
            assertThat(page.locator(".site-header")).isHidden();
            assertThat(page.locator("a[href='/surveys/emergency-services-2021/results/improve.svg']")).isHidden();
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

            // The audit log tells what happened in sentences of the reader's language.
            page.navigate(url("/admin/audit?action=assessment_recorded"));
            assertThat(page.locator("tbody tr").first()).containsText(t.get("ac", "audit_line_assessment_recorded",
                    "actor", "Administrator (" + EmbeddedPostgresResource.ADMIN_EMAIL + ")", "target",
                    "Import A " + tag + " (" + first + ")"));
            check(page, v);
        }
    }
}
