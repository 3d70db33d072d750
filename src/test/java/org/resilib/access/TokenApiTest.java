package org.resilib.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.resilib.GreenMailResource;
import org.resilib.HttpSession;

@QuarkusTest
class TokenApiTest {

    static String createToken(HttpSession who, String name) {
        return who.request().contentType("application/json").body(Map.of("name", name)).post("/api/v1/me/tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");
    }

    @Test
    void aTokenIsShownOnceStoredHashedAndActsWithItsOwnersRoles() {
        HttpSession student = HttpSession.newStudent();
        String email = student.request().get("/api/v1/me").jsonPath().getString("email");
        JsonPath created = student.request().contentType("application/json").body(Map.of("name", "Grade sync"))
                .post("/api/v1/me/tokens").then().statusCode(201).body("name", equalTo("Grade sync"))
                .body("token", startsWith("rsl_")).extract().jsonPath();
        String token = created.getString("token");
        long id = created.getLong("id");
        assertThat(token).hasSize(47);

        String list = student.request().get("/api/v1/me/tokens").then().statusCode(200)
                .body("[0].name", equalTo("Grade sync")).body("[0].prefix", equalTo(token.substring(0, 8)))
                .extract().asString();
        assertThat(list).doesNotContain(token.substring(8));

        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200)
                .body("email", equalTo(email)).body("roles", Matchers.contains("student"));
        given().header("Authorization", "Bearer " + token).get("/api/v1/me/tokens").then().statusCode(200)
                .body("[0].lastUsedAt", Matchers.notNullValue());
        // A student's token cannot reach staff or admin APIs, and does not sign in pages.
        given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("email", "x@y.z", "name", "X", "password", "long-enough-1"))
                .post("/api/v1/admin/users").then().statusCode(403);
        given().redirects().follow(false).header("Authorization", "Bearer " + token).get("/me").then()
                .statusCode(Matchers.oneOf(302, 303)).header("Location", containsString("/login"));
        // Bearer calls need no CSRF token: the header cannot be sent by another site's form.
        given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("name", "Second")).post("/api/v1/me/tokens").then().statusCode(201);

        given().header("Authorization", "Bearer " + token + "x").get("/api/v1/me").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", "Bearer " + token + "x").header("Accept-Language", "en").get("/api/v1/me")
                .then().statusCode(401).contentType(containsString("application/problem+json"))
                .body("code", equalTo("credentials_invalid")).body("detail", containsString("no longer work"));
        given().header("Authorization", "Bearer rsl_" + "A".repeat(43)).get("/api/v1/me").then().statusCode(401);
        given().get("/api/v1/me").then().statusCode(401);

        student.request().delete("/api/v1/me/tokens/" + id).then().statusCode(204);
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(401);
        student.request().delete("/api/v1/me/tokens/" + id).then().statusCode(404);
    }

    @Test
    void otherPeoplesTokensCannotBeSeenOrRevoked() {
        HttpSession owner = HttpSession.newStudent();
        String token = createToken(owner, "Mine");
        long id = owner.request().get("/api/v1/me/tokens").jsonPath().getLong("[0].id");
        HttpSession other = HttpSession.newStudent();
        other.request().delete("/api/v1/me/tokens/" + id).then().statusCode(404);
        HttpSession.admin().request().delete("/api/v1/me/tokens/" + id).then().statusCode(404);
        assertThat(other.request().get("/api/v1/me/tokens").jsonPath().getList("id")).isEmpty();
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void badNamesAreRefusedAndNothingIsStored() {
        HttpSession student = HttpSession.newStudent();
        student.request().contentType("application/json").body(Map.of("name", " ")).post("/api/v1/me/tokens").then()
                .statusCode(400).body("errors[0].field", equalTo("name"));
        student.request().contentType("application/json").body(Map.of("name", "x".repeat(101)))
                .post("/api/v1/me/tokens").then().statusCode(400).body("errors[0].field", equalTo("name"));
        student.request().contentType("application/json").body("{").post("/api/v1/me/tokens").then().statusCode(400);
        assertThat(student.request().get("/api/v1/me/tokens").jsonPath().getList("id")).isEmpty();
    }

    @Test
    void deactivatingAPersonStopsTheirTokens() {
        HttpSession admin = HttpSession.admin();
        String email = "tok-" + UUID.randomUUID() + "@test.resilib";
        long id = admin.request().contentType("application/json").body(Map.of("email", email, "name", "Tok",
                "password", "long-enough-1", "roles", List.of("instructor")))
                .post("/api/v1/admin/users").then().statusCode(201).extract().jsonPath().getLong("id");
        String token = createToken(HttpSession.signIn(email, "long-enough-1"), "CI");
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200)
                .body("roles", Matchers.contains("instructor"));
        admin.postForm("/admin/people/" + id, "/admin/people/" + id, Map.of("email", email, "displayName", "Tok", "active", "true", "roles", "student"))
                .then().statusCode(303);
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200)
                .body("roles", Matchers.contains("student"));
        admin.postForm("/admin/people/" + id, "/admin/people/" + id, Map.of("email", email, "displayName", "Tok", "roles", "student")).then()
                .statusCode(303);
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(401);
    }

    /**
     * The decision: a changed or reset password and a deactivated account revoke every personal API token, because
     * a password is changed when someone else may have had the account and a token they made must not outlive it.
     */
    @Test
    void aChangedOrResetPasswordAndADeactivationRevokeEveryToken() throws Exception {
        HttpSession admin = HttpSession.admin();
        String email = "tok-" + UUID.randomUUID() + "@test.resilib";
        long id = admin.request().contentType("application/json").body(Map.of("email", email, "name", "Tok",
                "password", "long-enough-1", "roles", List.of("instructor")))
                .post("/api/v1/admin/users").then().statusCode(201).extract().jsonPath().getLong("id");
        HttpSession owner = HttpSession.signIn(email, "long-enough-1");
        String first = createToken(owner, "first");
        String second = createToken(owner, "second");
        given().header("Authorization", "Bearer " + first).get("/api/v1/me").then().statusCode(200);

        owner.postForm("/me/password", "/me/password", Map.of("currentPassword", "long-enough-1",
                "newPassword", "changed-password-2")).then().statusCode(303);
        given().header("Authorization", "Bearer " + first).get("/api/v1/me").then().statusCode(401);
        given().header("Authorization", "Bearer " + second).get("/api/v1/me").then().statusCode(401);
        HttpSession again = HttpSession.signIn(email, "changed-password-2");
        assertThat(again.request().get("/api/v1/me/tokens").jsonPath().getList("id")).isEmpty();
        assertThat(admin.request().get("/api/v1/admin/audit?action=token_revoked").asString())
                .contains("person:" + id, "password_changed");

        String afterChange = createToken(again, "after change");
        HttpSession.anonymous().postForm("/password/forgot", "/password/forgot", Map.of("email", email)).then()
                .statusCode(303);
        assertThat(GreenMailResource.waitForMail(email, "Resilib")).isTrue();
        Matcher link = Pattern.compile("token=([A-Za-z0-9_-]{43})").matcher(
                GreenMailResource.mailTo(email, "Resilib").getContent().toString());
        assertThat(link.find()).isTrue();
        HttpSession.anonymous().postForm("/password/reset?token=" + link.group(1), "/password/reset",
                Map.of("token", link.group(1), "newPassword", "reset-password-3")).then().statusCode(303);
        given().header("Authorization", "Bearer " + afterChange).get("/api/v1/me").then().statusCode(401);

        String afterReset = createToken(HttpSession.signIn(email, "reset-password-3"), "after reset");
        admin.postForm("/admin/people/" + id, "/admin/people/" + id, Map.of("email", email, "displayName", "Tok",
                "roles", "instructor")).then().statusCode(303);
        admin.postForm("/admin/people/" + id, "/admin/people/" + id, Map.of("email", email, "displayName", "Tok",
                "active", "true", "roles", "instructor")).then().statusCode(303);
        // Reactivated, the account signs in again, but the token revoked at deactivation stays revoked.
        given().header("Authorization", "Bearer " + afterReset).get("/api/v1/me").then().statusCode(401);
        HttpSession.signIn(email, "reset-password-3").request().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void thePageShowsANewTokenOnceAndRevokesIt() {
        HttpSession student = HttpSession.newStudent();
        String page = student.postForm("/me/tokens", "/me/tokens?lang=en", Map.of("name", "Zotero <script>"))
                .then().statusCode(200).header("Cache-Control", containsString("no-store")).extract().asString();
        Matcher m = Pattern.compile("value=\"(rsl_[A-Za-z0-9_-]{43})\"").matcher(page);
        assertThat(m.find()).isTrue();
        assertThat(page).contains("Copy it now", "Zotero &lt;script&gt;").doesNotContain("Zotero <script>");
        String again = student.get("/me/tokens?lang=en").then().statusCode(200).extract().asString();
        assertThat(again).contains("Zotero &lt;script&gt;").doesNotContain(m.group(1));
        given().header("Authorization", "Bearer " + m.group(1)).get("/api/v1/me").then().statusCode(200);
        long id = student.request().get("/api/v1/me/tokens").jsonPath().getLong("[0].id");
        student.postForm("/me/tokens", "/me/tokens/" + id + "/revoke", Map.of()).then().statusCode(200)
                .body(containsString("name=\"confirm\" value=\"yes\""));
        student.postForm("/me/tokens", "/me/tokens/" + id + "/revoke", Map.of("confirm", "yes")).then()
                .statusCode(303);
        given().header("Authorization", "Bearer " + m.group(1)).get("/api/v1/me").then().statusCode(401);
    }
}
