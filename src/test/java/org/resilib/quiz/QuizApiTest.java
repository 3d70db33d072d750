package org.resilib.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.course.Course;

@QuarkusTest
class QuizApiTest {

    @Inject
    QuizFixtures fixtures;

    @Inject
    EntityManager em;

    static JsonPath start(HttpSession s, String slug, int status) {
        return s.request().contentType("application/json").post("/api/v1/courses/" + slug + "/quiz/attempts")
                .then().statusCode(status).extract().jsonPath();
    }

    static void answer(HttpSession s, long attempt, long question, Object response, int status) {
        s.request().contentType("application/json").body(Map.of("response", response))
                .put("/api/v1/attempts/" + attempt + "/answers/" + question).then().statusCode(status);
    }

    /** The display id of the choice with this text. */
    static String choice(JsonPath a, String questionType, String listName, String text) {
        List<Map<String, Object>> questions = a.getList("questions");
        for (Map<String, Object> q : questions) {
            if (q.get("type").equals(questionType)) {
                @SuppressWarnings("unchecked")
                List<Map<String, String>> items = (List<Map<String, String>>) q.get(listName);
                for (Map<String, String> c : items) {
                    if (c.get("text").contains(text)) {
                        return c.get("id");
                    }
                }
            }
        }
        throw new AssertionError("No " + listName + " '" + text + "' in " + questionType);
    }

