package org.resilib.people.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

@QuarkusTest
class AccountResourceTest {

    /** Sorts before the other tests' people, so a new account is on the first page of the admin list. */
    static String email() {
        return "0-person-" + UUID.randomUUID() + "@test.resilib";
    }

    @Test
    void registerThenSignInThenSignOut() {
        String email = email();
        Response r = HttpSession.anonymous().postForm("/register", "/register",
                Map.of("email", email, "displayName", "李同学", "password", "library-2026", "locale", "en"));
        // Creating an account signs the person in: their session cookie, and their page saying so.
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.getHeader("Location")).endsWith("/me?done=done_account_created");
        assertThat(r.getDetailedCookie("resilib-session").isHttpOnly()).isTrue();
        given().redirects().follow(false).cookie("resilib-session", r.getCookie("resilib-session"))
                .get("/me?lang=en&done=done_account_created").then().statusCode(200)
                .body(containsString("Your account is ready and you are signed in."))
                .body(containsString("李同学"));

        HttpSession s = HttpSession.signIn(email.toUpperCase(), "library-2026");
        s.get("/me?lang=en").then().statusCode(200).body(containsString("Welcome back, 李同学."));
        Response out = s.get("/logout");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.getDetailedCookie("resilib-session").getMaxAge()).isZero();
    }

    @Test
    void aNewAccountReturnsToThePageThatAskedForSignIn() {
        HttpSession anon = HttpSession.anonymous();
        anon.get("/login?next=/courses/academic-integrity").then().statusCode(200);
        Response r = anon.postForm("/register", "/register", Map.of("email", email(), "displayName", "Back",
                "password", "library-2026", "locale", "en"));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.getHeader("Location")).endsWith("/courses/academic-integrity?done=done_account_created");
        assertThat(r.getHeaders().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("quarkus-redirect-location=;")
                && c.contains("Max-Age=0"));
        anon.get("/courses/academic-integrity?lang=en&done=done_account_created").then().statusCode(200)
                .body(containsString("Your account is ready and you are signed in."))
                .body(containsString("Start this course"));
        assertThat(AccountResource.returnPath("https://resilib.example//evil.example/")).isEmpty();
        assertThat(AccountResource.returnPath("http://localhost:8081/me?x=1")).contains("/me?x=1");
    }

    @Test
    void registrationErrorsNameTheFieldAndKeepTheInput() {
        HttpSession anon = HttpSession.anonymous();
        anon.postForm("/register?lang=en", "/register",
                Map.of("email", "not-an-email", "displayName", "Keep Me", "password", "short"))
                .then().statusCode(400)
                .body(containsString("Enter a valid email address."))
                .body(containsString("The password must have at least 10 characters."))
                .body(containsString("value=\"Keep Me\""))
                .body(containsString("aria-invalid=\"true\""));

        String email = email();
        anon.postForm("/register", "/register", Map.of("email", email, "displayName", "A", "password", "library-2026"))
                .then().statusCode(303);
        anon.postForm("/register?lang=en", "/register", Map.of("email", email, "displayName", "B", "password", "library-2026"))
                .then().statusCode(400).body(containsString("An account with this email already exists."));
    }

    @Test
    void wrongPasswordGoesToTheErrorPage() {
        Response r = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "admin@test.resilib").formParam("j_password", "wrong-password")
                .post("/j_security_check");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.getHeader("Location")).contains("/login?error=true");
        assertThat(r.getCookie("resilib-session")).isNull();
        given().get("/login?error=true&lang=en").then().statusCode(200)
                .body(containsString("The email or password is not correct."));
    }

    @Test
    void signInReturnsToTheRequestedLocalPageOnly() {
        Response evil = given().redirects().follow(false).get("/login?next=//evil.example.com/x");
        assertThat(evil.statusCode()).isEqualTo(200);
        assertThat(evil.getCookie("quarkus-redirect-location")).isNull();
        Response r = given().redirects().follow(false).get("/login?next=/courses/academic-integrity");
        String location = r.getCookie("quarkus-redirect-location");
        assertThat(location).endsWith("/courses/academic-integrity");
        Response signedIn = given().redirects().follow(false).cookie("quarkus-redirect-location", location)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "admin@test.resilib").formParam("j_password", "admin-password-1")
                .post("/j_security_check");
        assertThat(signedIn.getHeader("Location")).endsWith("/courses/academic-integrity");
    }

    @Test
    void adminsManagePeopleAndRolesOthersCannot() {
        HttpSession admin = HttpSession.admin();
        String email = email();
        admin.postForm("/admin/people", "/admin/people",
                Map.of("email", email, "displayName", "Wang Librarian", "password", "library-2026", "roles", "librarian"))
                .then().statusCode(303);
        admin.get("/admin/people?lang=en").then().statusCode(200).body(containsString(email));
        HttpSession librarian = HttpSession.signIn(email, "library-2026");
        librarian.get("/courses/slide-design").then().statusCode(200);

        librarian.get("/admin/people").then().statusCode(403).body(not(containsString(email)));
        HttpSession.newStudent().get("/admin").then().statusCode(403);
        Response anon = given().redirects().follow(false).get("/admin/people");
        assertThat(anon.statusCode()).isIn(302, 303);
    }

    @Test
    void adminCanSwitchSelfRegistrationOff() {
        HttpSession admin = HttpSession.admin();
        admin.postForm("/admin/settings", "/admin/settings", Map.of()).then().statusCode(303);
        try {
            admin.get("/admin/settings?lang=en").then().statusCode(200)
                    .body(not(containsString("name=\"selfRegistration\" value=\"true\" checked")));
            given().get("/register").then().statusCode(404);
            given().get("/login?lang=en").then().body(not(containsString("href=\"/register\"")));
        } finally {
            admin.postForm("/admin/settings", "/admin/settings", Map.of("selfRegistration", "true")).then().statusCode(303);
        }
        given().get("/register").then().statusCode(200);
        given().get("/login?lang=en").then().body(containsString("href=\"/register\""));
        HttpSession.newStudent().get("/admin/settings").then().statusCode(403);
    }
}
