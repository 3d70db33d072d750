package org.resilib.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

/** The authoring pages: forms, live preview, uploads, the question editor, GIFT import/export, file management. */
@QuarkusTest
class AuthoringResourceTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    static String newCourse(HttpSession s) {
        String slug = AuthoringApiTest.slug();
        s.request().contentType("application/json").body(AuthoringApiTest.course(slug)).post("/api/v1/courses")
                .then().statusCode(201);
        return slug;
    }

    static String csrf(HttpSession s, String page) {
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(s.get(page).asString());
        assertThat(m.find()).as("CSRF token on " + page).isTrue();
        return m.group(1);
    }

    @Test
    void theCreateFormShowsErrorsNextToTheFieldsAndKeepsTheInput() {
        HttpSession s = AuthoringApiTest.person("instructor").session();
        Map<String, String> form = new HashMap<>(Map.of("slug", "x", "title.en", "<b>Kept</b>", "dimension", "ability",
                "audience", "students", "minutes", "ten"));
        Response r = s.postForm("/author", "/author/courses", form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(s.postForm("/author?lang=en", "/author/courses", form).asString())
                .as("the slug's error uses the field's own words")
                .contains("The address (slug) takes lower-case letters, digits and dashes");
        assertThat(r.asString()).contains("id=\"slug\" name=\"slug\"").contains("aria-invalid=\"true\"")
                .contains("&lt;b&gt;Kept&lt;/b&gt;").contains("id=\"summary-error\"").contains("id=\"minutes-error\"");
        String slug = AuthoringApiTest.slug();
        form.putAll(Map.of("slug", slug, "summary.en", "Summary", "minutes", "15"));
        s.postForm("/author", "/author/courses", form).then().statusCode(303)
                .header("Location", containsString("/author/courses/" + slug));
        s.get("/author").then().statusCode(200).body(containsString("/author/courses/" + slug));
        s.postForm("/author", "/author/courses", form).then().statusCode(409)
                .body(containsString("id=\"slug-error\""));
    }

    @Test
    void moduleEditorSavesPreviewsAndRefusesScripts() {
        HttpSession s = AuthoringApiTest.person("instructor").session();
        String slug = newCourse(s);
        String editor = "/author/courses/" + slug;
        s.postForm(editor, editor + "/modules", Map.of("slug", "first", "title.en", "First", "title.zh-CN", "第一"))
                .then().statusCode(303).header("Location", containsString(editor + "/modules/first"));
        String modulePage = editor + "/modules/first";
        s.postForm(modulePage, modulePage, Map.of("title.en", "First", "title.zh-CN", "第一", "body.en",
                "| a | b |\n|---|---|\n| 1 | 2 |", "body.zh-CN", "正文", "action", "save")).then().statusCode(303);
        assertThat(s.get(modulePage).asString()).contains("| a | b |");

        // The live preview renders what learners get; scripts are reported.
        String token = csrf(s, modulePage);
        Response preview = s.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token).formParam("body.en", "# Hi\n\n<script>x()</script>ok")
                .post(editor + "/preview?language=en");
        preview.then().statusCode(200);
        assertThat(preview.asString()).contains("<h1 id=\"sec-hi\">Hi</h1>").doesNotContain("<script")
                .contains("field-error");

        Response refused = s.postForm(modulePage, modulePage, Map.of("title.en", "First", "body.en",
                "<img src=x onerror=alert(1)>", "action", "save"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"body.en-error\"");
        assertThat(s.get(modulePage).asString()).contains("| a | b |");

        // Reorder and remove.
        s.postForm(editor, editor + "/modules", Map.of("slug", "second", "title.en", "Second")).then().statusCode(303);
        s.postForm(editor, editor + "/modules/second/move", Map.of("direction", "up")).then().statusCode(303);
        assertThat(s.request().get("/api/v1/courses/" + slug + "/draft").jsonPath().getList("draft.modules.slug"))
                .containsExactly("second", "first");
        s.postForm(editor, editor + "/modules/second/delete", Map.of()).then().statusCode(200)
                .body(containsString("name=\"confirm\" value=\"yes\""));
        s.postForm(editor, editor + "/modules/second/delete", Map.of("confirm", "yes")).then().statusCode(303);
        assertThat(s.request().get("/api/v1/courses/" + slug + "/draft").jsonPath().getList("draft.modules.slug"))
                .containsExactly("first");
        s.get(editor + "/preview/first?lang=en").then().statusCode(200).body(containsString("<table>"));
        AuthoringApiTest.person("instructor").session().get(modulePage).then().statusCode(403);
        HttpSession.newStudent().get(modulePage).then().statusCode(403);
    }

    @Test
    void uploadsAreCheckedByContentAndServedWithTheirType() {
        HttpSession s = AuthoringApiTest.person("instructor").session();
        String slug = newCourse(s);
        String editor = "/author/courses/" + slug;
        String token = csrf(s, editor);
        s.request().multiPart("file", "my poster (1).png", PNG, "image/png").multiPart("csrf-token", token)
                .post(editor + "/assets").then().statusCode(303);
        String page = s.get(editor).asString();
        Matcher url = Pattern.compile("/courses/" + slug + "/assets/(\\d+)/([^\"]+\\.png)").matcher(page);
        assertThat(url.find()).isTrue();
        assertThat(url.group(2)).isEqualTo("my-poster-1-.png");
        s.request().get(url.group()).then().statusCode(200).contentType("image/png")
                .header("Content-Security-Policy", containsString("sandbox"));
        // A draft course's files are for its authors only.
        HttpSession.newStudent().request().get(url.group()).then().statusCode(404);

        for (Object[] bad : List.of(new Object[] {"x.svg", "<svg onload=alert(1)/>".getBytes()},
                new Object[] {"fake.png", "MZ not an image".getBytes()},
                new Object[] {"page.html", "<html><script>x</script>".getBytes()},
                new Object[] {"big.png", bigPng()})) {
            Response r = s.request().multiPart("file", (String) bad[0], (byte[]) bad[1], "application/octet-stream")
                    .multiPart("csrf-token", token).post(editor + "/assets");
            assertThat(r.statusCode()).as((String) bad[0]).isEqualTo(400);
            assertThat(r.asString()).contains("id=\"file-error\"");
        }
        assertThat(Pattern.compile("/assets/(\\d+)/").matcher(s.get(editor).asString()).results()
                .map(m -> m.group(1)).distinct().count()).isEqualTo(1);
    }

    private static byte[] bigPng() {
        byte[] b = new byte[5 * 1024 * 1024 + 10];
        System.arraycopy(PNG, 0, b, 0, PNG.length);
        return b;
    }

    @Test
    void questionEditorWritesEveryTypeAndImportsAndExportsGift() {
        HttpSession s = AuthoringApiTest.person("instructor").session();
        String slug = newCourse(s);
        String base = "/author/courses/" + slug + "/questions";
        s.postForm(base + "/new?type=multichoice", base + "/new", Map.of("type", "multichoice", "title", "crap",
                "text", "Which test checks *currency*?", "answer_0", "CRAAP", "percent_0", "100", "feedback_0",
                "Yes", "answer_1", "ABC", "percent_1", "0", "action", "save")).then().statusCode(303);
        s.postForm(base + "/new", base + "/new", Map.of("type", "truefalse", "title", "tf", "text",
                "Preprints are peer reviewed.", "truth", "false", "feedbackTrue", "Not yet", "action", "save"))
                .then().statusCode(303);
        s.postForm(base + "/new", base + "/new", Map.of("type", "numerical", "title", "year", "text",
                "When was the Copyright Law last amended?", "answer_0", "2020", "tolerance_0", "0", "percent_0", "100",
                "action", "save")).then().statusCode(303);
        s.postForm(base + "/new", base + "/new", Map.of("type", "matching", "title", "match", "text", "Match",
                "left_0", "DOI", "right_0", "identifier", "left_1", "ISBN", "right_1", "book number", "left_2", "ISSN",
                "right_2", "serial number", "action", "save")).then().statusCode(303);
        s.postForm(base + "/new", base + "/new", Map.of("type", "essay", "title", "essay", "text",
                "Describe a fake news case.", "action", "save")).then().statusCode(303);
        // Bad: matching with two pairs, multichoice without any answer, a percent out of range.
        Response bad = s.postForm(base + "/new", base + "/new", Map.of("type", "matching", "title", "m2", "text", "M",
                "left_0", "a", "right_0", "b", "left_1", "c", "right_1", "d", "action", "save"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.asString()).contains("three pairs");
        s.postForm(base + "/new", base + "/new", Map.of("type", "multichoice", "text", "Q", "answer_0", "A",
                "percent_0", "250", "action", "save")).then().statusCode(400).body(containsString("percent_0-error"));

        // Preview shows the question as learners see it, with the key for the author.
        Response preview = s.get(base + "/1");
        assertThat(preview.asString()).contains("<em>currency</em>").contains("CRAAP").contains("100%");
        String gift = s.request().get(base.replace("/questions", "/questions.gift")).then().statusCode(200)
                .extract().asString();
        assertThat(gift).contains("::crap::").contains("::tf::").contains("{#2020").contains("ISSN -> serial number")
                .contains("::essay::");

        // GIFT import: a broken text names its line and adds nothing; a good one replaces by title and adds.
        String token = csrf(s, base);
        Response broken = s.request().multiPart("gift", "::a::Q {=yes ~no\n\n::b:: Fine {T}")
                .multiPart("csrf-token", token).post(base + "/import");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.asString()).contains("gift:1");
        s.request().multiPart("gift", "::tf::Preprints are peer reviewed. {T}\n\n::new::Open access is free to read. {T}")
                .multiPart("csrf-token", token).post(base + "/import").then().statusCode(303);
        List<String> titles = s.request().get("/api/v1/courses/" + slug + "/draft").jsonPath()
                .getString("draft.quizGift").lines().filter(l -> l.startsWith("::")).map(l -> l.split("::")[1])
                .toList();
        assertThat(titles).containsExactly("crap", "tf", "year", "match", "essay", "new");
        s.postForm(base + "/6", base + "/6/delete", Map.of("confirm", "yes")).then().statusCode(303);

        // Publishing puts the questions into the course's bank: a learner can start the quiz.
        s.postForm("/author/courses/" + slug, "/author/courses/" + slug + "/modules", Map.of("slug", "m",
                "title.en", "M")).then().statusCode(303);
        s.postForm("/author/courses/" + slug, "/author/courses/" + slug + "/publish", Map.of()).then()
                .statusCode(303);
        HttpSession.newStudent().request().contentType("application/json")
                .post("/api/v1/courses/" + slug + "/quiz/attempts").then().statusCode(201)
                .body("questions.size()", equalTo(5));
    }

    @Test
    void fileManagedCoursesWarnAndCanBeDetachedAndAttachedAgain() {
        HttpSession admin = HttpSession.admin();
        String editor = "/author/courses/copyright-and-fair-use";
        assertThat(admin.get(editor).asString()).contains("courses/copyright-and-fair-use").contains("/detach");
        AuthoringApiTest.person("instructor").session().get(editor).then().statusCode(403);
        admin.postForm(editor, editor + "/detach", Map.of()).then().statusCode(303);
        assertThat(admin.get(editor).asString()).contains("/attach");
        admin.request().contentType("application/json").post("/api/v1/admin/content/reload").then().statusCode(200)
                .body("unchanged", Matchers.hasItem("copyright-and-fair-use"));
        admin.postForm(editor, editor + "/attach", Map.of()).then().statusCode(303);
        admin.request().contentType("application/json").post("/api/v1/admin/content/reload").then().statusCode(200)
                .body("updated", Matchers.hasItem("copyright-and-fair-use"));
        assertThat(admin.get(editor).asString()).contains("/detach");
    }

    @Test
    void publishingAuthorsHistoryAndZipsWorkFromTheEditorPage() throws Exception {
        AuthoringApiTest.Account owner = AuthoringApiTest.person("instructor");
        AuthoringApiTest.Account coAuthor = AuthoringApiTest.person("instructor");
        HttpSession s = owner.session();
        String slug = newCourse(s);
        String editor = "/author/courses/" + slug;

        // Publishing a course without modules names the problem in the reader's language, not as a bundle key.
        String publishToken = csrf(s, editor);
        Response refused = s.request().header("Accept-Language", "en").cookie("lang", "en")
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", publishToken)
                .post(editor + "/publish");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("Add at least one module before publishing")
                .doesNotContain("author_no_modules");

        // Co-authors: unknown email shown on the form; added; removed.
        Response unknown = s.postForm(editor, editor + "/authors", Map.of("email", "nobody@test.resilib"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.asString()).contains("id=\"email-error\"");
        s.postForm(editor, editor + "/authors", Map.of("email", coAuthor.email())).then().statusCode(303);
        assertThat(s.get(editor).asString()).contains(coAuthor.email());
        coAuthor.session().get(editor).then().statusCode(200);
        long coAuthorId = coAuthor.session().request().get("/api/v1/me").jsonPath().getLong("id");
        long ownerId = s.request().get("/api/v1/me").jsonPath().getLong("id");
        s.request().contentType("application/json").delete("/api/v1/courses/" + slug + "/authors/" + ownerId).then()
                .statusCode(400);
        s.postForm(editor, editor + "/authors/" + coAuthorId + "/remove", Map.of("confirm", "yes")).then().statusCode(303);
        coAuthor.session().get(editor).then().statusCode(403);

        // Two publications, then the first restored from the history table.
        s.postForm(editor, editor + "/modules", Map.of("slug", "one", "title.en", "One")).then().statusCode(303);
        s.postForm(editor, editor + "/publish", Map.of()).then().statusCode(303);
        s.postForm(editor, editor + "/modules", Map.of("slug", "two", "title.en", "Two")).then().statusCode(303);
        s.postForm(editor, editor + "/publish", Map.of()).then().statusCode(303);
        s.postForm(editor, editor + "/versions/1/restore", Map.of()).then().statusCode(303)
                .header("Location", containsString("notice=restored"));
        assertThat(HttpSession.newStudent().request().get("/api/v1/courses/" + slug).jsonPath()
                .getList("modules.slug")).containsExactly("one");

        // A zip replaces the draft from the page; a broken one is refused on the form and changes nothing.
        byte[] zip = s.request().get("/api/v1/courses/academic-integrity/export").then().statusCode(403).extract()
                .asByteArray();
        zip = HttpSession.admin().request().get("/api/v1/courses/academic-integrity/export").then().statusCode(200)
                .extract().asByteArray();
        String token = csrf(s, editor);
        Response broken = s.request().multiPart("file", "x.zip", "not a zip".getBytes(), "application/zip")
                .multiPart("csrf-token", token).post(editor + "/import");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.asString()).contains("id=\"zip-error\"");
        s.request().multiPart("file", "c.zip", zip, "application/zip").multiPart("csrf-token", token)
                .post(editor + "/import").then().statusCode(303);
        assertThat(s.request().get("/api/v1/courses/" + slug + "/draft").jsonPath().getList("draft.modules.slug"))
                .hasSizeGreaterThan(3);

        // The same zip as a new course from the list page; the importer owns it.
        String copy = "page-import-" + slug.substring(9);
        String listToken = csrf(s, "/author");
        s.request().multiPart("file", "c.zip", StarterRoundTripTest.asDraft(zip), "application/zip")
                .multiPart("slug", copy).multiPart("csrf-token", listToken).post("/author/import").then()
                .statusCode(303).header("Location", containsString("/author/courses/" + copy));
        assertThat(s.get("/author/courses/" + copy).asString()).contains(owner.email());

        // Uploaded files can be deleted again.
        String uploadToken = csrf(s, editor);
        s.request().multiPart("file", "a.png", PNG, "image/png").multiPart("csrf-token", uploadToken)
                .post(editor + "/assets").then().statusCode(303);
        Matcher id = Pattern.compile("/courses/" + slug + "/assets/(\\d+)/").matcher(s.get(editor).asString());
        assertThat(id.find()).isTrue();
        s.postForm(editor, editor + "/assets/" + id.group(1) + "/delete", Map.of("confirm", "yes")).then().statusCode(303);
        s.request().get(id.group() + "a.png").then().statusCode(404);
    }
}
