package org.resilib.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Parameter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.survey.SurveyFixtures;
import org.resilib.survey.SurveyLoader;

/**
 * The attacks a security office tries, over HTTP: other people's object ids on every API that takes one, SQL
 * metacharacters in every query parameter of every GET route, and script payloads in fields people can write.
 * Each must get a clear 4xx or a harmless answer: nothing stored, nothing leaked, never a 500.
 */
@QuarkusTest
class AttackTest {

    @Inject
    BeanManager beans;

    @Inject
    EntityManager em;

    @Inject
    SurveyLoader surveys;

    static final List<String> PAYLOADS = List.of("' OR '1'='1", "1; DROP TABLE person; --", "%", "_", "\\\\",
            "\" OR \"\"=\"", "%27%20OR%201=1", "<script>alert(1)</script>", "😀", "\u0000");

    @Test
    void sqlMetacharactersInEveryQueryParameterAreHarmless() {
        HttpSession admin = HttpSession.admin();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        long people = countPeople();
        for (AuthorizationMatrixTest.Route r : AuthorizationMatrixTest.routes(beans)) {
            if (!r.method().equals("GET")) {
                continue;
            }
            for (Parameter p : r.handler().getParameters()) {
                RestQuery q = p.getAnnotation(RestQuery.class);
                QueryParam qp = p.getAnnotation(QueryParam.class);
                if (q == null && qp == null) {
                    continue;
                }
                String name = q != null && !q.value().isEmpty() ? q.value() : qp != null ? qp.value() : p.getName();
                for (String payload : PAYLOADS) {
                    Response res = admin.request().queryParam(name, payload).get(r.path());
                    sent++;
                    if (res.statusCode() >= 500) {
                        failures.add(r.path() + "?" + name + "=" + payload + " -> " + res.statusCode());
                    }
                }
            }
        }
        System.out.println("SQL metacharacter requests sent: " + sent);
        assertThat(sent).isGreaterThan(100);
        assertThat(failures).isEmpty();
        assertThat(countPeople()).isGreaterThanOrEqualTo(people);
    }

