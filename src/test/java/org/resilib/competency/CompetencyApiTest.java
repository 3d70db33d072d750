package org.resilib.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.course.Course;
import org.resilib.quiz.QuizFixtures;

@QuarkusTest
class CompetencyApiTest {

    @Inject
    QuizFixtures fixtures;

    @Inject
    EntityManager em;

    @Test
    void frameworksComeFromContentWithTheirScales() {
        JsonPath f = RestAssured.given().get("/api/v1/competency-frameworks?lang=en").then()
                .statusCode(200).extract().jsonPath();
        assertThat(f.getList("slug", String.class)).contains("new-media-service", "information-literacy");
        assertThat(f.getString("find { it.slug == 'new-media-service' }.competencies.find { it.code == 'NM.VIDEO' }.parent"))
                .isEqualTo("NM");
        assertThat(f.getList("find { it.slug == 'new-media-service' }.levels.findAll { it.proficient }.level"))
                .containsExactly(3);
        assertThat(f.getString("find { it.slug == 'information-literacy' }.competencies.find { it.code == 'IL.ETHICS.CITATION' }.name"))
                .isEqualTo("Citation and referencing");
    }

    @Test
    void evidenceFromCoursesAndQuizzesDerivesLevelsAndAssessmentsOverrideThem() {
        HttpSession lib = CompetencyFixtures.librarian();
        long me = CompetencyFixtures.id(lib);
        for (Map<String, Object> m : lib.request().get("/api/v1/courses/slide-design").jsonPath()
                .<Map<String, Object>>getList("modules")) {
            lib.request().contentType("application/json")
                    .post("/api/v1/courses/slide-design/modules/" + m.get("slug") + "/complete").then().statusCode(204);
        }
        JsonPath p = lib.request().get("/api/v1/people/" + me + "/competencies").then().statusCode(200).extract()
                .jsonPath();
        assertThat(p.getInt("find { it.code == 'NM.SLIDES' }.level")).isEqualTo(2);
        assertThat(p.getString("find { it.code == 'NM.SLIDES' }.evidence[0].kind")).isEqualTo("course_completed");
        assertThat(p.getString("find { it.code == 'NM.SLIDES' }.evidence[0].source")).isEqualTo("/courses/slide-design");

        Course quizCourse = fixtures.course("::a::2+2? {=4 ~5}\n", null, null, false);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update course set competencies = '[\"NM.VIDEO\"]' where id = ?1").setParameter(1, quizCourse.id)
                .executeUpdate());
        JsonPath a = lib.request().contentType("application/json")
                .post("/api/v1/courses/" + quizCourse.slug + "/quiz/attempts").then().statusCode(201).extract().jsonPath();
        lib.request().contentType("application/json")
                .body(Map.of("response", a.getString("questions[0].choices.find { it.text.contains('4') }.id")))
                .put("/api/v1/attempts/" + a.getLong("id") + "/answers/" + a.getLong("questions[0].id"))
                .then().statusCode(200);
        lib.request().contentType("application/json").post("/api/v1/attempts/" + a.getLong("id") + "/submit")
                .then().statusCode(200).body("passed", equalTo(true));
        lib.request().get("/api/v1/people/" + me + "/competencies").then()
                .body("find { it.code == 'NM.VIDEO' }.level", equalTo(3))
                .body("find { it.code == 'NM.VIDEO' }.evidence[0].kind", equalTo("quiz_passed"));

        HttpSession admin = HttpSession.admin();
        admin.request().contentType("application/json").body(Map.of("level", 4, "note", "Produced the library's intro video"))
                .post("/api/v1/people/" + me + "/competencies/NM.VIDEO/assessments").then().statusCode(201)
                .body("level", equalTo(4));
        lib.request().get("/api/v1/people/" + me + "/competencies").then()
                .body("find { it.code == 'NM.VIDEO' }.level", equalTo(4));
        admin.request().contentType("application/json").body(Map.of("level", 9))
                .post("/api/v1/people/" + me + "/competencies/NM.VIDEO/assessments").then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
        admin.request().contentType("application/json").body(Map.of("level", 2))
                .post("/api/v1/people/" + me + "/competencies/NM.NOPE/assessments").then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
        admin.request().contentType("application/json").body(Map.of("level", 2))
                .post("/api/v1/people/999999999/competencies/NM.VIDEO/assessments").then().statusCode(404);
    }

    @Test
    void librariansSeeOnlyTheirOwnProfileAndStudentsNone() {
        HttpSession lib = CompetencyFixtures.librarian();
        HttpSession other = CompetencyFixtures.librarian();
        lib.request().get("/api/v1/people/" + CompetencyFixtures.id(other) + "/competencies").then().statusCode(403);
        HttpSession student = HttpSession.newStudent();
        student.request().get("/api/v1/people/" + CompetencyFixtures.id(student) + "/competencies").then().statusCode(403);
        student.request().contentType("application/json").body(Map.of("level", 2))
                .post("/api/v1/people/" + CompetencyFixtures.id(lib) + "/competencies/NM.VIDEO/assessments").then().statusCode(403);
        HttpSession.admin().request().get("/api/v1/people/" + CompetencyFixtures.id(lib) + "/competencies").then().statusCode(200);
    }
}
