package org.resilib.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

/** Forms without their CSRF token are refused with a page that says why, and nothing is stored. */
@QuarkusTest
class CsrfTest {

    @Test
    void aFormWithoutItsTokenIsRefusedWithAnExplanationAndChangesNothing() {
        HttpSession student = HttpSession.newStudent();
        String before = student.request().get("/api/v1/me").jsonPath().getString("name");
        student.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("displayName", "Forged Name", "locale", "en", "timeZone", "UTC"))
                .post("/me/profile?lang=en").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("This form has expired"));
        student.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("displayName", "Forged Name", "csrf-token", "not-the-token"))
                .post("/me/profile").then().statusCode(400).body(containsString("该表单已过期"));
        assertThat(student.request().get("/api/v1/me").jsonPath().getString("name")).isEqualTo(before);

        HttpSession admin = HttpSession.admin();
        admin.request().multiPart("file", "people.csv", "email,name,roles\nx@y.z,X,student\n".getBytes(), "text/csv")
                .post("/admin/people/import?lang=en").then().statusCode(400)
                .body(containsString("This form has expired"));
        // With the token the same form works.
        student.postForm("/me/profile", "/me/profile", Map.of("displayName", "Real Name", "locale", "en",
                "timeZone", "UTC")).then().statusCode(303);
    }

    @Test
    void cookiesAreSecureWhenTheSiteIsServedOverHttps() {
        Response https = RestAssured.given().redirects().follow(false)
                .header("X-Forwarded-Proto", "https").contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "admin@test.resilib").formParam("j_password", "admin-password-1")
                .post("/j_security_check");
        assertThat(https.getHeaders().getValues("Set-Cookie")).filteredOn(c -> c.startsWith("resilib-session="))
                .singleElement().satisfies(c -> assertThat(c.toLowerCase()).contains("secure", "httponly", "samesite=lax"));
        Response http = RestAssured.given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "admin@test.resilib").formParam("j_password", "admin-password-1")
                .post("/j_security_check");
        assertThat(http.getHeaders().getValues("Set-Cookie")).filteredOn(c -> c.startsWith("resilib-session="))
                .singleElement().satisfies(c -> assertThat(c.toLowerCase()).doesNotContain("secure").contains("httponly"));
        assertThat(RestAssured.given().header("X-Forwarded-Proto", "https").get("/register")
                .getHeaders().getValues("Set-Cookie")).allSatisfy(c -> assertThat(c).contains("Secure"));
    }
}
