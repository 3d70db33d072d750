package org.resilib.guide.resource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.guide.GuideFixtures;

/** The e-resource directory through its API and page: links for the caller, flags by date, CSV both ways. */
@QuarkusTest
class ResourceApiTest {

    static final String PROXY = "https://proxy.lib.example.edu/login?url={url}";
    private HttpSession editor;
    private String tag;

    @BeforeEach
    void editorAndTemplates() {
        editor = GuideFixtures.signedIn(GuideFixtures.person("librarian", "editor"));
        tag = UUID.randomUUID().toString().substring(0, 8);
        HttpSession.admin().request().contentType("application/json").body(Map.of("proxyTemplate", PROXY,
                "webvpnHost", "https://webvpn.example.edu")).put("/api/v1/admin/off-campus-templates").then()
                .statusCode(200);
    }

    @AfterEach
    void removeWhatWasMade() {
        HttpSession admin = HttpSession.admin();
        for (Object id : admin.request().queryParam("q", tag).get("/api/v1/resources").jsonPath().getList("id")) {
            admin.request().delete("/api/v1/resources/" + id).then().statusCode(204);
        }
        admin.request().contentType("application/json").body(Map.of()).put("/api/v1/admin/off-campus-templates")
                .then().statusCode(200);
    }

    private long create(String slug, String nameEn, String access, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("slug", slug + "-" + tag, "name",
                Map.of("en", nameEn + " " + tag, "zh-CN", nameEn + "（中文）" + tag), "url",
                "https://www." + slug + ".example.org/home", "access", access, "subjects", List.of("History " + tag)));
        body.putAll(more);
        return editor.request().contentType("application/json").body(body).post("/api/v1/resources").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    static String today(int plusDays) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(plusDays).toString();
    }

    @Test
    void eachResourceCarriesTheOffCampusLinkForItsAccessMethod() {
        create("jstor", "JSTOR", "proxy", Map.of("kind", "journals"));
        create("doaj", "DOAJ", "open", Map.of("kind", "free-web"));
        create("campus", "Campus Archive", "ip", Map.of());
        create("already", "Already Proxied", "proxy", Map.of("url",
                "https://proxy.lib.example.edu/login?url=https://www.already.example.org/"));
        JsonPath all = given().queryParam("q", tag).get("/api/v1/resources").then().statusCode(200).extract()
                .jsonPath();
        assertThat(all.getString("find { it.slug == 'jstor-" + tag + "' }.offCampusUrl"))
                .isEqualTo("https://proxy.lib.example.edu/login?url=https://www.jstor.example.org/home");
        assertThat(all.getString("find { it.slug == 'doaj-" + tag + "' }.offCampusUrl"))
                .isEqualTo("https://www.doaj.example.org/home");
        assertThat(all.getString("find { it.slug == 'campus-" + tag + "' }.offCampusUrl")).isNull();
        assertThat(all.getString("find { it.slug == 'already-" + tag + "' }.offCampusUrl"))
                .isEqualTo("https://proxy.lib.example.edu/login?url=https://www.already.example.org/");

        given().queryParam("q", tag).queryParam("access", "proxy").get("/api/v1/resources").then()
                .body("size()", equalTo(2));
        given().queryParam("q", tag).queryParam("letter", "d").get("/api/v1/resources").then()
                .body("slug", equalTo(List.of("doaj-" + tag)));
        given().queryParam("subject", "History " + tag).get("/api/v1/resources").then().body("size()", equalTo(4));
        given().queryParam("access", "vpn").get("/api/v1/resources").then().statusCode(400)
                .body("errors[0].field", equalTo("access"));
        given().queryParam("flag", "cheap").get("/api/v1/resources").then().statusCode(400)
                .body("errors[0].field", equalTo("flag"));

        String page = given().queryParam("lang", "en").queryParam("q", tag).get("/resources").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("href=\"https://proxy.lib.example.edu/login?url=https://www.jstor.example.org/home\"",
                "Open from off campus", "on campus only", "Open access");
    }

    @Test
    void flagsFollowTheirDatesAndAnExpiredTrialLeavesTheDirectoryByItself() {
        create("gone", "Expired Trial", "proxy", Map.of("trialUntil", today(-1)));
        create("trying", "Current Trial", "proxy", Map.of("trialUntil", today(0), "newUntil", today(30)));
        create("free", "Free Now", "open", Map.of("freeUntil", today(10), "temporaryUntil", today(10),
                "temporaryNote", Map.of("en", "User: library / password: closure2026"), "temporaryAudience", "students"));
        JsonPath all = given().queryParam("q", tag).get("/api/v1/resources").jsonPath();
        assertThat(all.getList("slug", String.class)).doesNotContain("gone-" + tag).contains("trying-" + tag);
        assertThat(all.getList("find { it.slug == 'trying-" + tag + "' }.flags", String.class))
                .containsExactly("trial", "new");
        given().queryParam("q", tag).queryParam("flag", "free").get("/api/v1/resources").then()
                .body("slug", equalTo(List.of("free-" + tag)));
        assertThat(all.getString("find { it.slug == 'free-" + tag + "' }.temporaryNote")).as("not for visitors")
                .isNull();
        assertThat(given().queryParam("lang", "en").queryParam("q", tag).get("/resources").asString())
                .doesNotContain("closure2026");
        HttpSession student = GuideFixtures.signedIn(GuideFixtures.person("student"));
        student.request().queryParam("q", tag).get("/api/v1/resources").then()
                .body("find { it.slug == 'free-" + tag + "' }.temporaryNote.en",
                        equalTo("User: library / password: closure2026"));
        HttpSession instructor = GuideFixtures.signedIn(GuideFixtures.person("instructor"));
        instructor.request().queryParam("q", tag).get("/api/v1/resources").then()
                .body("find { it.slug == 'free-" + tag + "' }.temporaryNote", equalTo(null));
        assertThat(given().get("/api/v1/resources.csv").asString()).doesNotContain("closure2026");
    }

    @Test
    void badResourcesAreRefusedNamingTheFieldAndStoreNothing() {
        Map<String, Map<String, Object>> cases = Map.of(
                "access", Map.of("access", "vpn"),
                "url", Map.of("url", "javascript:alert(1)"),
                "accessTemplate", Map.of("accessTemplate", "https://proxy.example.edu/login?url="),
                "slug", Map.of("slug", "Not A Slug"),
                "trialUntil", Map.of("trialUntil", "next week"),
                "kind", Map.of("kind", "podcast"));
        cases.forEach((field, wrong) -> {
            Map<String, Object> body = new HashMap<>(Map.of("slug", "bad-" + tag, "name", Map.of("en", "Bad " + tag),
                    "url", "https://bad.example.org/", "access", "proxy"));
            body.putAll(wrong);
            editor.request().contentType("application/json").body(body).post("/api/v1/resources").then()
                    .statusCode(400).body("errors[0].field", equalTo(field));
        });
        assertThat(given().queryParam("q", tag).get("/api/v1/resources").jsonPath().getList("$")).isEmpty();
        create("dup", "Duplicate", "open", Map.of());
        editor.request().contentType("application/json").body(Map.of("slug", "dup-" + tag, "name", Map.of("en", "x"),
                "url", "https://x.example.org/", "access", "open")).post("/api/v1/resources").then().statusCode(409);
        GuideFixtures.signedIn(GuideFixtures.person("librarian")).request().contentType("application/json")
                .body(Map.of("slug", "x")).post("/api/v1/resources").then().statusCode(403);
        HttpSession.admin().request().contentType("application/json").body(Map.of("proxyTemplate",
                "https://proxy.example.edu/login")).put("/api/v1/admin/off-campus-templates").then().statusCode(400)
                .body("errors[0].field", equalTo("proxyTemplate"));
    }

    @Test
    void theCsvExportImportsBackAndABadFileImportsNothing() {
        create("csv-one", "Csv One", "proxy", Map.of("vendor", "=HYPERLINK(\"x\")", "freeUntil", today(5)));
        String exported = given().get("/api/v1/resources.csv").then().statusCode(200).extract().asString();
        String header = exported.lines().findFirst().orElseThrow();
        assertThat(header).startsWith("slug,name_zh,name_en");
        String row = exported.lines().filter(l -> l.startsWith("csv-one-" + tag)).findFirst().orElseThrow();
        assertThat(row).contains("'=HYPERLINK");
        String changed = row.replace("Csv One " + tag, "Csv One renamed " + tag);
        String added = "csv-two-" + tag + ",二,Csv Two " + tag + ",,,https://two.example.org/,database,,History " + tag
                + ",webvpn,,,,,,,,";
        editor.request().contentType("text/csv").body(header + "\n" + changed + "\n" + added + "\n")
                .post("/api/v1/resources/import").then().statusCode(200).body("added", equalTo(1))
                .body("replaced", equalTo(1));
        JsonPath all = given().queryParam("q", tag).get("/api/v1/resources").jsonPath();
        assertThat(all.getString("find { it.slug == 'csv-one-" + tag + "' }.name.en")).isEqualTo("Csv One renamed " + tag);
        assertThat(all.getString("find { it.slug == 'csv-one-" + tag + "' }.vendor")).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(all.getString("find { it.slug == 'csv-two-" + tag + "' }.offCampusUrl"))
                .startsWith("https://webvpn.example.edu/https/77726476706e69737468656265737421");

        String broken = header + "\n" + added.replace("csv-two", "csv-three") + "\n"
                + added.replace("csv-two", "csv-four").replace("https://two.example.org/", "two.example.org") + "\n";
        editor.request().contentType("text/csv").body(broken).post("/api/v1/resources/import").then().statusCode(400)
                .body("errors.field", hasItem("rows[3].url"));
        assertThat(given().queryParam("q", tag).get("/api/v1/resources").jsonPath().getList("slug", String.class))
                .as("nothing half-imported").doesNotContain("csv-three-" + tag);
        editor.request().contentType("text/csv").body("slug,colour\nx,red\n").post("/api/v1/resources/import").then()
                .statusCode(400);
    }

    @Test
    void editorsImportAFileFromTheManagePageAndSeeEveryProblemByRow() {
        String header = given().get("/api/v1/resources.csv").asString().lines().findFirst().orElseThrow();
        String good = "page-one-" + tag + ",一,Page One " + tag + ",,,https://one.example.org/,database,,,open,,,,,,,,";
        String bad = "page-two-" + tag + ",二,Page Two " + tag + ",,,one.example.org,database,,,teleport,,,,,,,,";
        String refused = upload(editor, utf8(header + "\n" + good + "\n" + bad + "\n"))
                .then().statusCode(400).extract().asString();
        assertThat(refused).contains("rows[3].", "id=\"file-error\"").doesNotContain("rows[2].");
        assertThat(given().queryParam("q", tag).get("/api/v1/resources").jsonPath().getList("slug", String.class))
                .as("nothing half-imported").doesNotContain("page-one-" + tag);
        assertThat(upload(editor, new byte[] {'s', 'l', 'u', 'g', '\n', (byte) 0xff, (byte) 0xfe, 'A'}).then()
                .statusCode(400).extract().asString()).contains("id=\"file-error\"");

        var done = upload(editor, utf8(header + "\n" + good + "\n"));
        done.then().statusCode(303);
        String page = editor.request().queryParam("lang", "en").get(done.getHeader("Location")).asString();
        assertThat(page).contains("Imported: 1 added, 0 replaced.");
        assertThat(given().queryParam("q", tag).get("/api/v1/resources").jsonPath().getList("slug", String.class))
                .contains("page-one-" + tag);

        HttpSession librarian = GuideFixtures.signedIn(GuideFixtures.person("librarian"));
        assertThat(librarian.request().get("/resources/manage").then().statusCode(200).extract().asString())
                .doesNotContain("/resources/manage/import");
        GuideFixtures.signedIn(GuideFixtures.person("student")).request().get("/resources/manage").then()
                .statusCode(403);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static io.restassured.response.Response upload(HttpSession s, byte[] csv) {
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(s.get("/resources/manage").asString());
        assertThat(token.find()).isTrue();
        return s.request().redirects().follow(false).multiPart("csrf-token", token.group(1))
                .multiPart("file", "resources.csv", csv, "text/csv")
                .post("/resources/manage/import");
    }
}
