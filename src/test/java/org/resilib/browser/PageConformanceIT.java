package org.resilib.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resilib.EmbeddedPostgresResource;
import org.resilib.HttpSession;
import org.resilib.browser.PageCatalogue.Visit;
import org.resilib.browser.PageCatalogue.Who;

/**
 * Every page type of {@link PageCatalogue}, as each kind of person who sees it, in Chinese and English, at a desktop
 * width (1280 px) and a phone width (375 px): axe-core finds no WCAG 2.1 A/AA violation, the page does not scroll
 * sideways on the phone (WCAG 1.4.10), and the Nu Html Checker finds no error in its markup. All findings are
 * collected and reported together (also in {@code target/page-conformance.txt}).
 */
@QuarkusIntegrationTest
class PageConformanceIT extends BrowserTestBase {

    private static final String PASSWORD = "conformance-2026";
    private static final List<String> LANGUAGES = List.of("zh-CN", "en");

    private final Map<Who, String> emails = new EnumMap<>(Who.class);
    private final Map<String, String> placeholders = new HashMap<>();
    private final List<String> findings = new ArrayList<>();

    @Test
    void everyPageTypePassesAxeAndTheNuCheckerAndReflowsOnAPhone() throws IOException {
        createData();
        Path sources = Paths.get("target", "nu-pages");
        Files.createDirectories(sources);
        List<Path> saved = new ArrayList<>();
        Set<String> visitedRoutes = new LinkedHashSet<>();
        int checks = 0;
        for (Who who : Who.values()) {
            List<Visit> visits = PageCatalogue.VISITS.stream().filter(v -> v.who() == who).toList();
            for (String lang : LANGUAGES) {
                for (boolean phone : new boolean[] {false, true}) {
                    try (BrowserContext context = phone ? browser.context(375, 812, true, lang)
                            : browser.context(1280, 900, false, lang)) {
                        Page page = context.newPage();
                        signIn(context, who);
                        page.navigate(url("/?lang=" + lang));
                        for (Visit v : visits) {
                            String path = fill(v.path());
                            String where = who + " " + lang + (phone ? " 375px " : " 1280px ") + path;
                            Response r = page.navigate(url(path));
                            if (r == null || r.status() != v.status()) {
                                findings.add(where + ": answered " + (r == null ? "nothing" : r.status())
                                        + " instead of " + v.status() + " (now at " + page.url() + ")");
                                continue;
                            }
                            visitedRoutes.add(v.route());
                            checks++;
                            axe(page, where);
                            if (phone) {
                                sideways(page, where);
                            } else {
                                saved.add(saveSource(context, sources, who, lang, path, v.status()));
                            }
                        }
                        if (who == Who.ADMIN) {
                            // The confirmation step answers a POST, so no visit reaches it: cancelling a session
                            // asks first (and nothing is cancelled by that).
                            page.navigate(url(fill("/sessions/{session}")));
                            page.locator("form[action$='/cancel'] button[type=submit]").click();
                            page.waitForSelector("#confirm-title");
                            String where = who + " " + lang + (phone ? " 375px " : " 1280px ") + "confirmation page";
                            checks++;
                            axe(page, where);
                            if (phone) {
                                sideways(page, where);
                            } else {
                                Path file = sources.resolve(("admin-" + lang + "-confirmation").toLowerCase()
                                        .replaceAll("[^a-z0-9-]+", "_") + ".html");
                                Files.writeString(file, page.content(), StandardCharsets.UTF_8);
                                saved.add(file);
                            }
                        }
                    }
                }
            }
        }
        for (NuChecker.Finding f : NuChecker.errors(saved)) {
            findings.add("Nu Html Checker: " + f);
        }
        int total = checks;
        Files.writeString(Paths.get("target", "page-conformance.txt"), total + " page checks, "
                + saved.size() + " sources checked by the Nu Html Checker\n" + String.join("\n", findings) + "\n",
                StandardCharsets.UTF_8);
        assertThat(visitedRoutes).as("every page type in the catalogue was visited")
                .containsAll(PageCatalogue.routes());
        assertThat(findings).as(() -> findings.size() + " findings over " + total + " page checks:\n"
                + String.join("\n", findings)).isEmpty();
    }

