package org.resilib.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

@QuarkusTest
class CompetencyResourceTest {

    @Inject
    EntityManagerFactory emf;

    @Test
    void targetsMakeAPlanWithGapsAndCoursesThatCloseThem() {
        HttpSession admin = HttpSession.admin();
        HttpSession lib = CompetencyFixtures.librarian();
        long me = CompetencyFixtures.id(lib);
        admin.postForm("/competencies/targets", "/competencies/targets",
                Map.of("role", "librarian", "code", "NM.SLIDES", "level", "3")).then().statusCode(303);
        lib.request().get("/api/v1/people/" + me + "/competencies").then()
                .body("find { it.code == 'NM.SLIDES' }.target", equalTo(3));
        lib.get("/me/competencies?lang=en").then().body(containsString("My learning plan"))
                .body(containsString("href=\"/courses/slide-design\""));
        String email = lib.request().get("/api/v1/me").jsonPath().getString("email");
        admin.postForm("/competencies/targets", "/competencies/targets",
                Map.of("email", email, "code", "NM.SLIDES", "level", "1")).then().statusCode(303);
        lib.request().get("/api/v1/people/" + me + "/competencies").then()
                .body("find { it.code == 'NM.SLIDES' }.target", equalTo(1));
        admin.postForm("/competencies/targets?lang=en", "/competencies/targets",
                Map.of("role", "librarian", "code", "NM.SLIDES", "level", "9")).then().statusCode(400)
                .body(containsString("not on this competency"));
        admin.postForm("/competencies/targets?lang=en", "/competencies/targets",
                Map.of("role", "librarian", "code", "NOPE", "level", "1")).then().statusCode(400)
                .body(containsString("There is no such competency code."));
    }

    @Test
    void theMatrixShowsEveryLibrarianInBoundedQueriesWithCsvAndGaps() {
        HttpSession admin = HttpSession.admin();
        CompetencyFixtures.librarian();
        // Warm: the first request after another test's writes may reload a snapshot that test made stale.
        admin.get("/competencies/matrix?lang=en&framework=new-media-service").then().statusCode(200);
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        String page = admin.get("/competencies/matrix?lang=en&framework=new-media-service").then().statusCode(200)
                .extract().asString();
        long before = stats.getPrepareStatementCount();
        assertThat(page).contains("<svg", "role=\"img\"", "Li Librarian", "NM.VIDEO", "Gap report")
                .doesNotContain("IL.ETHICS.CITATION");
        for (int i = 0; i < 3; i++) {
            CompetencyFixtures.librarian();
        }
        admin.get("/competencies/matrix?lang=en&framework=new-media-service").then().statusCode(200);
        stats.clear();
        admin.get("/competencies/matrix?lang=en&framework=new-media-service").then().statusCode(200);
        assertThat(stats.getPrepareStatementCount()).as("statements do not grow with librarians")
                .isLessThanOrEqualTo(before);
        System.out.println("SQL statements for the competency matrix page: " + before);
        String csv = admin.get("/competencies/matrix.csv").then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("person,email,code,level,target");
        assertThat(csv).contains("\"Li Librarian\"", "NM.VIDEO", "IL.ETHICS.CITATION");
        CompetencyFixtures.librarian().get("/competencies/matrix").then().statusCode(403);
        admin.get("/competencies/matrix?framework=Bad%20Slug").then().statusCode(400);
        admin.get("/competencies/matrix?page=0").then().statusCode(400);
        admin.get("/competencies/matrix?page=x").then().statusCode(400);
    }

