package org.resilib.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.course.Course;
import org.resilib.gift.GiftParser;
import org.resilib.quiz.bank.QuestionBank;

@QuarkusTest
class QuizResourceTest {

    @Inject
    QuizFixtures fixtures;

    @Inject
    QuestionBank bank;

    @Inject
    EntityManagerFactory emf;

    static String value(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    @Test
    void aLearnerTakesTheQuizWithoutJavaScript() {
        Course c = fixtures.course("::a::2+2? {=4 ~5}\n\n::b::The sky is blue. {T}\n\n::c::Capital of France? {=Paris}\n",
                2, 10, false);
        HttpSession student = HttpSession.newStudent();
        student.get("/courses/" + c.slug + "/quiz?lang=en").then().statusCode(200)
                .body(containsString("Start the quiz")).body(containsString("70%"));
        Response started = student.postForm("/courses/" + c.slug + "/quiz", "/courses/" + c.slug + "/quiz/attempts",
                Map.of());
        assertThat(started.statusCode()).isEqualTo(303);
        String attemptUrl = started.getHeader("Location").replaceAll("^https?://[^/]+", "");

        String page = student.get(attemptUrl + "?lang=en").asString();
        assertThat(page).contains("Time limit", "hx-post=", "htmx.min.js", "Question 1", "Question 3")
                .doesNotContain("Paris");
        String shown = value(page, "name=\"shown\" value=\"([^\"]+)\"");
        List<String> ids = List.of(shown.split(","));
        String four = value(page, "name=\"q" + ids.get(0) + "\" value=\"(c\\d)\"> <span>4</span>");

        Response saved = student.postForm(attemptUrl, attemptUrl, Map.of("shown", shown, "q" + ids.get(0), four,
                "q" + ids.get(1), "true", "q" + ids.get(2), "paris", "action", "save"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.getHeader("Location")).contains("saved=true");
        student.get(attemptUrl + "?saved=true&lang=en").then().body(containsString("Your answers have been saved."))
                .body(containsString("value=\"paris\""));

        Response one = student.get(attemptUrl + "?q=2&lang=en");
        assertThat(one.asString()).contains("Question 2", "Next question", "Previous question").doesNotContain("Question 3");

        String autosave = student.postForm(attemptUrl, attemptUrl.replace("?", "") + "/autosave",
                Map.of("shown", ids.get(2), "q" + ids.get(2), "Paris")).then().statusCode(200).extract().asString();
        assertThat(autosave).contains("Saved at").doesNotContain("<html");

        // Submitting asks first: the answers are kept, the attempt stays open until the learner confirms.
        student.postForm(attemptUrl, attemptUrl, Map.of("shown", shown, "action", "submit")).then().statusCode(200)
                .body(containsString("Submit this attempt?")).body(containsString("name=\"confirm\" value=\"yes\""));
        student.get(attemptUrl + "?lang=en").then().body(containsString("value=\"Paris\""));
        student.postForm(attemptUrl, attemptUrl, Map.of("action", "submit", "confirm", "yes")).then().statusCode(303);
        student.get(attemptUrl + "?lang=en").then().statusCode(200)
                .body(containsString("Passed")).body(containsString("3 of 3 points (100%)"))
                .body(containsString("Right answer"));
        student.get("/courses/" + c.slug + "/quiz?lang=en").then().body(containsString("Start a new attempt"));
    }

    @Test
    void numbersThatAreNotNumbersAreReportedOnTheField() {
        Course c = fixtures.course("::n::Pi? {#3.14:0.01}\n", 1, null, false);
        HttpSession student = HttpSession.newStudent();
        String url = student.postForm("/courses/" + c.slug + "/quiz", "/courses/" + c.slug + "/quiz/attempts", Map.of())
                .getHeader("Location").replaceAll("^https?://[^/]+", "");
        String page = student.get(url).asString();
        String shown = value(page, "name=\"shown\" value=\"([^\"]+)\"");
        student.postForm(url + "?lang=en", url, Map.of("shown", shown, "q" + shown, "three", "action", "save"))
                .then().statusCode(400).body(containsString("The response must be a number."))
                .body(containsString("aria-invalid=\"true\""));
    }

    @Test
    void editingAQuestionMakesAVersionAndOpenAttemptsKeepTheirs() {
        Course c = fixtures.course("::a::Old wording? {=yes ~no}\n", null, null, false);
        HttpSession student = HttpSession.newStudent();
        long attempt = QuizApiTest.start(student, c.slug, 201).getLong("id");
        bank.sync(c.id, GiftParser.parse("::a::New wording? {=yes ~no}\n").questions(), "test");
        student.request().get("/api/v1/attempts/" + attempt).then().body(containsString("Old wording"))
                .body(not(containsString("New wording")));
        student.request().contentType("application/json").post("/api/v1/attempts/" + attempt + "/submit")
                .then().statusCode(200);
        given().then();
        HttpSession other = HttpSession.newStudent();
        assertThat(QuizApiTest.start(other, c.slug, 201).getString("questions[0].text")).contains("New wording");
    }

    @Test
    void submittingCostsAtMostFiveStatements() {
        Course c = fixtures.course(QuizFixtures.ALL_TYPES, null, null, true);
        HttpSession student = HttpSession.newStudent();
        long attempt = QuizApiTest.start(student, c.slug, 201).getLong("id");
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        student.request().contentType("application/json").post("/api/v1/attempts/" + attempt + "/submit")
                .then().statusCode(200);
        long statements = stats.getPrepareStatementCount();
        System.out.println("SQL statements per submit (8 questions, with the sign-in lookup): " + statements);
        assertThat(statements).isLessThanOrEqualTo(5);
    }

    @Test
    void instructorsSeeAttemptsCsvAndStatisticsOthersDoNot() {
        Course c = fixtures.course("::a::2+2? {=4 ~5}\n\n::e::Explain. {}\n", null, null, false);
        HttpSession student = HttpSession.newStudent();
        long attempt = QuizApiTest.start(student, c.slug, 201).getLong("id");
        student.request().contentType("application/json").post("/api/v1/attempts/" + attempt + "/submit")
                .then().statusCode(200);
        student.get("/courses/" + c.slug + "/quiz/attempts").then().statusCode(403);
        student.get("/attempts/" + attempt + "/grade").then().statusCode(403);

        HttpSession admin = HttpSession.admin();
        admin.get("/courses/" + c.slug + "/quiz/attempts?lang=en").then().statusCode(200)
                .body(containsString("Test Student")).body(containsString("/attempts/" + attempt + "/grade"));
        String csv = admin.get("/courses/" + c.slug + "/quiz/attempts.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("attempt,learner,email,number,state,started,"
                + "submitted,score,maxScore,percent,passed");
        assertThat(csv).contains(attempt + ",\"Test Student\"").contains("needs_grading");
        admin.postForm("/attempts/" + attempt + "/grade?lang=en", "/attempts/" + attempt + "/grade",
                Map.of("points-" + value(admin.get("/attempts/" + attempt + "/grade").asString(),
                        "name=\"points-(\\d+)\""), "5")).then().statusCode(400)
                .body(containsString("Points must be between 0"));
        admin.get("/courses/" + c.slug + "/quiz/attempts?lang=en").then().body(containsString("Question statistics"));
    }

    @Test
    void starterQuizzesAreLoadedFromContent() {
        HttpSession student = HttpSession.newStudent();
        for (String slug : List.of("infodemic-misinformation", "citation-and-referencing", "off-campus-access")) {
            var a = QuizApiTest.start(student, slug, 201);
            assertThat(a.getList("questions")).as(slug).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void theBankExportsGiftThatImportsToTheSameQuestions() {
        Course c = fixtures.course(QuizFixtures.ALL_TYPES, null, null, false);
        HttpSession admin = HttpSession.admin();
        admin.get("/courses/" + c.slug + "/quiz/questions?lang=en").then().statusCode(200)
                .body(containsString("Matching")).body(containsString("fixtures"));
        String gift = admin.get("/courses/" + c.slug + "/quiz/export.gift").then().statusCode(200).extract().asString();
        var original = GiftParser.parse(QuizFixtures.ALL_TYPES).questions();
        var exported = GiftParser.parse(gift);
        assertThat(exported.problems()).isEmpty();
        assertThat(exported.questions()).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            var o = original.get(i);
            var e = exported.questions().get(i);
            assertThat(List.of(e.category(), e.title(), e.type(), e.text(), e.answers(), e.pairs(), e.generalFeedback()))
                    .isEqualTo(List.of(o.category(), o.title(), o.type(), o.text(), o.answers(), o.pairs(),
                            o.generalFeedback()));
        }
        HttpSession.newStudent().get("/courses/" + c.slug + "/quiz/export.gift").then().statusCode(403);
    }
}
