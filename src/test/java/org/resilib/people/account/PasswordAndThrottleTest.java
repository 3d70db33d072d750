package org.resilib.people.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.resilib.GreenMailResource;
import org.resilib.HttpSession;

@QuarkusTest
class PasswordAndThrottleTest {

    @Inject
    EntityManager em;

    static String newAccount(String password) {
        String email = "pw-" + UUID.randomUUID() + "@test.resilib";
        HttpSession.admin().request().contentType("application/json").body(Map.of("email", email, "name", "Pat",
                "password", password, "roles", List.of("student"))).post("/api/v1/admin/users").then()
                .statusCode(201);
        return email;
    }

    static Response attempt(String email, String password, String address) {
        return given().redirects().follow(false).header("X-Forwarded-For", address)
                .contentType("application/x-www-form-urlencoded").formParam("j_username", email)
                .formParam("j_password", password).post("/j_security_check");
    }

    static String randomAddress() {
        Random r = new Random();
        return "10." + r.nextInt(255) + "." + r.nextInt(255) + "." + (1 + r.nextInt(250));
    }

    long audits(String action, String actor) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from"
                + " audit_event where action = ?1 and actor = ?2").setParameter(1, action).setParameter(2, actor)
                .getSingleResult()).longValue());
    }

    @Test
    void fiveFailuresLockTheAccountAndTheUserIsTold() {
        String email = newAccount("right-password-1");
        for (int i = 0; i < 5; i++) {
            attempt(email, "wrong-password-" + i, randomAddress()).then().statusCode(302)
                    .header("Location", containsString("error=true"));
        }
        Response locked = attempt(email, "right-password-1", randomAddress());
        assertThat(locked.getHeader("Location")).contains("error=true");
        assertThat(locked.getCookie("resilib-session")).isNull();
        given().cookie("resilib-login-error", locked.getCookie("resilib-login-error")).get("/login?error=true&lang=en")
                .then().statusCode(200).body(containsString("Too many failed sign-ins"))
                .body(containsString("Wait 15 minutes"));
        assertThat(audits("sign_in_failed", email)).isEqualTo(6);
        assertThat(audits("account_locked", email)).isEqualTo(1);
        assertThat(audits("sign_in", email)).isZero();
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressOnly() {
        String address = randomAddress();
        String email = newAccount("right-password-2");
        for (int i = 0; i < 5; i++) {
            attempt("nobody-" + i + "-" + UUID.randomUUID() + "@test.resilib", "guess-123456", address);
        }
        assertThat(attempt(email, "right-password-2", address).getHeader("Location")).contains("error=true");
        Response elsewhere = attempt(email, "right-password-2", randomAddress());
        assertThat(elsewhere.getCookie("resilib-session")).isNotNull();
        assertThat(audits("sign_in", email)).isEqualTo(1);
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() {
        String email = newAccount("right-password-9");
        for (Map.Entry<String, String> header : Map.of("Origin", "https://evil.example.org",
                "Sec-Fetch-Site", "cross-site").entrySet()) {
            Response r = given().redirects().follow(false).header(header.getKey(), header.getValue())
                    .contentType("application/x-www-form-urlencoded").formParam("j_username", email)
                    .formParam("j_password", "right-password-9").post("/j_security_check");
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(r.getHeader("Location")).isEqualTo("/login?error=cross-site");
            assertThat(r.getCookie("resilib-session")).isNull();
        }
        given().get("/login?error=cross-site&lang=en").then().statusCode(200)
                .body(containsString("sent from another site"));
        Response sameSite = given().redirects().follow(false).header("Sec-Fetch-Site", "same-origin")
                .contentType("application/x-www-form-urlencoded").formParam("j_username", email)
                .formParam("j_password", "right-password-9").post("/j_security_check");
        assertThat(sameSite.getCookie("resilib-session")).isNotNull();
        assertThat(audits("sign_in", email)).isEqualTo(1);
    }

    @Test
    void changingThePasswordEndsEverySession() {
        String email = newAccount("first-password-1");
        HttpSession here = HttpSession.signIn(email, "first-password-1");
        HttpSession there = HttpSession.signIn(email, "first-password-1");
        here.postForm("/me/password", "/me/password?lang=en", Map.of("currentPassword", "not-it-at-all-1",
                "newPassword", "second-password-2")).then().statusCode(400)
                .body(containsString("The current password is not right"));
        here.postForm("/me/password", "/me/password?lang=en", Map.of("currentPassword", "first-password-1",
                "newPassword", "short")).then().statusCode(400);
        there.request().get("/api/v1/me").then().statusCode(200);

        Response changed = here.postForm("/me/password", "/me/password", Map.of("currentPassword", "first-password-1",
                "newPassword", "second-password-2"));
        changed.then().statusCode(303).header("Location", containsString("/login?changed=true"));
        there.request().get("/api/v1/me").then().statusCode(401);
        // A stale cookie is dropped and the page retried as a visitor: public pages open, private ones ask to sign in.
        Response retry = there.get("/?lang=en");
        retry.then().statusCode(303).header("Location", "/?lang=en");
        assertThat(retry.getHeaders().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("resilib-session=;")
                && c.contains("Max-Age=0"));
        there.get("/?lang=en").then().statusCode(200);
        there.get("/me").then().statusCode(Matchers.oneOf(302, 303))
                .header("Location", containsString("/login"));
        there.request().get("/login?changed=true&lang=en").then().statusCode(200)
                .body(containsString("all your sessions were ended"));
        assertThat(attempt(email, "first-password-1", randomAddress()).getCookie("resilib-session")).isNull();
        HttpSession.signIn(email, "second-password-2").request().get("/api/v1/me").then().statusCode(200);
        assertThat(audits("password_changed", email)).isEqualTo(1);
    }

    @Test
    void aForgottenPasswordIsResetOnceByTheEmailedLink() throws Exception {
        String email = newAccount("old-password-11");
        HttpSession old = HttpSession.signIn(email, "old-password-11");
        HttpSession anon = HttpSession.anonymous();
        anon.postForm("/password/forgot", "/password/forgot", Map.of("email", "nobody-" + UUID.randomUUID()
                + "@test.resilib")).then().statusCode(303).header("Location", containsString("sent=true"));
        anon.postForm("/password/forgot", "/password/forgot", Map.of("email", email.toUpperCase())).then()
                .statusCode(303).header("Location", containsString("sent=true"));
        assertThat(GreenMailResource.waitForMail(email, "Resilib")).isTrue();
        MimeMessage mail = GreenMailResource.mailTo(email, "Resilib");
        Matcher link = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]{43})").matcher(mail.getContent().toString());
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        anon.get("/password/reset?token=" + token).then().statusCode(200)
                .header("Referrer-Policy", "no-referrer");
        anon.get("/password/reset?token=" + token + "x").then().statusCode(400);
        anon.postForm("/password/reset?token=" + token, "/password/reset?lang=en", Map.of("token", token,
                "newPassword", "1234567890")).then().statusCode(400).body(containsString("name=\"token\""));
        anon.postForm("/password/reset?token=" + token, "/password/reset", Map.of("token", token,
                "newPassword", "new-password-22")).then().statusCode(303)
                .header("Location", containsString("/login?reset=true"));
        old.request().get("/api/v1/me").then().statusCode(401);
        HttpSession.signIn(email, "new-password-22");
        // The link works once.
        anon.get("/password/reset?token=" + token + "&lang=en").then().statusCode(400)
                .body(containsString("expired or was already used"));
        anon.postForm("/password/forgot", "/password/reset?lang=en", Map.of("token", token,
                "newPassword", "third-password-33")).then().statusCode(400);
        assertThat(audits("password_reset", email)).isEqualTo(1);
    }

    @Test
    void anExpiredResetLinkIsRefused() throws Exception {
        String email = newAccount("old-password-44");
        HttpSession.anonymous().postForm("/password/forgot", "/password/forgot", Map.of("email", email)).then()
                .statusCode(303);
        assertThat(GreenMailResource.waitForMail(email, "Resilib")).isTrue();
        Matcher link = Pattern.compile("token=([A-Za-z0-9_-]{43})")
                .matcher(GreenMailResource.mailTo(email, "Resilib").getContent().toString());
        assertThat(link.find()).isTrue();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update password_reset set expires_at = now()"
                + " - interval '1 minute' where person_id = (select id from person where email = ?1)")
                .setParameter(1, email).executeUpdate());
        HttpSession.anonymous().get("/password/reset?token=" + link.group(1)).then().statusCode(400);
    }
}