    @Test
    void theMatrixIsPagedAndFilteredByNameWhileGapsCoverEveryone() {
        HttpSession admin = HttpSession.admin();
        String tag = "pg" + UUID.randomUUID().toString().substring(0, 6);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            ids.add(admin.request().contentType("application/json").body(Map.of("email", tag + i + "@lib.test",
                    "name", "Zz " + tag + " " + String.format("%02d", i), "roles", List.of("librarian"),
                    "password", "long-enough-1")).post("/api/v1/admin/users").then().statusCode(201).extract()
                    .jsonPath().getLong("id"));
        }
        String first = admin.get("/competencies/matrix?lang=en&framework=new-media-service&q=" + tag).then()
                .statusCode(200).extract().asString();
        assertThat(first).contains("Showing 1–50 of 52", "Page 1 of 2", "Zz " + tag + " 49")
                .doesNotContain("Zz " + tag + " 50", "Li Librarian", "rel=\"prev\"")
                .contains("/competencies/matrix?page=2&amp;framework=new-media-service&amp;q=" + tag);
        String second = admin.get("/competencies/matrix?lang=en&framework=new-media-service&q=" + tag.toUpperCase()
                + "&page=2").then().statusCode(200).extract().asString();
        assertThat(second).contains("Showing 51–52 of 52", "Zz " + tag + " 51", "rel=\"prev\"")
                .doesNotContain("Zz " + tag + " 49");
        admin.get("/competencies/matrix?lang=en&q=" + tag + "&page=99").then().statusCode(200)
                .body(Matchers.containsString("Page 2 of 2"));
        String none = admin.get("/competencies/matrix?lang=en&q=%25'%3B--").then().statusCode(200).extract().asString();
        assertThat(none).contains("Showing 0–0 of 0");
        String csv = admin.get("/competencies/matrix.csv?framework=new-media-service&q=" + tag).then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines().filter(l -> l.contains(tag)).map(l -> l.split(",")[0]).distinct().count())
                .isEqualTo(52);
    }

    @Test
    void aReviewedWorkSampleRaisesTheLevelByTheFrameworkRule() {
        HttpSession lib = CompetencyFixtures.librarian();
        long me = CompetencyFixtures.id(lib);
        lib.get("/me/competencies?lang=en").then().statusCode(200).body(containsString("Competencies of Li Librarian"))
                .body(containsString("NM.WECHAT"));
        lib.postForm("/me/competencies?lang=en", "/me/competencies/samples",
                Map.of("code", "NM.WECHAT", "url", "javascript:alert(1)", "note", "x")).then().statusCode(400)
                .body(containsString("Enter an http or https address."));
        lib.postForm("/me/competencies", "/me/competencies/samples", Map.of("code", "NM.WECHAT",
                "url", "https://mp.weixin.qq.com/s/example", "note", "Our e-reserves campaign")).then().statusCode(303);
        lib.request().get("/api/v1/people/" + me + "/competencies").then()
                .body("find { it.code == 'NM.WECHAT' }.evidence[0].kind", equalTo("work_sample_submitted"))
                .body("find { it.code == 'NM.WECHAT' }.level", equalTo(0));

        HttpSession admin = HttpSession.admin();
        String review = admin.get("/competencies/review?lang=en").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("action=\"/competencies/review/(\\d+)\"").matcher(review.substring(
                review.indexOf("https://mp.weixin.qq.com/s/example")));
        assertThat(m.find()).isTrue();
        Response reviewed = admin.postForm("/competencies/review", "/competencies/review/"
                + m.group(1), Map.of("decision", "accept", "note", "Well planned"));
        assertThat(reviewed.statusCode()).isEqualTo(303);
        admin.get(reviewed.getHeader("Location").replaceAll("^https?://[^/]+", "") + "&lang=en").then()
                .body(containsString("Work sample accepted."));
        lib.request().get("/api/v1/people/" + me + "/competencies").then()
                .body("find { it.code == 'NM.WECHAT' }.level", equalTo(4));
        lib.get("/me/competencies?lang=en").then().body(containsString("Work sample accepted"))
                .body(containsString("Proficient"));

        Response assessed = admin.postForm("/people/" + me + "/competencies?lang=en",
                "/people/" + me + "/competencies/assess", Map.of("code", "NM.WECHAT", "level", "2", "note",
                        "Needs more practice"));
        assertThat(assessed.statusCode()).isEqualTo(303);
        admin.get(assessed.getHeader("Location").replaceAll("^https?://[^/]+", "") + "&lang=en").then()
                .body(containsString("Assessment saved."));
        lib.get("/me/competencies?lang=en").then().body(containsString("Needs more practice"));
        admin.postForm("/people/" + me + "/competencies?lang=en", "/people/" + me + "/competencies/assess",
                Map.of("code", "NM.WECHAT", "level", "99")).then().statusCode(400)
                .body(containsString("not on this competency"));
    }

    @Test
    void theProfileExplainsEachFrameworkItsScaleAndWhatWouldRaiseALevel() {
        HttpSession lib = CompetencyFixtures.librarian();
        long me = CompetencyFixtures.id(lib);
        String page = lib.get("/me/competencies?lang=en").then().statusCode(200).extract().asString();
        // One section per framework, each with its scale by name and the rule that reaches each level.
        assertThat(page).contains("<h2 id=\"fw-information-literacy\">Information literacy competencies</h2>",
                "<h2 id=\"fw-new-media-service\">Library new-media service competencies</h2>",
                "Levels of Library new-media service competencies and how each is reached",
                "Completing a course mapped to the competency",
                "Passing the quiz of a mapped course with at least 80%",
                "A work sample accepted by an instructor", "Only by an instructor&#39;s assessment",
                "Proficient from here");
        String il = section(page, "information-literacy");
        String nm = section(page, "new-media-service");
        assertThat(il).contains("Work samples do not count in this framework.", "IL.ETHICS.CITATION")
                .doesNotContain("NM.SLIDES", "Expert");
        assertThat(nm).contains("<th scope=\"row\">Expert</th>").doesNotContain("Work samples do not count");
        // What would raise a level with no evidence yet: the mapped course, its quiz, and a work sample.
        String slides = row(nm, "NM.SLIDES");
        assertThat(slides).contains("To 2 · Practising", "href=\"/courses/slide-design\"",
                "To 3 · Proficient", "href=\"/courses/slide-design/quiz\"", "To 4 · Expert",
                "href=\"#sample-heading\"").contains("<td>–</td>");
        // Work samples are offered only for competencies whose framework counts them; others are refused.
        String form = page.substring(page.indexOf("id=\"sample-code\""));
        form = form.substring(0, form.indexOf("</select>"));
        assertThat(form).contains("value=\"NM.VIDEO\"", "<optgroup label=\"Library new-media service competencies\">")
                .doesNotContain("IL.");
        lib.postForm("/me/competencies?lang=en", "/me/competencies/samples", Map.of("code", "IL.ETHICS.CITATION",
                "url", "https://example.org/guide", "note", "x")).then().statusCode(400)
                .body(containsString("does not count work samples"));

        // The assessor picks a level of that framework's scale by name.
        HttpSession admin = HttpSession.admin();
        String theirs = admin.get("/people/" + me + "/competencies?lang=en").then().statusCode(200).extract()
                .asString();
        String nmLevels = section(theirs, "new-media-service");
        nmLevels = nmLevels.substring(nmLevels.indexOf("id=\"level-new-media-service\""));
        assertThat(nmLevels.substring(0, nmLevels.indexOf("</select>"))).contains("<option value=\"\">Choose a level",
                "<option value=\"4\">4 · Expert</option>");
        String ilLevels = section(theirs, "information-literacy");
        ilLevels = ilLevels.substring(ilLevels.indexOf("id=\"level-information-literacy\""));
        assertThat(ilLevels.substring(0, ilLevels.indexOf("</select>"))).contains("3 · Proficient")
                .doesNotContain("4 ·");
        admin.postForm("/people/" + me + "/competencies", "/people/" + me + "/competencies/assess",
                Map.of("code", "NM.SLIDES", "level", "2")).then().statusCode(303);
        String assessed = row(section(lib.get("/me/competencies?lang=en").then().extract().asString(),
                "new-media-service"), "NM.SLIDES");
        assertThat(assessed).contains("2 · Practising", "Set by an assessment; only a new assessment changes it.")
                .doesNotContain("To 3");

        String zh = lib.get("/me/competencies?lang=zh-CN").then().statusCode(200).extract().asString();
        assertThat(zh).contains("图书馆员新媒体服务能力框架的等级及达到方式", "完成映射到该能力的课程", "升至 3 · 熟练");
    }

    /** The part of a profile page that is one framework's section. */
    private static String section(String page, String framework) {
        int start = page.indexOf("<section aria-labelledby=\"fw-" + framework + "\"");
        assertThat(start).as("section of " + framework).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    /** The table row of one competency. */
    private static String row(String section, String code) {
        int start = section.indexOf("<td><code>" + code + "</code></td>");
        assertThat(start).as("row of " + code).isNotNegative();
        return section.substring(start, section.indexOf("</tr>", start));
    }

    @Test
    void theMatrixShowsADashForNoEvidenceAndOnlyLibrarians() {
        HttpSession admin = HttpSession.admin();
        String tag = "mx" + UUID.randomUUID().toString().substring(0, 6);
        for (String role : List.of("librarian", "instructor", "student")) {
            admin.request().contentType("application/json").body(Map.of("email", tag + role + "@lib.test",
                    "name", "Mx " + tag + " " + role, "roles", List.of(role), "password", "long-enough-1"))
                    .post("/api/v1/admin/users").then().statusCode(201);
        }
        String page = admin.get("/competencies/matrix?lang=en&framework=new-media-service&q=" + tag).then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("Mx " + tag + " librarian", "Showing 1–1 of 1")
                .doesNotContain("Mx " + tag + " instructor", "Mx " + tag + " student");
        String row = page.substring(page.indexOf("Mx " + tag + " librarian</a></th>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("<td>–</td>").doesNotContain("<td>0");
        assertThat(page).contains("class=\"table-wrap\" role=\"region\" tabindex=\"0\"");
    }

    @Test
    void studentsHaveNoCompetencyPagesAndLibrariansOnlyTheirOwn() {
        HttpSession.newStudent().get("/me/competencies").then().statusCode(403);
        HttpSession lib = CompetencyFixtures.librarian();
        HttpSession other = CompetencyFixtures.librarian();
        lib.get("/people/" + CompetencyFixtures.id(other) + "/competencies").then().statusCode(403);
        lib.get("/competencies/review").then().statusCode(403);
    }

    @Test
    void teamProposalsThroughTheApiAndSavedTeamsWithDuties() {
        HttpSession admin = HttpSession.admin();
        HttpSession lib = CompetencyFixtures.librarian();
        long libId = CompetencyFixtures.id(lib);
        admin.request().contentType("application/json").body(Map.of("level", 3))
                .post("/api/v1/people/" + libId + "/competencies/NM.WECHAT/assessments").then().statusCode(201);
        var proposal = admin.request().contentType("application/json")
                .body(Map.of("requirements", List.of(Map.of("code", "NM.WECHAT", "minLevel", 3)), "size", 3))
                .post("/api/v1/teams/proposals").then().statusCode(200).extract().jsonPath();
        assertThat(proposal.getList("uncovered")).isEmpty();
        assertThat(proposal.getList("members.covers.flatten()", String.class)).contains("NM.WECHAT");
        admin.request().contentType("application/json")
                .body(Map.of("requirements", List.of(Map.of("code", "NM.NOPE", "minLevel", 3)), "size", 3))
                .post("/api/v1/teams/proposals").then().statusCode(400).body("errors[0].field", equalTo("requirements"));
        admin.request().contentType("application/json")
                .body(Map.of("requirements", List.of(Map.of("code", "NM.WECHAT", "minLevel", 3)), "size", 0))
                .post("/api/v1/teams/proposals").then().statusCode(400).body("errors[0].field", equalTo("size"));
        lib.request().contentType("application/json")
                .body(Map.of("requirements", List.of(Map.of("code", "NM.WECHAT", "minLevel", 3)), "size", 3))
                .post("/api/v1/teams/proposals").then().statusCode(403);

        String page = admin.postForm("/competencies/teams?lang=en", "/competencies/teams/propose",
                Map.of("code0", "NM.WECHAT", "level0", "3", "size", "3")).then().statusCode(200).extract().asString();
        assertThat(page).contains("Proposed team", "Li Librarian");
        // A missing name is named on the page, not just "This field is required".
        admin.postForm("/competencies/teams?lang=en", "/competencies/teams?lang=en", Map.of("name", " ",
                "member", String.valueOf(libId), "duty-" + libId, "promotion")).then().statusCode(400)
                .body(containsString("Team name: This field is required."));
        admin.postForm("/competencies/teams", "/competencies/teams", Map.of("name", "Closure team",
                "member", String.valueOf(libId), "duty-" + libId, "promotion")).then().statusCode(303);
        admin.get("/competencies/teams?lang=en").then().body(containsString("Closure team"))
                .body(containsString("Promotion"));
    }
}