    static long question(JsonPath a, String type) {
        List<Map<String, Object>> questions = a.getList("questions");
        return questions.stream().filter(q -> q.get("type").equals(type)).map(q -> ((Number) q.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    @Test
    void startedAttemptsCarryNoAnswerKey() {
        Course c = fixtures.course(QuizFixtures.ALL_TYPES, 2, 15, true);
        HttpSession student = HttpSession.newStudent();
        Response r = student.request().contentType("application/json")
                .post("/api/v1/courses/" + c.slug + "/quiz/attempts");
        assertThat(r.statusCode()).isEqualTo(201);
        String body = r.asString();
        assertThat(body).doesNotContain("fraction", "feedback", "Too small", "rightAnswer", "tolerance", "3.14",
                "\"correct\"", "points");
        JsonPath a = r.jsonPath();
        assertThat(a.getString("state")).isEqualTo("in_progress");
        assertThat(a.getString("deadline")).isNotNull();
        assertThat(a.getList("questions.type", String.class)).containsExactlyInAnyOrder("multichoice", "multianswer",
                "truefalse", "shortanswer", "numerical", "matching", "essay", "description");
        assertThat(a.getList("questions.find { it.type == 'matching' }.left")).hasSize(3);
        assertThat(a.getList("questions.find { it.type == 'matching' }.right")).hasSize(3);
        assertThat(a.getList("questions.find { it.type == 'multichoice' }.choices")).hasSize(3);

        JsonPath again = start(student, c.slug, 200);
        assertThat(again.getLong("id")).isEqualTo(a.getLong("id"));
        HttpSession.newStudent().request().get("/api/v1/attempts/" + a.getLong("id")).then().statusCode(404);
        HttpSession.admin().request().get("/api/v1/attempts/" + a.getLong("id")).then().statusCode(200);
    }

    @Test
    void everyTypeIsGradedAndEssaysWaitForTheInstructor() {
        Course c = fixtures.course(QuizFixtures.ALL_TYPES, 2, null, true);
        HttpSession student = HttpSession.newStudent();
        JsonPath a = start(student, c.slug, 201);
        long id = a.getLong("id");
        answer(student, id, question(a, "multichoice"), choice(a, "multichoice", "choices", "4"), 200);
        answer(student, id, question(a, "multianswer"), List.of(choice(a, "multianswer", "choices", "2"),
                choice(a, "multianswer", "choices", "3")), 200);
        answer(student, id, question(a, "truefalse"), true, 200);
        answer(student, id, question(a, "shortanswer"), "  PARIS ", 200);
        answer(student, id, question(a, "numerical"), 3.142, 200);
        answer(student, id, question(a, "matching"), Map.of(
                choice(a, "matching", "left", "cat"), choice(a, "matching", "right", "animal"),
                choice(a, "matching", "left", "rose"), choice(a, "matching", "right", "plant"),
                choice(a, "matching", "left", "granite"), choice(a, "matching", "right", "rock")), 200);
        answer(student, id, question(a, "essay"), "Because readers must be able to check sources.", 200);
        answer(student, id, question(a, "essay"), "Because readers must be able to check sources.", 200);

        JsonPath result = student.request().contentType("application/json").post("/api/v1/attempts/" + id + "/submit").then().statusCode(200)
                .extract().jsonPath();
        assertThat(result.getString("state")).isEqualTo("needs_grading");
        assertThat(result.getDouble("score")).isEqualTo(6.0);
        assertThat(result.getDouble("maxScore")).isEqualTo(7.0);
        assertThat(result.getString("passed")).isNull();
        assertThat(result.getString("questions.find { it.id == " + question(a, "essay") + " }.correct")).isNull();
        assertThat(result.getBoolean("questions.find { it.id == " + question(a, "truefalse") + " }.correct")).isTrue();
        assertThat(result.getString("questions.find { it.id == " + question(a, "truefalse") + " }.feedback"))
                .isEqualTo("Yes.");

        JsonPath same = student.request().contentType("application/json").post("/api/v1/attempts/" + id + "/submit").then().statusCode(200)
                .extract().jsonPath();
        assertThat(same.getMap("")).isEqualTo(result.getMap(""));

        HttpSession admin = HttpSession.admin();
        admin.postForm("/attempts/" + id + "/grade", "/attempts/" + id + "/grade",
                Map.of("points-" + question(a, "essay"), "1", "comment-" + question(a, "essay"), "Well argued."))
                .then().statusCode(303);
        student.request().get("/api/v1/attempts/" + id).then().statusCode(200)
                .body("state", equalTo("graded")).body("percent", equalTo(100.0f)).body("passed", equalTo(true));
    }

    @Test
    void wrongAndPartialAnswersScoreByMoodleRules() {
        Course c = fixtures.course(QuizFixtures.ALL_TYPES, null, null, false);
        HttpSession student = HttpSession.newStudent();
        JsonPath a = start(student, c.slug, 201);
        long id = a.getLong("id");
        answer(student, id, question(a, "multichoice"), choice(a, "multichoice", "choices", "3"), 200);
        answer(student, id, question(a, "multianswer"), List.of(choice(a, "multianswer", "choices", "2"),
                choice(a, "multianswer", "choices", "4")), 200);
        answer(student, id, question(a, "numerical"), 3.2, 200);
        answer(student, id, question(a, "matching"), Map.of(
                choice(a, "matching", "left", "cat"), choice(a, "matching", "right", "animal"),
                choice(a, "matching", "left", "rose"), choice(a, "matching", "right", "rock")), 200);
        JsonPath r = student.request().contentType("application/json").post("/api/v1/attempts/" + id + "/submit").then().statusCode(200)
                .extract().jsonPath();
        assertThat(r.getDouble("questions.find { it.id == " + question(a, "multichoice") + " }.points")).isZero();
        assertThat(r.getString("questions.find { it.id == " + question(a, "multichoice") + " }.feedback"))
                .isEqualTo("Too small.");
        assertThat(r.getDouble("questions.find { it.id == " + question(a, "multianswer") + " }.points")).isZero();
        assertThat(r.getDouble("questions.find { it.id == " + question(a, "numerical") + " }.points")).isZero();
        assertThat(r.getDouble("questions.find { it.id == " + question(a, "matching") + " }.points"))
                .isEqualTo(0.3333);
        assertThat(r.getBoolean("questions.find { it.id == " + question(a, "matching") + " }.correct")).isFalse();
    }

    static final String MOODLE_FEATURES = """
            ::mc::[markdown]Pick *one* {=[html]<b>yes</b>#[plain]<right> ~no#[html]<i>no</i>
            ####[html]<p>See the <em>rules</em>.</p>}

            ::match::Match the pairs. {=cat -> animal =rose -> plant = -> rock}

            ::num::A number from 1 to 5? {#3:2 ~#[html]<b>Completely</b> wrong}
            """;

    @Test
    void formatMarkersDistractorsAndCatchAllsAreStoredShownAndGradedAsInMoodle() {
        Course c = fixtures.course(MOODLE_FEATURES, null, null, true);
        HttpSession student = HttpSession.newStudent();
        JsonPath a = start(student, c.slug, 201);
        long id = a.getLong("id");
        assertThat(a.getList("questions.find { it.type == 'multichoice' }.choices.text"))
                .containsExactlyInAnyOrder("<b>yes</b>", "<p>no</p>\n");
        assertThat(a.getList("questions.find { it.type == 'matching' }.left.text"))
                .containsExactlyInAnyOrder("cat", "rose");
        assertThat(a.getList("questions.find { it.type == 'matching' }.right.text"))
                .containsExactlyInAnyOrder("animal", "plant", "rock");

        answer(student, id, question(a, "multichoice"), choice(a, "multichoice", "choices", "no"), 200);
        answer(student, id, question(a, "numerical"), 9, 200);
        answer(student, id, question(a, "matching"), Map.of(
                choice(a, "matching", "left", "cat"), choice(a, "matching", "right", "animal"),
                choice(a, "matching", "left", "rose"), choice(a, "matching", "right", "plant")), 200);
        JsonPath r = student.request().contentType("application/json").post("/api/v1/attempts/" + id + "/submit")
                .then().statusCode(200).extract().jsonPath();
        assertThat(r.getString("questions.find { it.id == " + question(a, "multichoice") + " }.feedback"))
                .isEqualTo("<i>no</i> <p>See the <em>rules</em>.</p>");
        assertThat(r.getDouble("questions.find { it.id == " + question(a, "numerical") + " }.points")).isZero();
        assertThat(r.getString("questions.find { it.id == " + question(a, "numerical") + " }.feedback"))
                .isEqualTo("<b>Completely</b> wrong");
        assertThat(r.getDouble("questions.find { it.id == " + question(a, "matching") + " }.points")).isEqualTo(1.0);
        assertThat(student.get("/attempts/" + id).then().statusCode(200).extract().asString())
                .contains("<i>no</i> <p>See the <em>rules</em>.</p>", "<b>Completely</b> wrong");
    }

    @Test
    void badInputIsRefusedClearly() {
        Course c = fixtures.course(QuizFixtures.ALL_TYPES, 3, null, false);
        HttpSession student = HttpSession.newStudent();
        JsonPath a = start(student, c.slug, 201);
        long id = a.getLong("id");
        student.request().contentType("application/json").body(Map.of("response", "c99"))
                .put("/api/v1/attempts/" + id + "/answers/" + question(a, "multichoice"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("response"));
        answer(student, id, question(a, "truefalse"), "yes", 400);
        answer(student, id, question(a, "numerical"), "three", 400);
        answer(student, id, question(a, "multianswer"), "c0", 400);
        answer(student, id, question(a, "matching"), Map.of("l0", "r9"), 400);
        answer(student, id, 999_999_999L, "x", 404);
        student.request().contentType("application/json").body("{}")
                .put("/api/v1/attempts/" + id + "/answers/" + question(a, "essay")).then().statusCode(200);
        answer(HttpSession.newStudent(), id, question(a, "essay"), "mine now", 404);
        HttpSession.newStudent().request().contentType("application/json").post("/api/v1/attempts/" + id + "/submit").then().statusCode(404);
        student.request().contentType("application/json").post("/api/v1/attempts/" + id + "/submit").then().statusCode(200);
        answer(student, id, question(a, "essay"), "too late", 409);
    }

    @Test
    void attemptsAreLimitedAndTheGradeIsTheBest() {
        Course c = fixtures.course("::only::2+2? {=4 ~5}\n", 2, null, false);
        HttpSession student = HttpSession.newStudent();
        for (int i = 0; i < 2; i++) {
            JsonPath a = start(student, c.slug, 201);
            answer(student, a.getLong("id"), question(a, "multichoice"),
                    choice(a, "multichoice", "choices", i == 0 ? "4" : "5"), 200);
            student.request().contentType("application/json").post("/api/v1/attempts/" + a.getLong("id") + "/submit").then().statusCode(200);
        }
        student.request().contentType("application/json").post("/api/v1/courses/" + c.slug + "/quiz/attempts")
                .then().statusCode(409).body("code", equalTo("no_attempts_left"));
        student.get("/courses/" + c.slug + "/quiz?lang=en").then().statusCode(200)
                .body(Matchers.containsString("100% "))
                .body(Matchers.containsString("Passed"));
    }

    @Test
    void answersAfterTheDeadlineAreRefusedAndTheAttemptIsSubmittedWithWhatWasSaved() {
        Course c = fixtures.course("::q::2+2? {=4 ~5}\n\n::r::3+3? {=6 ~7}\n", 1, 5, false);
        HttpSession student = HttpSession.newStudent();
        JsonPath a = start(student, c.slug, 201);
        long id = a.getLong("id");
        List<Long> ids = a.getList("questions.id", Long.class);
        answer(student, id, ids.get(0), a.getString("questions[0].choices.find { it.text.contains('4') }.id"), 200);
        expire(id);
        answer(student, id, ids.get(1), a.getString("questions[1].choices.find { it.text.contains('6') }.id"), 409);
        assertThat(quizzes.submitExpired(100)).isGreaterThanOrEqualTo(1);
        student.request().get("/api/v1/attempts/" + id).then().statusCode(200)
                .body("state", equalTo("graded")).body("score", equalTo(1.0f)).body("percent", equalTo(50.0f));
    }

    @Inject
    AnswerService quizzes;

    @Transactional
    void expire(long attemptId) {
        em.createNativeQuery("update quiz_attempt set deadline = now() - interval '1 second' where id = ?1")
                .setParameter(1, attemptId).executeUpdate();
    }
}
