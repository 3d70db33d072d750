package org.resilib.guide.notice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.guide.GuideFixtures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Notices as readers and editors meet them: the banner by severity, dismissal, audiences, times, feed, data. */
@QuarkusTest
class NoticeTest {

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void deleteWhatWasMade() {
        made.forEach(GuideFixtures::deleteNotice);
    }

    private long notice(String title, String severity, String audience, String publishAt, String expiresAt) {
        long id = GuideFixtures.notice(title, severity, audience, publishAt, expiresAt);
        made.add(id);
        return id;
    }

    private static String at(int hoursFromNow) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(hoursFromNow).withNano(0).toString();
    }

    @Test
    void criticalNoticesStayOnEveryPageUntilDismissedImportantOnesOnTheEntryPages() {
        String critical = "Critical " + System.nanoTime();
        String important = "Important " + System.nanoTime();
        String info = "Info " + System.nanoTime();
        long criticalId = notice(critical, "critical", "everyone", null, null);
        notice(important, "important", "everyone", null, null);
        notice(info, "info", "everyone", null, null);

        assertThat(GuideFixtures.page("/sessions")).contains(critical).doesNotContain(important).doesNotContain(info);
        assertThat(GuideFixtures.page("/")).contains(critical, important).doesNotContain(info);
        assertThat(GuideFixtures.page("/notices")).contains(critical, important, info);

        HttpSession visitor = HttpSession.anonymous();
        visitor.postForm("/sessions", "/notices/" + criticalId + "/dismiss", Map.of("back", "/sessions"))
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.containsString("/sessions"));
        assertThat(visitor.request().queryParam("lang", "en").get("/sessions").asString())
                .as("dismissed in this browser").doesNotContain(critical);
        assertThat(GuideFixtures.page("/sessions")).as("another browser still sees it").contains(critical);

        String email = GuideFixtures.person("student");
        HttpSession phone = GuideFixtures.signedIn(email);
        HttpSession laptop = GuideFixtures.signedIn(email);
        assertThat(laptop.request().queryParam("lang", "en").get("/me").asString()).contains(critical);
        phone.postForm("/me", "/notices/" + criticalId + "/dismiss", Map.of("back", "/me")).then().statusCode(303);
        assertThat(laptop.request().queryParam("lang", "en").get("/me").asString())
                .as("remembered for the person, on every device").doesNotContain(critical);
        assertThat(laptop.request().queryParam("lang", "en").get("/notices").asString())
                .as("still listed").contains(critical);

        HttpSession.anonymous().postForm("/", "/notices/" + criticalId + "/dismiss",
                Map.of("back", "https://evil.example/")).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.matchesPattern("https?://[^/]+/\\?done=.*"));
    }

    @Test
    void noticesShowBetweenTheirPublishAndExpiryTimes() {
        String scheduled = "Scheduled " + System.nanoTime();
        String expired = "Expired " + System.nanoTime();
        long future = notice(scheduled, "critical", "everyone", at(2), at(5));
        long past = notice(expired, "critical", "everyone", at(-5), at(-2));
        assertThat(GuideFixtures.page("/notices")).doesNotContain(scheduled).doesNotContain(expired);
        assertThat(GuideFixtures.page("/")).doesNotContain(scheduled).doesNotContain(expired);
        given().get("/notices/" + future).then().statusCode(404);
        given().get("/api/v1/notices").then().statusCode(200);
        assertThat(given().get("/api/v1/notices").jsonPath().getList("id", Long.class)).doesNotContain(future, past);
        assertThat(GuideFixtures.page("/notices/" + past)).as("an expired notice keeps its address")
                .contains(expired, "This notice has expired.");
        assertThat(HttpSession.admin().request().queryParam("lang", "en").get("/notices/manage").asString())
                .contains(scheduled, "(Scheduled)", expired, "(Expired)");
    }

    @Test
    void audiencesDecideWhoReadsANotice() {
        String staff = "Staff only " + System.nanoTime();
        long id = notice(staff, "important", "staff", null, null);
        assertThat(GuideFixtures.page("/notices")).doesNotContain(staff);
        given().get("/notices/" + id).then().statusCode(404);
        given().get("/api/v1/notices/" + id).then().statusCode(404);
        HttpSession student = GuideFixtures.signedIn(GuideFixtures.person("student"));
        assertThat(student.request().queryParam("lang", "en").get("/notices").asString()).doesNotContain(staff);
        HttpSession librarian = GuideFixtures.signedIn(GuideFixtures.person("librarian"));
        assertThat(librarian.request().queryParam("lang", "en").get("/notices").asString()).contains(staff);
        librarian.request().get("/api/v1/notices/" + id).then().statusCode(200).body("audience", equalTo("staff"));
    }

    @Test
    void theFeedIsAtomWithTheNoticesForEveryone() throws Exception {
        String open = "Feed open <&> " + System.nanoTime();
        String staff = "Feed staff " + System.nanoTime();
        notice(open, "info", "everyone", null, null);
        notice(staff, "info", "staff", null, null);
        Response r = given().queryParam("lang", "en").get("/notices.atom");
        r.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/atom+xml"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document feed = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.asByteArray()));
        String atom = "http://www.w3.org/2005/Atom";
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(atom);
        for (String required : List.of("id", "title", "updated")) {
            assertThat(feed.getDocumentElement().getElementsByTagNameNS(atom, required).getLength()).isPositive();
        }
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            titles.add(e.getElementsByTagNameNS(atom, "title").item(0).getTextContent());
            assertThat(e.getElementsByTagNameNS(atom, "id").getLength()).isEqualTo(1);
            assertThat(e.getElementsByTagNameNS(atom, "updated").getLength()).isEqualTo(1);
        }
        assertThat(titles).contains(open).doesNotContain(staff);
    }

    @Test
    void eachNoticePageCarriesSpecialAnnouncementData() throws Exception {
        String title = "Closure </script><script>alert(1)</script> " + System.nanoTime();
        long id = notice(title, "important", "everyone", at(-1), at(48));
        String page = GuideFixtures.page("/notices/" + id);
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).isTrue();
        assertThat(page).doesNotContain("<script>alert(1)");
        JsonNode data = new ObjectMapper().readTree(m.group(1));
        assertThat(data.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(data.path("@type").asText()).isEqualTo("SpecialAnnouncement");
        assertThat(data.path("name").asText()).isEqualTo(title);
        assertThat(data.path("datePosted").asText()).isNotBlank();
        assertThat(data.path("expires").asText()).isNotBlank();
        assertThat(data.path("text").asText()).contains("Details of");
        assertThat(data.path("url").asText()).endsWith("/notices/" + id);
    }

    @Test
    void badNoticesAreRefusedNamingTheField() {
        HttpSession admin = HttpSession.admin();
        int before = admin.request().get("/api/v1/notices?all=true").jsonPath().getList("$").size();
        Map<Map<String, Object>, String> cases = Map.of(
                Map.of("title", Map.of("en", "x"), "publishAt", at(5), "expiresAt", at(1)), "expiresAt",
                Map.of("title", Map.of("en", "x"), "severity", "urgent"), "severity",
                Map.of("title", Map.of("en", "x"), "audience", "faculty"), "audience",
                Map.of("title", Map.of("en", "")), "title",
                Map.of("title", Map.of("en", "x"), "publishAt", "soon"), "publishAt");
        cases.forEach((body, field) -> admin.request().contentType("application/json").body(body)
                .post("/api/v1/notices").then().statusCode(400).body("errors[0].field", equalTo(field)));
        assertThat(admin.request().get("/api/v1/notices?all=true").jsonPath().getList("$")).hasSize(before);
        GuideFixtures.signedIn(GuideFixtures.person("student")).request().contentType("application/json")
                .body(Map.of("title", Map.of("en", "x"))).post("/api/v1/notices").then().statusCode(403);
        given().contentType("application/json").body(Map.of("title", Map.of("en", "x"))).post("/api/v1/notices")
                .then().statusCode(401);
    }

    @Test
    void editorsWriteNoticesInTheBrowserAndTheirMarkdownIsSanitized() {
        HttpSession editor = GuideFixtures.signedIn(GuideFixtures.person("librarian", "editor"));
        editor.postForm("/notices/new", "/notices/new", Map.of("titleZh", "", "titleEn", "Bad",
                "publishAt", "2026-12-01T10:00", "expiresAt", "2026-12-01T09:00")).then().statusCode(400);
        String title = "Written in the browser " + System.nanoTime();
        Response saved = editor.postForm("/notices/new", "/notices/new", Map.of("titleZh", "网页通知",
                "titleEn", title, "bodyEn", "Read **this**.<script>alert(1)</script>", "severity", "info",
                "audience", "everyone", "publishAt", "", "expiresAt", ""));
        saved.then().statusCode(303);
        long id = Long.parseLong(saved.getHeader("Location").replaceAll(".*/notices/(\\d+).*", "$1"));
        made.add(id);
        String page = GuideFixtures.page("/notices/" + id);
        assertThat(page).contains(title, "<strong>this</strong>").doesNotContain("alert(1)")
                .doesNotContain("\\u003cscript");
        editor.postForm("/notices/" + id + "/edit", "/notices/" + id + "/edit", Map.of("titleEn", title + " v2",
                "severity", "important", "audience", "everyone", "publishAt", "", "expiresAt", ""))
                .then().statusCode(303);
        assertThat(GuideFixtures.page("/notices/" + id)).contains(title + " v2");
        assertThat(new String(given().get("/notices.atom").asByteArray(), StandardCharsets.UTF_8))
                .contains(title + " v2");
    }
}