    private void axe(Page page, String where) {
        AxeResults results = new AxeBuilder(page).withTags(Browser.WCAG_21_AA).analyze();
        if (results.getPasses().isEmpty()) {
            findings.add(where + ": axe-core ran no rules");
        }
        results.getViolations().forEach(v -> findings.add(where + ": axe " + v.getId() + " (" + v.getImpact() + "): "
                + v.getHelp() + " at " + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget()))
                .collect(Collectors.joining(", "))));
    }

    /** WCAG 1.4.10: at 375 px nothing but a scrollable region may be wider than the screen. */
    private void sideways(Page page, String where) {
        Object report = page.evaluate("""
                () => {
                  const width = document.documentElement.clientWidth;
                  if (document.documentElement.scrollWidth <= width) return null;
                  const inScroller = el => { for (let p = el.parentElement; p; p = p.parentElement) {
                      const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; }
                    return false; };
                  const all = [...document.querySelectorAll('body *')].filter(el => el.getBoundingClientRect().right > width + 1);
                  const outside = all.filter(el => !inScroller(el));
                  const wide = (outside.length ? outside : all)
                    .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '')
                      + ' right=' + Math.round(el.getBoundingClientRect().right));
                  return 'page is ' + document.documentElement.scrollWidth + ' px wide; widest: ' + wide.slice(-4).join(', ');
                }""");
        if (report != null) {
            findings.add(where + ": scrolls sideways: " + report);
        }
    }

    private Path saveSource(BrowserContext context, Path folder, Who who, String lang, String path, int status)
            throws IOException {
        APIResponse source = context.request().get(url(path));
        if (source.status() != status) {
            findings.add(who + " " + lang + " " + path + ": source answered " + source.status());
        }
        String name = (who + "-" + lang + path).toLowerCase().replaceAll("[^a-z0-9-]+", "_") + ".html";
        Path file = folder.resolve(name);
        Files.write(file, source.body());
        return file;
    }

    private void signIn(BrowserContext context, Who who) {
        if (who == Who.VISITOR) {
            return;
        }
        APIResponse r = context.request().post(url("/j_security_check"), RequestOptions.create()
                .setForm(FormData.create().set("j_username", emails.get(who)).set("j_password",
                        who == Who.ADMIN ? EmbeddedPostgresResource.ADMIN_PASSWORD : PASSWORD))
                .setMaxRedirects(0));
        assertThat(r.status()).as("sign-in of " + who).isEqualTo(302);
    }

    private String fill(String path) {
        String out = path;
        for (Map.Entry<String, String> e : placeholders.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        assertThat(out).as("placeholders filled in " + path).doesNotContain("{");
        return out;
    }

    /** People in every role, a course of the instructor's, a session, attempts, a work sample and a badge. */
    private void createData() {
        HttpSession admin = HttpSession.admin();
        emails.put(Who.ADMIN, EmbeddedPostgresResource.ADMIN_EMAIL);
        Map<Who, HttpSession> sessions = new EnumMap<>(Who.class);
        for (Who who : List.of(Who.STUDENT, Who.LIBRARIAN, Who.INSTRUCTOR)) {
            String email = who.name().toLowerCase() + "-" + UUID.randomUUID() + "@test.resilib";
            emails.put(who, email);
            admin.request().contentType("application/json").body(Map.of("email", email, "name",
                    "Page check " + who.name().toLowerCase(), "password", PASSWORD, "roles",
                    List.of(who.name().toLowerCase()))).post("/api/v1/admin/users").then().statusCode(201);
            sessions.put(who, HttpSession.signIn(email, PASSWORD));
        }
        HttpSession student = sessions.get(Who.STUDENT);
        HttpSession librarian = sessions.get(Who.LIBRARIAN);
        HttpSession instructor = sessions.get(Who.INSTRUCTOR);
        placeholders.put("student", student.get("/api/v1/me").jsonPath().getString("id"));
        placeholders.put("librarian", librarian.get("/api/v1/me").jsonPath().getString("id"));
        placeholders.put("framework", "new-media-service");

        String course = "academic-integrity";
        placeholders.put("course", course);
        placeholders.put("module", student.get("/api/v1/courses/" + course).jsonPath().getString("modules[0].slug"));
        String quizCourse = "copyright-and-fair-use";
        placeholders.put("quizCourse", quizCourse);
        long done = student.request().contentType("application/json")
                .post("/api/v1/courses/" + quizCourse + "/quiz/attempts").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        student.request().contentType("application/json").post("/api/v1/attempts/" + done + "/submit").then()
                .statusCode(200);
        placeholders.put("doneAttempt", Long.toString(done));
        placeholders.put("openAttempt", student.request().contentType("application/json")
                .post("/api/v1/courses/" + quizCourse + "/quiz/attempts").then().statusCode(201).extract()
                .jsonPath().getString("id"));

        String own = "page-check-" + UUID.randomUUID().toString().substring(0, 8);
        instructor.request().contentType("application/json").body(Map.of("slug", own, "title",
                Map.of("zh-CN", "检索入门：从馆藏目录到数据库", "en", "Searching basics: from the catalogue to databases"),
                "summary", Map.of("zh-CN", "学会检索", "en", "Learn to search"), "dimension", "ability",
                "audience", "students", "minutes", 20)).post("/api/v1/courses").then().statusCode(201);
        instructor.request().contentType("application/json").body(Map.of("slug", "first-steps", "title",
                Map.of("zh-CN", "第一步", "en", "First steps"), "body", Map.of("zh-CN", "## 内容\n\n正文。",
                        "en", "## Content\n\n| a | b |\n|---|---|\n| 1 | 2 |")))
                .post("/api/v1/courses/" + own + "/modules").then().statusCode(201);
        placeholders.put("own", own);
        placeholders.put("ownModule", "first-steps");

        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(3).withNano(0);
        Map<String, Object> body = new HashMap<>();
        body.put("title", Map.of("zh-CN", "线上讲座：居家如何使用图书馆电子资源", "en",
                "Online lecture: using the library's e-resources from home"));
        body.put("description", "Bring your questions.");
        body.put("startsAt", start.toString());
        body.put("timeZone", "Asia/Shanghai");
        body.put("durationMinutes", 60);
        body.put("capacity", 30);
        body.put("platform", "tencent-meeting");
        body.put("joinUrl", "https://meeting.tencent.com/dm/abc");
        body.put("meetingCode", "123 456 789");
        body.put("audience", "everyone");
        body.put("courseSlug", course);
        JsonPath session = instructor.request().contentType("application/json").body(body).post("/api/v1/sessions")
                .then().statusCode(201).extract().jsonPath();
        placeholders.put("session", session.getString("id"));
        student.request().contentType("application/json").post("/api/v1/sessions/" + session.getString("id")
                + "/registrations").then().statusCode(201);

        admin.request().contentType("application/json").body(Map.of("level", 3))
                .post("/api/v1/people/" + placeholders.get("librarian") + "/competencies/NM.WECHAT/assessments")
                .then().statusCode(201);
        placeholders.put("credential", librarian.request().contentType("application/json")
                .body(Map.of("competency", "NM.WECHAT")).post("/api/v1/me/credentials").then().statusCode(201)
                .extract().jsonPath().getString("id"));
        librarian.postForm("/me/competencies", "/me/competencies/samples", Map.of("code", "NM.VIDEO",
                "url", "https://mp.weixin.qq.com/s/page-check", "note", "A micro-video on off-campus access"))
                .then().statusCode(303);

        // Closure mode, so that every page is checked with the banner and its notices above it.
        emergency = admin.request().contentType("application/json").body(Map.of("title",
                Map.of("zh-CN", "图书馆馆舍暂停开放，线上服务照常", "en", "The library building is closed; online services go on"),
                "message", Map.of("zh-CN", "请通过服务指南使用电子资源和咨询服务。",
                        "en", "Use the guide for e-resources and questions."), "affected", List.of("building",
                        "reading-rooms"))).post("/api/v1/admin/emergencies").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        placeholders.put("emergency", Long.toString(emergency));
        for (String severity : List.of("critical", "important")) {
            notices.add(admin.request().contentType("application/json").body(Map.of("title",
                    Map.of("zh-CN", "校外访问电子资源的新方式（" + severity + "）", "en", "A new way to reach e-resources from home ("
                            + severity + ")"), "body", Map.of("zh-CN", "详见**服务指南**。", "en", "See the **guide**."),
                    "severity", severity, "audience", "everyone")).post("/api/v1/notices").then().statusCode(201)
                    .extract().jsonPath().getLong("id"));
        }
        placeholders.put("notice", Long.toString(notices.get(0)));
        String asked = student.postForm("/ask", "/ask", Map.of("category", "resources", "subject",
                "校外如何访问中国知网", "body", "在家里打不开中国知网，应该怎么办？")).then().statusCode(303).extract()
                .header("Location");
        placeholders.put("question", asked.replaceAll(".*/questions/(\\d+).*", "$1"));
        admin.request().contentType("application/json").body(Map.of("proxyTemplate",
                "https://proxy.lib.example.edu/login?url={url}")).put("/api/v1/admin/off-campus-templates").then()
                .statusCode(200);
        for (String[] r : new String[][] {{"cnki-page-check", "CNKI 中国知网", "CNKI", "proxy", "database"},
                {"campus-archive-page-check", "校史档案", "Campus archive", "ip", "other"},
                {"doaj-page-check", "开放获取期刊目录", "DOAJ", "open", "free-web"}}) {
            resources.add(admin.request().contentType("application/json").body(Map.of("slug", r[0], "name",
                    Map.of("zh-CN", r[1], "en", r[2]), "description", Map.of("zh-CN", "中文学术文献", "en",
                            "Scholarly literature"), "url", "https://www." + r[0] + ".example.org/", "access", r[3],
                    "kind", r[4], "subjects", List.of("综合"), "freeUntil", java.time.LocalDate.now().plusDays(7)
                            .toString())).post("/api/v1/resources").then().statusCode(201).extract().jsonPath()
                    .getLong("id"));
        }
    }

    private final List<Long> resources = new ArrayList<>();

    private Long emergency;
    private final List<Long> notices = new ArrayList<>();

    @AfterEach
    void leaveClosureMode() {
        HttpSession admin = HttpSession.admin();
        if (emergency != null) {
            admin.request().contentType("application/json").post("/api/v1/admin/emergencies/" + emergency + "/end");
        }
        notices.forEach(id -> admin.request().delete("/api/v1/notices/" + id));
        resources.forEach(id -> admin.request().delete("/api/v1/resources/" + id));
        admin.request().contentType("application/json").body(Map.of()).put("/api/v1/admin/off-campus-templates");
    }
}
