package org.resilib.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

@QuarkusTest
class PrivacyTest {

    static final String COURSE = "information-needs";
    static final String MODULE = "recognising-information-needs";

    @Inject
    EntityManager em;

    static long id(HttpSession s) {
        return s.request().get("/api/v1/me").jsonPath().getLong("id");
    }

    long count(String sql, long person) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, person)
                .getSingleResult()).longValue());
    }

    @Test
    void aPersonDownloadsEverythingHeldAboutThemAndNothingElse() {
        HttpSession me = HttpSession.newStudent();
        HttpSession other = HttpSession.newStudent();
        String otherEmail = other.request().get("/api/v1/me").jsonPath().getString("email");
        me.request().contentType("application/json").post("/api/v1/courses/" + COURSE + "/modules/" + MODULE
                + "/complete").then().statusCode(204);
        me.request().contentType("application/json").post("/api/v1/courses/" + COURSE + "/quiz/attempts").then()
                .statusCode(201);
        String token = me.request().contentType("application/json").body(Map.of("name", "Export check"))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().jsonPath().getString("token");

        JsonPath data = me.request().get("/api/v1/me/data").then().statusCode(200).extract().jsonPath();
        assertThat(data.getString("person.email")).isEqualTo(me.request().get("/api/v1/me").jsonPath().getString("email"));
        assertThat(data.getList("roles.role", String.class)).containsExactly("student");
        assertThat(data.getList("modulesCompleted.module", String.class)).containsExactly(MODULE);
        assertThat(data.getList("quizAttempts.course", String.class)).containsExactly(COURSE);
        assertThat(data.getList("apiTokens.name", String.class)).containsExactly("Export check");
        assertThat(data.getList("activity.action", String.class)).contains("token_created");
        String raw = me.request().get("/api/v1/me/data").asString();
        assertThat(raw).doesNotContain(token.substring(8), "password", "token_hash", otherEmail);

        me.get("/me/data.json").then().statusCode(200).header("Content-Disposition", containsString("attachment"))
                .body("person.id", equalTo((int) id(me)));
        given().redirects().follow(false).get("/me/data.json").then().statusCode(Matchers.oneOf(302, 303));
        given().get("/api/v1/me/data").then().statusCode(401);
    }

    @Test
    void anAdminAnonymisesADepartedPersonAndTheirLearningRecordsStay() {
        HttpSession admin = HttpSession.admin();
        String email = "leaving-" + UUID.randomUUID() + "@test.resilib";
        long person = admin.request().contentType("application/json").body(Map.of("email", email, "name",
                "Departing Librarian", "password", "long-enough-1", "roles", List.of("librarian")))
                .post("/api/v1/admin/users").then().statusCode(201).extract().jsonPath().getLong("id");
        HttpSession leaving = HttpSession.signIn(email, "long-enough-1");
        leaving.request().contentType("application/json").post("/api/v1/courses/" + COURSE + "/modules/" + MODULE
                + "/complete").then().statusCode(204);
        leaving.request().contentType("application/json").post("/api/v1/courses/" + COURSE + "/quiz/attempts")
                .then().statusCode(201);
        String token = leaving.request().contentType("application/json").body(Map.of("name", "CI"))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().jsonPath().getString("token");

        String edit = "/admin/people/" + person;
        admin.postForm(edit, edit + "/anonymise?lang=en", Map.of()).then().statusCode(400)
                .body(containsString("Tick the box to confirm"));
        admin.postForm(edit, edit + "/anonymise", Map.of("confirm", "yes")).then().statusCode(303);
        admin.postForm(edit, edit + "/anonymise?lang=en", Map.of("confirm", "yes")).then().statusCode(409)
                .body(containsString("already been anonymised"));
        long adminId = id(admin);
        admin.postForm(edit, "/admin/people/" + adminId + "/anonymise?lang=en", Map.of("confirm", "yes")).then()
                .statusCode(400).body(containsString("your own account"));
        admin.postForm(edit, "/admin/people/999999999/anonymise", Map.of("confirm", "yes")).then().statusCode(404);

        // Who they were is gone from the audit log, and they cannot come back in by any door.
        assertThat(count("select count(*) from audit_event where actor_id = ?1 and actor is not null", person)).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select action || ' ' ||"
                + " coalesce(actor, '') || ' ' || coalesce(target, '') from audit_event where actor = ?1 or target = ?2")
                .setParameter(1, email).setParameter(2, "person:" + email).getResultList())).isEmpty();

        leaving.request().get("/api/v1/me").then().statusCode(401);
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(401);
        assertThat(given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", email).formParam("j_password", "long-enough-1").post("/j_security_check")
                .getCookie("resilib-session")).isNull();
        assertThat(admin.get("/admin/people?lang=en").asString()).doesNotContain(email, "Departing Librarian");
        // What they did stays, unnamed, in course statistics.
        assertThat(count("select count(*) from module_progress where person_id = ?1", person)).isEqualTo(1);
        assertThat(count("select count(*) from quiz_attempt where person_id = ?1", person)).isEqualTo(1);
        assertThat(count("select count(*) from person where id = ?1 and email like 'anonymised-%' and not active"
                + " and password_hash is null", person)).isEqualTo(1);
        // The address is free again.
        admin.request().contentType("application/json").body(Map.of("email", email, "name", "New Person",
                "password", "long-enough-1", "roles", List.of("student"))).post("/api/v1/admin/users").then()
                .statusCode(201);
    }
}