    long countPeople() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from"
                + " person").getSingleResult()).longValue());
    }

    /**
     * Every API route that takes an object id, with the answer another signed-in person gets for someone else's
     * object. A new id-taking API route must be added here, or this test fails.
     */
    @Test
    void otherPeoplesObjectIdsAreRefusedOnEveryApiThatTakesOne() {
        HttpSession admin = HttpSession.admin();
        HttpSession owner = HttpSession.newStudent();
        HttpSession intruder = HttpSession.newStudent();
        HttpSession ownerLibrarian = AuthorizationMatrixTest.person(admin, "librarian");
        HttpSession otherLibrarian = AuthorizationMatrixTest.person(admin, "librarian");
        HttpSession organiser = AuthorizationMatrixTest.person(admin, "instructor");
        HttpSession otherInstructor = AuthorizationMatrixTest.person(admin, "instructor");

        long attempt = owner.request().contentType("application/json")
                .post("/api/v1/courses/information-needs/quiz/attempts").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        String question = owner.request().get("/api/v1/attempts/" + attempt).jsonPath()
                .getString("questions[0].id");
        long token = owner.request().contentType("application/json").body(Map.of("name", "mine"))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().jsonPath().getLong("id");
        long librarianId = ownerLibrarian.request().get("/api/v1/me").jsonPath().getLong("id");
        long session = organiser.request().contentType("application/json").body(session("Owner's session "
                + UUID.randomUUID(), "Bring questions")).post("/api/v1/sessions").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        String course = "idor-" + UUID.randomUUID().toString().substring(0, 8);
        organiser.request().contentType("application/json").body(Map.of("slug", course, "title", Map.of("en", "Mine"),
                "summary", Map.of("en", "Mine"), "dimension", "ethics", "audience", "students", "minutes", 10))
                .post("/api/v1/courses").then().statusCode(201);
        organiser.request().contentType("application/json").body(Map.of("slug", "one", "title", Map.of("en", "One"),
                "body", Map.of("en", "Owner's text"))).post("/api/v1/courses/" + course + "/modules").then()
                .statusCode(201);
        organiser.request().contentType("application/json").post("/api/v1/courses/" + course + "/publish").then()
                .statusCode(200);
        long organiserId = organiser.request().get("/api/v1/me").jsonPath().getLong("id");
        String c = "/api/v1/courses/" + course;
        Map<String, Object> module = Map.of("slug", "two", "title", Map.of("en", "Hijack"), "body", Map.of("en", "x"));

        Map<String, Response> attempts = new LinkedHashMap<>();
        // A survey of the organiser's course: its results are the course authors' (and admins').
        String survey = SurveyFixtures.load(surveys, SurveyFixtures.twoPages("everyone", false)
                .replace("anonymous: false", "anonymous: false\ncourse: " + course));
        organiser.request().get("/api/v1/surveys/" + survey + "/results").then().statusCode(200);
        attempts.put("GET /api/v1/surveys/{slug}/results", otherInstructor.request()
                .get("/api/v1/surveys/" + survey + "/results"));
        attempts.put("GET /api/v1/surveys/{slug}/responses.csv", otherInstructor.request()
                .get("/api/v1/surveys/" + survey + "/responses.csv"));
        attempts.put("GET /api/v1/surveys/{slug}/responses.xlsx", otherInstructor.request()
                .get("/api/v1/surveys/" + survey + "/responses.xlsx"));
        // A survey the organiser made (a draft): another instructor may not read, change, publish or close it.
        String draft = "idor-" + UUID.randomUUID().toString().substring(0, 8);
        String model = "{\"title\": \"Mine\", \"pages\": [{\"elements\": [{\"type\": \"text\", \"name\": \"a\"}]}]}";
        organiser.request().contentType("application/json").body(model).put("/api/v1/surveys/" + draft + "/surveyjs")
                .then().statusCode(201);
        attempts.put("GET /api/v1/surveys/{slug}/surveyjs", otherInstructor.request()
                .get("/api/v1/surveys/" + draft + "/surveyjs"));
        attempts.put("PUT /api/v1/surveys/{slug}/surveyjs", otherInstructor.request().contentType("application/json")
                .body(model.replace("Mine", "Hijacked")).put("/api/v1/surveys/" + draft + "/surveyjs"));
        attempts.put("POST /api/v1/surveys/{slug}/publish", otherInstructor.request().contentType("application/json")
                .post("/api/v1/surveys/" + draft + "/publish"));
        attempts.put("POST /api/v1/surveys/{slug}/close", otherInstructor.request().contentType("application/json")
                .post("/api/v1/surveys/" + draft + "/close"));
        attempts.put("PUT /api/v1/courses/{slug}", otherInstructor.request().contentType("application/json")
                .body(Map.of("title", Map.of("en", "Hijacked"), "summary", Map.of("en", "x"), "dimension", "ethics",
                        "audience", "students", "minutes", 10)).put(c));
        attempts.put("GET /api/v1/courses/{slug}/draft", otherInstructor.request().get(c + "/draft"));
        attempts.put("GET /api/v1/courses/{slug}/export", otherInstructor.request().get(c + "/export"));
        attempts.put("GET /api/v1/courses/{slug}/versions", otherInstructor.request().get(c + "/versions"));
        attempts.put("POST /api/v1/courses/{slug}/modules", otherInstructor.request().contentType("application/json")
                .body(module).post(c + "/modules"));
        attempts.put("PUT /api/v1/courses/{slug}/modules/{moduleSlug}", otherInstructor.request()
                .contentType("application/json").body(module).put(c + "/modules/one"));
        attempts.put("DELETE /api/v1/courses/{slug}/modules/{moduleSlug}", otherInstructor.request()
                .contentType("application/json").delete(c + "/modules/one"));
        attempts.put("POST /api/v1/courses/{slug}/publish", otherInstructor.request().contentType("application/json")
                .post(c + "/publish"));
        attempts.put("POST /api/v1/courses/{slug}/versions/{number}/restore", otherInstructor.request()
                .contentType("application/json").post(c + "/versions/1/restore"));
        attempts.put("POST /api/v1/courses/{slug}/authors", otherInstructor.request().contentType("application/json")
                .body(Map.of("email", "x@test.resilib")).post(c + "/authors"));
        attempts.put("DELETE /api/v1/courses/{slug}/authors/{personId}", otherInstructor.request()
                .contentType("application/json").delete(c + "/authors/" + organiserId));
        attempts.put("GET /api/v1/attempts/{id}", intruder.request().get("/api/v1/attempts/" + attempt));
        attempts.put("PUT /api/v1/attempts/{id}/answers/{questionId}", intruder.request()
                .contentType("application/json").body(Map.of("response", List.of("x")))
                .put("/api/v1/attempts/" + attempt + "/answers/" + question));
        attempts.put("POST /api/v1/attempts/{id}/submit", intruder.request().contentType("application/json")
                .post("/api/v1/attempts/" + attempt + "/submit"));
        attempts.put("DELETE /api/v1/me/tokens/{id}", intruder.request().delete("/api/v1/me/tokens/" + token));
        attempts.put("GET /api/v1/people/{id}/competencies", otherLibrarian.request()
                .get("/api/v1/people/" + librarianId + "/competencies"));
        attempts.put("POST /api/v1/people/{id}/competencies/{code}/assessments", otherLibrarian.request()
                .contentType("application/json").body(Map.of("level", 4))
                .post("/api/v1/people/" + librarianId + "/competencies/NM.VIDEO/assessments"));
        attempts.put("PUT /api/v1/sessions/{id}", otherInstructor.request().contentType("application/json")
                .body(session("Hijacked", "")).put("/api/v1/sessions/" + session));
        attempts.put("DELETE /api/v1/sessions/{id}", otherInstructor.request().delete("/api/v1/sessions/" + session));
        attempts.put("GET /api/v1/sessions/{id}/registrations", intruder.request()
                .get("/api/v1/sessions/" + session + "/registrations"));
        attempts.put("DELETE /api/v1/sessions/{id}/registrations/me", intruder.request()
                .delete("/api/v1/sessions/" + session + "/registrations/me"));

        long asked = owner.request().contentType("application/json").body(Map.of("category", "other", "body",
                "My own question")).post("/api/v1/questions").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        attempts.put("GET /api/v1/questions/{id}", intruder.request().get("/api/v1/questions/" + asked));
        attempts.put("POST /api/v1/questions/{id}/messages", intruder.request().contentType("application/json")
                .body(Map.of("body", "Hijacked")).post("/api/v1/questions/" + asked + "/messages"));

        List<String> leaks = new ArrayList<>();
        attempts.forEach((route, res) -> {
            if (res.statusCode() < 400 && !route.endsWith("/registrations/me")) {
                leaks.add(route + " -> " + res.statusCode() + " " + res.asString());
            }
            if (res.statusCode() >= 500) {
                leaks.add(route + " -> " + res.statusCode());
            }
        });
        assertThat(leaks).isEmpty();
        // Cancelling "my" registration where I have none changes nothing for others.
        assertThat(attempts.get("DELETE /api/v1/sessions/{id}/registrations/me").statusCode()).isIn(204, 404);
        // The owner's objects are untouched.
        owner.request().get("/api/v1/attempts/" + attempt).then().statusCode(200);
        owner.request().get("/api/v1/questions/" + asked).then().statusCode(200)
                .body("messages.body", Matchers.contains("My own question"));
        organiser.request().get("/api/v1/sessions/" + session).then().statusCode(200)
                .body("title", Matchers.startsWith("Owner's session"));
        organiser.request().get("/api/v1/surveys/" + draft + "/surveyjs").then().statusCode(200)
                .body("title.default", Matchers.equalTo("Mine"));
        assertThat(owner.request().get("/api/v1/me/tokens").jsonPath().getList("id")).hasSize(1);
        organiser.request().get(c + "/draft").then().statusCode(200).body("draft.course.title.en",
                Matchers.equalTo("Mine")).body("draft.modules.slug", Matchers.contains("one"))
                .body("unpublishedChanges", Matchers.equalTo(false));
        organiser.request().get(c + "/versions").then().body("number", Matchers.contains(1));

        // Every id-taking API route is in the table above, or names a shared object (a course, a session, a
        // framework, a public credential, a survey, a notice) whose access is a role rule, checked route by route in the matrix
        // test (a survey's audience in the survey API's test).
        Set<String> covered = new TreeSet<>(attempts.keySet());
        Set<String> sharedObjects = Set.of("GET /api/v1/sessions/{id}", "GET /api/v1/credentials/{id}",
                "POST /api/v1/sessions/{id}/registrations", "GET /api/v1/courses/{slug}",
                "POST /api/v1/courses/{slug}/modules/{moduleSlug}/complete",
                "POST /api/v1/courses/{slug}/quiz/attempts", "GET /api/v1/competency-frameworks/{slug}/case",
                "PUT /api/v1/competency-frameworks/{slug}/case", "GET /api/v1/courses/{slug}/quiz",
                "GET /api/v1/surveys/{slug}", "POST /api/v1/surveys/{slug}/responses",
                // Emergencies are the admins'; notices are the editors', read by audience (the notices' test).
                "GET /api/v1/admin/emergencies/{id}", "POST /api/v1/admin/emergencies/{id}/end",
                "GET /api/v1/notices/{id}", "PUT /api/v1/notices/{id}", "DELETE /api/v1/notices/{id}",
                // The directory and the guides are the library's, kept by editors (role rules).
                "GET /api/v1/resources/{id}", "PUT /api/v1/resources/{id}", "DELETE /api/v1/resources/{id}",
                "GET /api/v1/guides/{slug}",
                // The desk's queue is shared by librarians and admins (role rules); askers' reads are above.
                "POST /api/v1/desk/questions/{id}/claim", "POST /api/v1/desk/questions/{id}/assign",
                "POST /api/v1/desk/questions/{id}/close");
        List<String> missing = new ArrayList<>();
        for (AuthorizationMatrixTest.Route r : AuthorizationMatrixTest.routes(beans)) {
            String key = r.method() + " " + r.template();
            if (r.template().startsWith("/api/") && r.template().contains("{") && !covered.contains(key)
                    && !sharedObjects.contains(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("id-taking API routes without an IDOR check").isEmpty();
    }

    static Map<String, Object> session(String title, String description) {
        return Map.of("title", Map.of("en", title), "description", description, "startsAt",
                OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(9).withNano(0).toString(),
                "timeZone", "Asia/Shanghai", "durationMinutes", 60, "capacity", 10, "platform", "tencent-meeting",
                "audience", "everyone");
    }

    @Test
    void scriptPayloadsInWritableFieldsAreShownAsText() {
        String xss = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        HttpSession admin = HttpSession.admin();
        String email = "xss-" + UUID.randomUUID() + "@test.resilib";
        admin.request().contentType("application/json").body(Map.of("email", email, "name", "Eve " + xss,
                "password", "long-enough-1", "roles", List.of("librarian"))).post("/api/v1/admin/users").then()
                .statusCode(201);
        HttpSession eve = HttpSession.signIn(email, "long-enough-1");
        eve.request().contentType("application/json").body(Map.of("name", "token " + xss)).post("/api/v1/me/tokens")
                .then().statusCode(201);
        eve.postForm("/me/competencies", "/me/competencies/samples", Map.of("code", "NM.VIDEO",
                "url", "https://example.org/video", "note", "note " + xss)).then().statusCode(303);
        long session = AuthorizationMatrixTest.person(admin, "instructor").request().contentType("application/json")
                .body(session("Session " + xss, "Desc " + xss))
                .post("/api/v1/sessions").then().statusCode(201).extract().jsonPath().getLong("id");

        long eveId = eve.request().get("/api/v1/me").jsonPath().getLong("id");
        admin.request().contentType("application/json").body(Map.of("level", 2, "note", "assessed " + xss))
                .post("/api/v1/people/" + eveId + "/competencies/NM.VIDEO/assessments").then().statusCode(201);
        HttpSession student = HttpSession.newStudent();
        student.postForm("/me/profile", "/me/profile", Map.of("displayName", "Mallory " + xss, "locale", "en",
                "timeZone", "UTC")).then().statusCode(303);
        assertThat(student.get("/me?lang=en").asString()).doesNotContain("<script>alert('x')")
                .contains("Mallory &lt;script&gt;");
        assertThat(admin.get("/people/" + eveId + "/competencies?lang=en").asString())
                .doesNotContain("<script>alert('x')").contains("assessed &lt;script&gt;");
        Map<String, String> pages = Map.of(
                "dashboard", eve.get("/me?lang=en").asString(),
                "tokens", eve.get("/me/tokens?lang=en").asString(),
                "people", admin.get("/admin/people?lang=en").asString(),
                "review", admin.get("/competencies/review?lang=en").asString(),
                "matrix", admin.get("/competencies/matrix?lang=en&q=" + email).asString(),
                "session", eve.get("/sessions/" + session + "?lang=en").asString(),
                "audit", admin.get("/admin/audit?lang=en&actor=" + email).asString());
        pages.forEach((name, html) -> {
            assertThat(html).as(name).doesNotContain("<script>alert('x')", "<img src=x onerror");
        });
        assertThat(pages.get("tokens")).contains("&lt;script&gt;");
        assertThat(pages.get("review")).contains("note &lt;script&gt;");
        assertThat(pages.get("session")).contains("Session &lt;script&gt;");
    }
}
