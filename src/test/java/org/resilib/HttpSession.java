package org.resilib;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like client for the HTML routes: keeps the session cookie, signs in through the real form login, and
 * posts forms with the CSRF token taken from the page that shows the form.
 */
public final class HttpSession {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private final Map<String, String> cookies = new HashMap<>();

    public static HttpSession anonymous() {
        return new HttpSession();
    }

    public static HttpSession signIn(String email, String password) {
        HttpSession s = new HttpSession();
        Response r = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", email).formParam("j_password", password)
                .post("/j_security_check");
        if (r.getStatusCode() != 302 || r.getCookie("resilib-session") == null) {
            throw new AssertionError("Sign-in failed for " + email + ": " + r.getStatusCode() + " " + r.getHeader("Location"));
        }
        s.cookies.put("resilib-session", r.getCookie("resilib-session"));
        return s;
    }

    public static HttpSession admin() {
        return signIn(EmbeddedPostgresResource.ADMIN_EMAIL, EmbeddedPostgresResource.ADMIN_PASSWORD);
    }

    /** Registers a new student through the registration form, which signs them in (its session cookie). */
    public static HttpSession newStudent() {
        String email = "student-" + UUID.randomUUID() + "@test.resilib";
        HttpSession anon = anonymous();
        anon.postForm("/register", "/register", Map.of("email", email, "displayName", "Test Student",
                "password", "secret-pass-42", "locale", "zh-CN")).then().statusCode(303);
        return anon;
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    public Response get(String path) {
        Response r = request().get(path);
        r.getCookies().forEach(cookies::put);
        return r;
    }

    /** Loads {@code formPage}, takes its CSRF token, and posts {@code params} to {@code action}. */
    public Response postForm(String formPage, String action, Map<String, ?> params) {
        Response page = get(formPage);
        Matcher m = CSRF_INPUT.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("No CSRF token on " + formPage);
        }
        Response r = request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(params)
                .formParam("csrf-token", m.group(1)).post(action);
        r.getCookies().forEach(cookies::put);
        return r;
    }

    public Map<String, String> cookies() {
        return cookies;
    }
}
