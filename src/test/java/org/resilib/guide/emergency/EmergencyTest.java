package org.resilib.guide.emergency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.guide.GuideFixtures;

/** Closure mode as users meet it: the banner on every page, the status API, the history, bad input. */
@QuarkusTest
class EmergencyTest {

    @AfterEach
    void endWhateverIsOpen() {
        GuideFixtures.endOpen();
    }

    @Test
    void aDeclarationPutsTheBannerOnEveryPageAndEndingItTakesItAway() {
        String title = "Building closed " + System.nanoTime();
        long id = GuideFixtures.declare("闭馆通知 " + title, title);

        for (String path : List.of("/", "/sessions", "/surveys", "/login", "/notices")) {
            assertThat(GuideFixtures.page(path)).as(path).contains("emergency-banner", title, "href=\"/guide\"");
        }
        assertThat(given().queryParam("lang", "zh-CN").get("/").asString()).contains("闭馆通知 " + title);
        String home = GuideFixtures.page("/");
        assertThat(home.indexOf("guide-home")).as("the guide opens the home page, above the catalogue")
                .isPositive().isLessThan(home.indexOf("class=\"filters\""));
        HttpSession student = GuideFixtures.signedIn(GuideFixtures.person("student"));
        assertThat(student.request().queryParam("lang", "en").get("/me").asString()).contains(title);

        given().queryParam("lang", "en").get("/api/v1/status").then().statusCode(200)
                .body("mode", equalTo("emergency")).body("emergency.id", equalTo((int) id))
                .body("emergency.title", equalTo(title)).body("emergency.affected", equalTo(List.of("building",
                        "reading-rooms")))
                .body("emergency.translations.title.'zh-CN'", equalTo("闭馆通知 " + title));

        HttpSession admin = HttpSession.admin();
        admin.request().contentType("application/json").body(Map.of("title", Map.of("en", "Another")))
                .post("/api/v1/admin/emergencies").then().statusCode(409)
                .body("errors[0].field", equalTo("emergency"));

        admin.request().contentType("application/json").post("/api/v1/admin/emergencies/" + id + "/end")
                .then().statusCode(200).body("endedBy", equalTo("admin@test.resilib"));
        for (String path : List.of("/", "/sessions", "/login")) {
            String page = GuideFixtures.page(path);
            assertThat(page).as(path).doesNotContain("emergency-banner").doesNotContain(title);
        }
        assertThat(student.request().queryParam("lang", "en").get("/me").asString()).doesNotContain(title);
        given().get("/api/v1/status").then().body("mode", equalTo("normal")).body("emergency", equalTo(null));
        admin.request().contentType("application/json").post("/api/v1/admin/emergencies/" + id + "/end")
                .then().statusCode(409);
        admin.request().contentType("application/json").post("/api/v1/admin/emergencies/999999999/end")
                .then().statusCode(404);

        List<Map<String, Object>> history = admin.request().get("/api/v1/admin/emergencies").jsonPath().getList("$");
        assertThat(history).anySatisfy(e -> {
            assertThat(((Number) e.get("id")).longValue()).isEqualTo(id);
            assertThat(e.get("endedAt")).isNotNull();
        });
        assertThat(admin.request().queryParam("lang", "en").get("/admin/emergency").asString()).contains(title,
                "Ended");
    }

    @Test
    void aScheduledEmergencyShowsNoBannerBeforeItsStart() {
        String title = "Closing next week " + System.nanoTime();
        String start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).withNano(0).toString();
        HttpSession.admin().request().contentType("application/json")
                .body(Map.of("title", Map.of("en", title), "startsAt", start)).post("/api/v1/admin/emergencies")
                .then().statusCode(201);
        assertThat(GuideFixtures.page("/")).doesNotContain(title);
        given().get("/api/v1/status").then().body("mode", equalTo("normal"));
        assertThat(HttpSession.admin().request().queryParam("lang", "en").get("/admin/emergency").asString())
                .contains(title, "starting");
    }

    @Test
    void badDeclarationsAreRefusedNamingTheFieldAndStoreNothing() {
        HttpSession admin = HttpSession.admin();
        int before = admin.request().get("/api/v1/admin/emergencies").jsonPath().getList("$").size();
        String now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
        String earlier = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0).toString();
        Map<Map<String, Object>, String> cases = Map.of(
                Map.of("title", Map.of("en", " ")), "title",
                Map.of("title", Map.of("en", "x"), "affected", List.of("cafeteria")), "affected",
                Map.of("title", Map.of("en", "x"), "startsAt", now, "expectedEndAt", earlier), "expectedEndAt",
                Map.of("title", Map.of("en", "x"), "startsAt", "tomorrow"), "startsAt");
        cases.forEach((body, field) -> admin.request().contentType("application/json").body(body)
                .post("/api/v1/admin/emergencies").then().statusCode(400).body("errors[0].field", equalTo(field)));
        assertThat(admin.request().get("/api/v1/admin/emergencies").jsonPath().getList("$")).hasSize(before);
        given().get("/api/v1/status").then().body("mode", equalTo("normal"));
    }

    @Test
    void onlyAdminsDeclare() {
        Map<String, Object> body = Map.of("title", Map.of("en", "Not allowed"));
        given().contentType("application/json").body(body).post("/api/v1/admin/emergencies").then()
                .statusCode(401);
        GuideFixtures.signedIn(GuideFixtures.person("editor")).request().contentType("application/json")
                .body(body).post("/api/v1/admin/emergencies").then().statusCode(403);
        given().get("/api/v1/status").then().body("mode", equalTo("normal"));
    }

    @Test
    void theAdminPageDeclaresAndEndsWithForms() {
        HttpSession admin = HttpSession.admin();
        admin.postForm("/admin/emergency", "/admin/emergency", Map.of("titleZh", "", "titleEn", "",
                "expectedEndAt", "2020-01-01T08:00")).then().statusCode(400);
        String title = "Declared in the browser " + System.nanoTime();
        admin.postForm("/admin/emergency", "/admin/emergency", Map.of("titleZh", "网页宣布", "titleEn", title,
                "messageEn", "Use the guide.", "affected", List.of("lending"))).then().statusCode(303);
        String page = admin.request().queryParam("lang", "en").get("/admin/emergency").asString();
        assertThat(page).contains("Emergency in force", title, "End the emergency");
        assertThat(GuideFixtures.page("/sessions")).contains(title);
        String id = page.replaceAll("(?s).*action=\"/admin/emergency/(\\d+)/end\".*", "$1");
        admin.postForm("/admin/emergency", "/admin/emergency/" + id + "/end", Map.of()).then().statusCode(303);
        assertThat(GuideFixtures.page("/sessions")).doesNotContain(title);
    }
}
