package org.resilib.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorPagesTest {

    @Test
    void unknownPageIsAFriendly404InTheChosenLanguage() {
        given().get("/no/such/page?lang=en").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Page not found"))
                .body(containsString("href=\"/\""))
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")));
        given().get("/no/such/page").then().statusCode(404).body(containsString("页面不存在"));
    }

    @Test
    void apiErrorsAreProblemDetails() {
        given().get("/api/v1/courses/no-such-course").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", not(containsString("Exception")))
                .body("instance", equalTo("/api/v1/courses/no-such-course"));
    }

    @Test
    void crossSiteApiCallsWithTheSessionCookieAreRefused() {
        given().header("Origin", "https://evil.example.com").contentType("application/json")
                .post("/api/v1/admin/content/reload").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("cross_site_request"));
    }

    @Test
    void securityHeadersAreSet() {
        given().get("/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("frame-ancestors 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/v1/admin/content/reload"))
                .body(containsString("/api/v1/courses"));
    }
}
