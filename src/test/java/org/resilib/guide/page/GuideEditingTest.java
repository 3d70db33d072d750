package org.resilib.guide.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.guide.GuideFixtures;

/** Guides written and published in the browser by editors: drafts, publication, version history, files. */
@QuarkusTest
class GuideEditingTest {

    private static final String LIST = "/author/guides";

    @Inject
    GuideLoader loader;

    @Test
    void anEditorWritesADraftThatReadersSeeOnlyOncePublishedWithEveryVersionKept() {
        HttpSession editor = GuideFixtures.signedIn(GuideFixtures.person("editor"));
        String slug = "study-" + UUID.randomUUID().toString().substring(0, 8);
        editor.postForm(LIST, LIST, Map.of("slug", slug, "titleZh", "居家学习", "titleEn", "Studying from home"))
                .then().statusCode(303);
        String base = LIST + "/" + slug;
        editor.postForm(base, base + "/sections", section("intro", "Welcome",
                "Read **this** first.<script>alert(1)</script>", false, Map.of())).then().statusCode(303);
        editor.postForm(base, base + "/sections", section("databases", "Databases off campus", "Use the proxy.",
                false, Map.of("list", "resources", "access", "proxy", "limit", "5"))).then().statusCode(303);
        editor.postForm(base, base + "/sections", section("faq", "Questions",
                "## Can I borrow?\n\nNot while the building is closed.\n\n## Who answers?\n\nA librarian.", true,
                Map.of())).then().statusCode(303);

        given().get("/guides/" + slug).then().statusCode(404);
        String preview = editor.request().queryParam("lang", "en").get(base + "/preview").then().statusCode(200)
                .extract().asString();
        assertThat(preview).contains("Studying from home", "Welcome", "<strong>this</strong>", "Can I borrow?",
                "FAQPage", "Preview of the draft").doesNotContain("alert(1)");

        editor.postForm(base, base + "/publish", Map.of()).then().statusCode(303);
        String live = given().queryParam("lang", "en").get("/guides/" + slug).then().statusCode(200).extract()
                .asString();
        assertThat(live).contains("Studying from home", "Databases off campus", "FAQPage")
                .doesNotContain("Preview of the draft");
        assertThat(given().queryParam("lang", "zh-CN").get("/guides/" + slug).asString()).contains("居家学习");

        // A change waits in the draft; readers keep the published text until the next publication.
        int intro = positions(editor, base).get(0);
        editor.postForm(base, base + "/sections/" + intro, section("intro", "Welcome, revised", "New text.", false,
                Map.of())).then().statusCode(303);
        assertThat(given().queryParam("lang", "en").get("/guides/" + slug).asString()).contains("Welcome")
                .doesNotContain("Welcome, revised");
        assertThat(editor.request().queryParam("lang", "en").get(base).asString()).contains("unpublished changes");
        editor.postForm(base, base + "/publish", Map.of()).then().statusCode(303);
        assertThat(given().queryParam("lang", "en").get("/guides/" + slug).asString()).contains("Welcome, revised");

        // Moving the FAQ to the top, publishing, then putting version 1 back as version 4.
        int faq = positions(editor, base).get(2);
        editor.postForm(base, base + "/sections/" + faq + "/move", Map.of("direction", "up")).then().statusCode(303);
        editor.postForm(base, base + "/sections/" + positions(editor, base).get(1) + "/move",
                Map.of("direction", "up")).then().statusCode(303);
        editor.postForm(base, base + "/publish", Map.of()).then().statusCode(303);
        String moved = given().queryParam("lang", "en").get("/guides/" + slug).asString();
        assertThat(moved.indexOf("Can I borrow?")).isLessThan(moved.indexOf("Welcome, revised"));
        editor.postForm(base, base + "/versions/1/restore", Map.of()).then().statusCode(303);
        String restored = given().queryParam("lang", "en").get("/guides/" + slug).asString();
        assertThat(restored).contains("Read <strong>this</strong> first.").doesNotContain("Welcome, revised");
        String history = editor.request().queryParam("lang", "en").get(base).asString();
        assertThat(history).contains("from version 1", "/versions/3/restore", "/versions/1/restore")
                .doesNotContain("/versions/4/restore");

        // An unpublished change can be dropped: the draft is the live guide again.
        int first = positions(editor, base).get(0);
        editor.postForm(base, base + "/sections/" + first, section("intro", "Welcome, discarded", "x", false,
                Map.of())).then().statusCode(303);
        assertThat(editor.request().queryParam("lang", "en").get(base).asString()).contains("unpublished changes");
        editor.postForm(base, base + "/discard", Map.of()).then().statusCode(303);
        assertThat(editor.request().queryParam("lang", "en").get(base).asString())
                .doesNotContain("unpublished changes").doesNotContain("Welcome, discarded");

        editor.postForm(base, base + "/unpublish", Map.of()).then().statusCode(303);
        given().get("/guides/" + slug).then().statusCode(404);

        GuideFixtures.signedIn(GuideFixtures.person("student")).request().get(LIST).then().statusCode(403);
        GuideFixtures.signedIn(GuideFixtures.person("librarian")).request().get(base).then().statusCode(403);
        assertThat(HttpSession.admin().request().queryParam("lang", "en").get(LIST).asString()).contains(slug);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        HttpSession editor = GuideFixtures.signedIn(GuideFixtures.person("editor"));
        assertThat(editor.postForm(LIST, LIST, Map.of("slug", "Bad Slug", "titleEn", "x")).then().statusCode(400)
                .extract().asString()).contains("aria-describedby=\"slug-hint slug-error\" aria-invalid=\"true\"");
        editor.postForm(LIST, LIST, Map.of("slug", "emergency", "titleEn", "x")).then().statusCode(409);
        String slug = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        editor.postForm(LIST, LIST, Map.of("slug", slug, "titleZh", "", "titleEn", "")).then().statusCode(400);
        editor.postForm(LIST, LIST, Map.of("slug", slug, "titleEn", "Bad input")).then().statusCode(303);
        String base = LIST + "/" + slug;

        editor.postForm(base, base + "/publish", Map.of()).then().statusCode(409);
        String wrongAccess = editor.postForm(base, base + "/sections", section("list", "A list", "Text", false,
                Map.of("list", "resources", "access", "vpn"))).then().statusCode(400).extract().asString();
        assertThat(wrongAccess).contains("id=\"access-error\"");
        editor.postForm(base, base + "/sections", section("list", "A list", "Text", false,
                Map.of("list", "sessions", "subject", "law"))).then().statusCode(400);
        editor.postForm(base, base + "/sections", section("faq", "Questions", "A preface.\n\n## Why?\n\nBecause.",
                true, Map.of())).then().statusCode(400);
        editor.postForm(base, base + "/sections", section("Not A Slug", "Title", "Text", false, Map.of()))
                .then().statusCode(400);
        assertThat(positions(editor, base)).as("nothing stored").isEmpty();

        editor.postForm(base, base + "/sections", section("one", "One", "Text", false, Map.of())).then()
                .statusCode(303);
        editor.postForm(base, base + "/sections", section("one", "Again", "Text", false, Map.of())).then()
                .statusCode(400);
        // The starter guide is the emergency guide; a second one is refused at publication.
        editor.postForm(base, base, Map.of("titleEn", "Bad input", "emergency", "true")).then().statusCode(303);
        assertThat(editor.postForm(base, base + "/publish", Map.of()).then().statusCode(409).extract().asString())
                .contains("id=\"publish-error\"");
        given().get("/guides/" + slug).then().statusCode(404);
        editor.request().get(base + "/sections/99999").then().statusCode(404);
        editor.request().get(LIST + "/no-such-guide").then().statusCode(404);
    }

