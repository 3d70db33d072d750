package org.resilib.course;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

/**
 * Pages cost a fixed number of SQL statements whatever the number of courses or modules (no N+1). Counts come from
 * Hibernate's statistics, which see every statement the application prepares.
 */
@QuarkusTest
class QueryCountTest {

    @Inject
    EntityManagerFactory emf;

    long statementsFor(Runnable request) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        request.run();
        return stats.getPrepareStatementCount();
    }

    @Test
    void catalogueCostDoesNotGrowWithTheNumberOfCourses() {
        given().get("/").then().statusCode(200); // the first request after a change reads the outline (three more)
        long all = statementsFor(() -> given().get("/").then().statusCode(200));
        long one = statementsFor(() -> given().get("/?dimension=ethics").then().statusCode(200));
        long search = statementsFor(() -> given().get("/?q=CARSI").then().statusCode(200));
        assertThat(all).isEqualTo(one).isLessThanOrEqualTo(2);
        assertThat(search).isLessThanOrEqualTo(2);

        HttpSession student = HttpSession.newStudent();
        student.postForm("/courses/information-needs/modules/types-of-sources",
                "/courses/information-needs/modules/types-of-sources/done", Map.of()).then().statusCode(303);
        student.get("/").then().statusCode(200); // the first reads the learner's progress, kept after
        long signedInAll = statementsFor(() -> student.get("/").then().statusCode(200));
        long signedInOne = statementsFor(() -> student.get("/?dimension=ethics").then().statusCode(200));
        assertThat(signedInAll).isEqualTo(signedInOne).isLessThanOrEqualTo(5);
    }

    @Test
    void moduleAndDashboardCostIsFixed() {
        HttpSession student = HttpSession.newStudent();
        student.get("/q/health/live").then().statusCode(200); // the first request reads the account, kept after
        student.get("/").then().statusCode(200); // and the first page the learner's progress
        long shortCourse = statementsFor(() -> student.get("/courses/academic-integrity/modules/generative-ai")
                .then().statusCode(200));
        long otherCourse = statementsFor(() -> student.get("/courses/slide-design").then().statusCode(403));
        long longCourse = statementsFor(() -> student.get("/courses/search-and-evaluate/modules/refining-results")
                .then().statusCode(200));
        assertThat(shortCourse).isEqualTo(longCourse).isLessThanOrEqualTo(6);
        assertThat(otherCourse).isLessThanOrEqualTo(4);

        for (String slug : new String[] {"academic-integrity", "search-and-evaluate", "information-needs"}) {
            student.request().contentType("application/json")
                    .post("/api/v1/courses/" + slug + "/modules/" + firstModule(slug) + "/complete").then().statusCode(204);
        }
        long dashboard = statementsFor(() -> student.get("/me").then().statusCode(200));
        assertThat(dashboard).isLessThanOrEqualTo(9);
        System.out.printf("SQL statements: catalogue %d (anonymous); module page %d; dashboard %d (3 courses)%n",
                statementsFor(() -> given().get("/").then().statusCode(200)), longCourse, dashboard);
    }

    static String firstModule(String slug) {
        return given().get("/api/v1/courses/" + slug).then().extract().path("modules[0].slug");
    }
}
