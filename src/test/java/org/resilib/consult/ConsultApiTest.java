package org.resilib.consult;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.guide.GuideFixtures;

/** The consultation API as the library's portal and the desk's tools use it. */
@QuarkusTest
class ConsultApiTest {

    @Test
    void aQuestionThroughTheApiWithItsThreadForTheAskerAndTheDesk() {
        String address = "192.0.2." + (int) (Math.random() * 200 + 1);
        given().header("X-Forwarded-For", address).contentType("application/json").body(Map.of("category",
                "delivery", "body", "Can you send me a chapter?")).post("/api/v1/questions").then().statusCode(400)
                .body("errors[0].field", equalTo("email"));
        given().header("X-Forwarded-For", address).contentType("application/json").body(Map.of("category", "x",
                "body", "y", "email", "a@example.org")).post("/api/v1/questions").then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        String subject = "Chapter scan " + UUID.randomUUID().toString().substring(0, 6);
        JsonPath created = given().header("X-Forwarded-For", address).contentType("application/json")
                .body(Map.of("category", "delivery", "subject", subject, "body", "Can you send me chapter 3?",
                        "email", "reader@example.org")).post("/api/v1/questions").then().statusCode(201).extract()
                .jsonPath();
        long id = created.getLong("id");
        String token = created.getString("token");
        assertThat(created.getString("url")).isEqualTo("/questions/" + id + "?t=" + token);
        given().get("/api/v1/questions/" + id).then().statusCode(404);

        HttpSession librarian = GuideFixtures.signedIn(GuideFixtures.person("librarian"));
        HttpSession colleague = GuideFixtures.signedIn(GuideFixtures.person("librarian"));
        librarian.request().contentType("application/json").post("/api/v1/desk/questions/" + id + "/claim").then().statusCode(200)
                .body("state", equalTo("open"));
        colleague.request().contentType("application/json").post("/api/v1/desk/questions/" + id + "/claim").then().statusCode(409)
                .body("errors[0].field", equalTo("assignee"));
        String note = "NOTE-" + UUID.randomUUID();
        librarian.request().contentType("application/json").body(Map.of("body", note, "internal", true))
                .post("/api/v1/questions/" + id + "/messages").then().statusCode(201);
        librarian.request().contentType("application/json").body(Map.of("body", "Which edition?", "waiting", true))
                .post("/api/v1/questions/" + id + "/messages").then().statusCode(201).body("state",
                        equalTo("waiting"));

        JsonPath asker = given().queryParam("t", token).get("/api/v1/questions/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(asker.getList("messages.body", String.class)).contains("Which edition?").doesNotContain(note);
        assertThat(asker.getList("messages.internal", Boolean.class)).containsOnly(false);
        given().queryParam("t", token).contentType("application/json").body(Map.of("body", "x", "internal", true))
                .post("/api/v1/questions/" + id + "/messages").then().statusCode(403);
        given().queryParam("t", token).contentType("application/json").body(Map.of("body", "The 2019 edition."))
                .post("/api/v1/questions/" + id + "/messages").then().statusCode(201).body("state", equalTo("open"))
                .body("messages.body", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(note)));

        JsonPath staff = librarian.request().get("/api/v1/questions/" + id).jsonPath();
        assertThat(staff.getList("messages.body", String.class)).contains(note, "The 2019 edition.");
        assertThat(librarian.request().queryParam("assignee", "me").queryParam("category", "delivery")
                .get("/api/v1/desk/questions").jsonPath().getList("id", Long.class)).contains(id);
        librarian.request().queryParam("state", "lost").get("/api/v1/desk/questions").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));

        long colleagueId = colleague.get("/api/v1/me").jsonPath().getLong("id");
        Map<String, Object> to = new HashMap<>();
        to.put("assignee", colleagueId);
        librarian.request().contentType("application/json").body(to).post("/api/v1/desk/questions/" + id
                + "/assign").then().statusCode(200);
        to.put("assignee", GuideFixtures.signedIn(GuideFixtures.person("student")).get("/api/v1/me").jsonPath()
                .getLong("id"));
        librarian.request().contentType("application/json").body(to).post("/api/v1/desk/questions/" + id
                + "/assign").then().statusCode(400).body("errors[0].field", equalTo("assignee"));
        colleague.request().contentType("application/json").post("/api/v1/desk/questions/" + id + "/close").then().statusCode(200)
                .body("state", equalTo("closed"));
        GuideFixtures.signedIn(GuideFixtures.person("student")).request().get("/api/v1/desk/questions").then()
                .statusCode(403);
    }
}
