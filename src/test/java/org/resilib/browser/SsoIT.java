package org.resilib.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.sso.SsoProfile;

/**
 * Single sign-on against a real Keycloak (started from Maven Central with docker/keycloak/realm.json): the code flow
 * through Keycloak's own login form in Chromium, provider bearer tokens on the API, and the tokens an attacker might
 * try (tampered, expired, from another issuer).
 */
@QuarkusTest
@TestProfile(SsoProfile.class)
class SsoIT extends BrowserTestBase {

    static String token(String client, String user) {
        return given().formParam("grant_type", "password").formParam("client_id", client)
                .formParam("client_secret", SsoProfile.SECRET).formParam("username", user)
                .formParam("password", user + "-password").formParam("scope", "openid profile email")
                .post(SsoProfile.keycloak() + "/realms/resilib/protocol/openid-connect/token").then().statusCode(200)
                .extract().jsonPath().getString("access_token");
    }

    @Test
    void providerTokensWorkOnTheApiWithMappedRolesAndForgedOnesDoNot() throws Exception {
        String librarian = token("resilib", "librarian1");
        given().auth().oauth2(librarian).get("/api/v1/me").then().statusCode(200)
                .body("email", equalTo("librarian1@library.example.edu")).body("name", equalTo("Min Wang"))
                .body("roles", containsInAnyOrder("librarian"));
        given().auth().oauth2(token("resilib", "instructor1")).get("/api/v1/me").then().statusCode(200)
                .body("roles", containsInAnyOrder("librarian", "instructor"));
        given().auth().oauth2(token("resilib", "student1")).get("/api/v1/admin/audit").then().statusCode(403);
        given().auth().oauth2(token("resilib", "admin1")).get("/api/v1/admin/audit").then().statusCode(200);

        // Tampered: one character of the payload changed, signature kept.
        String[] parts = librarian.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"librarian\"", "\"admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        given().auth().oauth2(tampered).get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(tampered).get("/api/v1/admin/audit").then().statusCode(401);

        // Another issuer: same claims, signed with a key Keycloak never had.
        JwtClaims claims = JwtClaims.parse(new String(Base64.getUrlDecoder().decode(parts[1])));
        claims.setIssuer("https://evil.example.org/realms/resilib");
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        given().auth().oauth2(jws.getCompactSerialization()).get("/api/v1/me").then().statusCode(401);

        // Expired: a two-second token from the second client, used after it ran out.
        String shortLived = token("resilib-short", "librarian1");
        given().auth().oauth2(shortLived).get("/api/v1/me").then().statusCode(200);
        Thread.sleep(4000);
        given().auth().oauth2(shortLived).get("/api/v1/me").then().statusCode(401);

        // Roles are refreshed from the provider at every sign-in.
        String adminToken = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", SsoProfile.ADMIN).formParam("password", SsoProfile.ADMIN_PASSWORD)
                .post(SsoProfile.keycloak() + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().jsonPath().getString("access_token");
        String userId = given().auth().oauth2(adminToken).queryParam("username", "student1")
                .get(SsoProfile.keycloak() + "/admin/realms/resilib/users").then().statusCode(200).extract().jsonPath()
                .getString("[0].id");
        Map<String, Object> role = given().auth().oauth2(adminToken)
                .get(SsoProfile.keycloak() + "/admin/realms/resilib/roles/librarian").then().statusCode(200).extract()
                .jsonPath().getMap("");
        given().auth().oauth2(adminToken).contentType("application/json").body(List.of(role))
                .post(SsoProfile.keycloak() + "/admin/realms/resilib/users/" + userId + "/role-mappings/realm").then()
                .statusCode(204);
        given().auth().oauth2(token("resilib", "student1")).get("/api/v1/me").then().statusCode(200)
                .body("roles", containsInAnyOrder("student", "librarian"));
    }

    @Test
    void anAdminCanSwitchOffLocalSignInExceptForAdmins() {
        HttpSession admin = HttpSession.admin();
        String email = "local-" + UUID.randomUUID() + "@test.resilib";
        admin.request().contentType("application/json").body(Map.of("email", email, "name", "Local",
                "password", "long-enough-1", "roles", List.of("student"))).post("/api/v1/admin/users").then()
                .statusCode(201);
        admin.postForm("/admin/settings", "/admin/settings", Map.of("selfRegistration", "true")).then()
                .statusCode(303);
        try {
            Response refused = given().redirects().follow(false)
                    .contentType("application/x-www-form-urlencoded").formParam("j_username", email)
                    .formParam("j_password", "long-enough-1").post("/j_security_check");
            Assertions.assertThat(refused.getCookie("resilib-session")).isNull();
            given().cookie("resilib-login-error", refused.getCookie("resilib-login-error"))
                    .get("/login?error=true&lang=en").then().statusCode(200)
                    .body(Matchers.containsString("university account only"));
            String page = given().get("/login?lang=en").asString();
            Assertions.assertThat(page).contains("Sign in with the university account")
                    .doesNotContain("j_security_check");
            Assertions.assertThat(given().get("/login?lang=en&local=true").asString())
                    .contains("j_security_check");
            HttpSession.admin().request().get("/api/v1/me").then().statusCode(200);
        } finally {
            admin.postForm("/admin/settings", "/admin/settings", Map.of("selfRegistration", "true",
                    "localSignIn", "true")).then().statusCode(303);
        }
        HttpSession.signIn(email, "long-enough-1");
    }

    @Test
    void aLibrarianSignsInThroughTheUniversityLoginAndOutAgain() {
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            page.navigate(url("/login?lang=en"));
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with the university account"))
                    .click();
            // Keycloak's own login form.
            page.locator("#username").fill("librarian1");
            page.locator("#password").fill("librarian1-password");
            page.locator("#kc-login").click();

            assertThat(page).hasURL(Pattern.compile("/me$"));
            assertThat(page.locator("body")).containsText("Min Wang");
            page.navigate(url("/me/competencies"));
            assertThat(page.locator("h1")).isVisible();
            page.navigate(url("/competencies/matrix"));
            assertThat(page.locator("body")).containsText("Your role does not allow this.");

            page.navigate(url("/logout"));
            assertThat(page).hasURL(Pattern.compile("signed-out=true"));
            page.navigate(url("/me"));
            assertThat(page).hasURL(Pattern.compile("/login"));
            // The provider's session ended too: signing in again asks for the password.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with the university account"))
                    .click();
            assertThat(page.locator("#password")).isVisible();
        }
    }
}
