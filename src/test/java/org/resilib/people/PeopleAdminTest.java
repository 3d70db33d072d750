package org.resilib.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

@QuarkusTest
class PeopleAdminTest {

    static String email() {
        return "p-" + UUID.randomUUID() + "@test.resilib";
    }

    @Test
    void adminCreatesUsersThroughTheApi() {
        HttpSession admin = HttpSession.admin();
        String email = email();
        admin.request().contentType("application/json")
                .body(Map.of("email", email, "name", "Zhao Instructor", "password", "library-2026",
                        "roles", List.of("instructor", "librarian")))
                .post("/api/v1/admin/users").then().statusCode(201)
                .body("email", equalTo(email)).body("roles", equalTo(List.of("librarian", "instructor")))
                .body("id", Matchers.notNullValue());
        admin.request().contentType("application/json")
                .body(Map.of("email", email.toUpperCase(), "name", "Again", "password", "library-2026"))
                .post("/api/v1/admin/users").then().statusCode(409).body("errors[0].field", equalTo("email"));
        admin.request().contentType("application/json")
                .body(Map.of("email", "nope", "name", "X", "password", "library-2026"))
                .post("/api/v1/admin/users").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"));
        admin.request().contentType("application/json")
                .body(Map.of("email", email(), "name", "X", "password", "1234567890"))
                .post("/api/v1/admin/users").then().statusCode(400).body("errors[0].field", equalTo("password"));
        admin.request().contentType("application/json")
                .body(Map.of("email", email(), "name", "X", "password", "library-2026", "roles", List.of("king")))
                .post("/api/v1/admin/users").then().statusCode(400).body("errors[0].field", equalTo("roles"));
        HttpSession.newStudent().request().contentType("application/json")
                .body(Map.of("email", email(), "name", "X", "password", "library-2026"))
                .post("/api/v1/admin/users").then().statusCode(403);
        HttpSession.signIn(email, "library-2026").request().get("/api/v1/me").then()
                .body("roles", equalTo(List.of("librarian", "instructor")));
    }

    @Test
    void adminEditsAPersonAndCanDeactivateThem() {
        HttpSession admin = HttpSession.admin();
        String email = email();
        int id = admin.request().contentType("application/json")
                .body(Map.of("email", email, "name", "Before", "password", "library-2026"))
                .post("/api/v1/admin/users").then().statusCode(201).extract().path("id");
        HttpSession person = HttpSession.signIn(email, "library-2026");

        admin.postForm("/admin/people/" + id, "/admin/people/" + id,
                Map.of("email", email, "displayName", "After", "active", "true", "roles", List.of("librarian")))
                .then().statusCode(303);
        person.request().get("/api/v1/me").then().body("name", equalTo("After")).body("roles", equalTo(List.of("librarian")));

        admin.postForm("/admin/people/" + id + "?lang=en", "/admin/people/" + id,
                Map.of("email", "bad", "displayName", "After", "roles", List.of("librarian")))
                .then().statusCode(400).body(containsString("Enter a valid email address."));

        admin.postForm("/admin/people/" + id, "/admin/people/" + id,
                Map.of("email", email, "displayName", "After", "roles", List.of("librarian"))).then().statusCode(303);
        // The deactivated person's session no longer authenticates: the form mechanism sends them to sign in.
        assertThat(person.request().get("/api/v1/me").statusCode()).isIn(302, 401);
        Response r = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", email).formParam("j_password", "library-2026").post("/j_security_check");
        assertThat(r.getHeader("Location")).contains("error");

        admin.get("/admin/people/999999999").then().statusCode(404);
    }

    @Test
    void adminCannotRemoveTheirOwnAdminRole() {
        HttpSession admin = HttpSession.admin();
        int adminId = admin.request().get("/api/v1/me").then().extract().path("id");
        admin.postForm("/admin/people/" + adminId + "?lang=en", "/admin/people/" + adminId,
                Map.of("email", "admin@test.resilib", "displayName", "Administrator", "active", "true",
                        "roles", List.of("student")))
                .then().statusCode(400).body(containsString("You cannot remove your own administrator role."));
        admin.request().get("/api/v1/me").then().body("roles", Matchers.hasItem("admin"));
    }

    @Test
    void csvImportReportsEveryRowAndCreatedPeopleCanSignIn() {
        HttpSession admin = HttpSession.admin();
        String fresh = email();
        String existing = email();
        admin.request().contentType("application/json")
                .body(Map.of("email", existing, "name", "Existing", "password", "library-2026"))
                .post("/api/v1/admin/users").then().statusCode(201);
        String csv = "\uFEFFemail,name,roles\r\n"
                + fresh + ",刘馆员,librarian;instructor\r\n"
                + "not-an-email,Bad Email,student\r\n"
                + email() + ",Bad Role,wizard\r\n"
                + existing + ",Existing Again,student\r\n"
                + email() + ",\"Quoted, Name\",\"student,librarian\"\r\n";
        String page = admin.get("/admin/people/import").asString();
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String report = admin.request().queryParam("lang", "en")
                .multiPart("csrf-token", m.group(1))
                .multiPart("file", "people.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/admin/people/import").then().statusCode(200).extract().asString();
        assertThat(report).contains("2 of 5 rows imported", fresh, "Enter a valid email address.", "Unknown role.",
                "An account with this email already exists.");
        Matcher password = Pattern.compile(Pattern.quote(fresh) + "</td><td>Created</td><td><code>([^<]+)</code>")
                .matcher(report);
        assertThat(password.find()).as(report).isTrue();
        HttpSession.signIn(fresh, password.group(1)).request().get("/api/v1/me").then()
                .body("name", equalTo("刘馆员")).body("roles", equalTo(List.of("librarian", "instructor")));

        admin.request().multiPart("csrf-token", m.group(1)).multiPart("other", "x")
                .post("/admin/people/import").then().statusCode(400);
    }
}