    @Test
    void editorsAddingSectionsAtOnceLoseNothing() {
        HttpSession editor = GuideFixtures.signedIn(GuideFixtures.person("editor"));
        List<HttpSession> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(i % 2 == 0 ? GuideFixtures.signedIn(GuideFixtures.person("editor")) : HttpSession.admin());
        }
        String slug = "busy-" + UUID.randomUUID().toString().substring(0, 8);
        editor.postForm(LIST, LIST, Map.of("slug", slug, "titleEn", "Busy")).then().statusCode(303);
        String base = LIST + "/" + slug;
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            HttpSession who = people.get(i);
            String name = "part-" + i;
            all.add(CompletableFuture.supplyAsync(() -> who.postForm(base, base + "/sections",
                    section(name, "Part " + name, "Text", false, Map.of())).statusCode()));
        }
        assertThat(all.stream().map(CompletableFuture::join)).containsOnly(303);
        assertThat(positions(editor, base)).hasSize(8);
    }

    @Test
    void aGuideFromFilesPublishedHereIsLeftAloneByReloadsUntilAttachedAgain() throws Exception {
        Path root = Files.createTempDirectory("guides");
        String slug = "files-" + UUID.randomUUID().toString().substring(0, 8);
        write(root, slug + "/guide.yaml", "title: { en: From files }\nlanguage: en\n");
        write(root, slug + "/01-intro.md", "---\ntitle: Intro from files\n---\nFile text\n");
        assertThat(loader.load(root)).noneMatch(p -> p.path().contains(slug));
        assertThat(GuideFixtures.page("/guides/" + slug)).contains("Intro from files");

        HttpSession editor = GuideFixtures.signedIn(GuideFixtures.person("editor"));
        String base = LIST + "/" + slug;
        int intro = positions(editor, base).get(0);
        editor.postForm(base, base + "/sections/" + intro, section("intro", "Intro from the browser", "Browser text",
                false, Map.of())).then().statusCode(303);
        editor.postForm(base, base + "/publish", Map.of()).then().statusCode(303);
        assertThat(editor.request().queryParam("lang", "en").get(base).asString())
                .contains("content reloads leave it alone");

        write(root, slug + "/01-intro.md", "---\ntitle: Intro from files, changed\n---\nFile text\n");
        loader.load(root);
        assertThat(GuideFixtures.page("/guides/" + slug)).contains("Intro from the browser")
                .doesNotContain("Intro from files, changed");

        editor.postForm(base, base + "/attach", Map.of()).then().statusCode(303);
        loader.load(root);
        assertThat(GuideFixtures.page("/guides/" + slug)).contains("Intro from files, changed");
        String history = editor.request().queryParam("lang", "en").get(base).asString();
        assertThat(history).contains("/versions/2/restore", "/versions/1/restore", "content folder", "published here");
    }

    private static Map<String, String> section(String slug, String titleEn, String bodyEn, boolean faq,
            Map<String, String> embed) {
        Map<String, String> m = new HashMap<>(embed);
        m.put("section-slug", slug);
        m.put("titleEn", titleEn);
        m.put("bodyEn", bodyEn);
        if (faq) {
            m.put("faq", "true");
        }
        return m;
    }

    private static List<Integer> positions(HttpSession s, String base) {
        String page = s.request().get(base).then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("href=\"" + Pattern.quote(base) + "/sections/(\\d+)\"").matcher(page);
        List<Integer> out = new ArrayList<>();
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    private static void write(Path root, String relative, String text) throws Exception {
        Path file = root.resolve("guides").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
