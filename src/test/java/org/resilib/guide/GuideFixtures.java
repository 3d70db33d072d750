package org.resilib.guide;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.resilib.HttpSession;

/** People and data for the guide's tests; each test leaves no emergency open and no notice behind. */
public final class GuideFixtures {

    private GuideFixtures() {
    }

    /** A new account with these roles (password {@code library-2026}); returns its email. */
    public static String person(String... roles) {
        String email = String.join("-", roles) + "-" + UUID.randomUUID() + "@test.resilib";
        HttpSession.admin().request().contentType("application/json").body(Map.of("email", email, "name",
                "Guide " + String.join(" ", roles), "password", "library-2026", "roles", List.of(roles)))
                .post("/api/v1/admin/users").then().statusCode(201);
        return email;
    }

    public static HttpSession signedIn(String email) {
        return HttpSession.signIn(email, "library-2026");
    }

    /** Declares an emergency through the API as the admin; returns its id. */
    public static long declare(String titleZh, String titleEn) {
        return HttpSession.admin().request().contentType("application/json")
                .body(Map.of("title", Map.of("zh-CN", titleZh, "en", titleEn), "message",
                        Map.of("zh-CN", "馆舍暂停开放，线上服务照常。", "en", "The building is closed; online services go on."),
                        "affected", List.of("building", "reading-rooms")))
                .post("/api/v1/admin/emergencies").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Ends whatever emergency is open (for a test's clean-up). */
    public static void endOpen() {
        HttpSession admin = HttpSession.admin();
        List<Map<String, Object>> all = admin.request().get("/api/v1/admin/emergencies").jsonPath().getList("$");
        for (Map<String, Object> e : all) {
            if (e.get("endedAt") == null) {
                admin.request().contentType("application/json").post("/api/v1/admin/emergencies/" + e.get("id")
                        + "/end").then().statusCode(200);
            }
        }
    }

    /** Posts a notice as the admin; returns its id. */
    public static long notice(String titleEn, String severity, String audience, String publishAt, String expiresAt) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("title", Map.of("zh-CN", titleEn + "（中文）", "en", titleEn));
        body.put("body", Map.of("en", "Details of **" + titleEn + "**.", "zh-CN", "**" + titleEn + "** 的详情。"));
        body.put("severity", severity);
        body.put("audience", audience);
        if (publishAt != null) {
            body.put("publishAt", publishAt);
        }
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt);
        }
        Response r = HttpSession.admin().request().contentType("application/json").body(body)
                .post("/api/v1/notices");
        r.then().statusCode(201);
        return r.jsonPath().getLong("id");
    }

    public static void deleteNotice(long id) {
        HttpSession.admin().request().delete("/api/v1/notices/" + id).then().statusCode(204);
    }

    /** An anonymous GET of a page in English. */
    public static String page(String path) {
        return given().queryParam("lang", "en").get(path).then().statusCode(200).extract().asString();
    }
}
