package org.resilib.course.study;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

@QuarkusTest
class CourseApiTest {

    @Test
    void listsCoursesInTheRequestLanguageWithTheContractFields() {
        JsonPath json = given().header("Accept-Language", "en").get("/api/v1/courses?dimension=ability")
                .then().statusCode(200).extract().jsonPath();
        assertThat(json.getList("slug", String.class)).contains("search-and-evaluate", "off-campus-access")
                .allMatch(s -> !s.equals("academic-integrity"));
        assertThat(json.getString("find { it.slug == 'search-and-evaluate' }.title")).startsWith("Search");
        assertThat(json.getInt("find { it.slug == 'search-and-evaluate' }.moduleCount")).isEqualTo(5);
        assertThat(json.getMap("[0]").keySet())
                .containsExactlyInAnyOrder("slug", "title", "summary", "dimension", "audience", "minutes", "moduleCount");
        given().get("/api/v1/courses?q=CARSI&lang=zh-CN").then().statusCode(200)
                .body("slug", equalTo(List.of("off-campus-access")))
                .body("[0].title", equalTo("校外访问电子资源"));
    }

    @Test
    void staffOnlyCoursesAreInvisibleToStudentsInTheApi() {
        given().get("/api/v1/courses").then().body("slug", not(hasItem("slide-design")));
        HttpSession.newStudent().request().get("/api/v1/courses?audience=librarians").then().statusCode(200)
                .body("size()", equalTo(0));
        HttpSession.newStudent().request().get("/api/v1/courses/slide-design").then().statusCode(403)
                .contentType("application/problem+json");
        HttpSession.admin().request().get("/api/v1/courses?audience=librarians").then()
                .body("slug", hasItem("slide-design"));
    }

    @Test
    void detailHasModulesAndCompletionIsIdempotent() {
        given().get("/api/v1/courses/citation-and-referencing?lang=en").then().statusCode(200)
                .body("moduleCount", equalTo(5))
                .body("modules[0].slug", equalTo("why-and-when-to-cite"))
                .body("modules[0].minutes", Matchers.greaterThan(0));

        given().contentType("application/json").post("/api/v1/courses/citation-and-referencing/modules/why-and-when-to-cite/complete")
                .then().statusCode(401);
        HttpSession student = HttpSession.newStudent();
        for (int i = 0; i < 2; i++) {
            student.request().contentType("application/json")
                    .post("/api/v1/courses/citation-and-referencing/modules/why-and-when-to-cite/complete")
                    .then().statusCode(204);
        }
        student.request().contentType("application/json")
                .post("/api/v1/courses/citation-and-referencing/modules/no-such-module/complete")
                .then().statusCode(404).contentType("application/problem+json");
        student.request().get("/api/v1/me/progress").then().statusCode(200)
                .body("find { it.slug == 'citation-and-referencing' }.completedModules", equalTo(List.of("why-and-when-to-cite")))
                .body("find { it.slug == 'citation-and-referencing' }.percent", equalTo(20));
        student.request().get("/api/v1/me").then().statusCode(200)
                .body("roles", equalTo(List.of("student")))
                .body("name", equalTo("Test Student"))
                .body("id", Matchers.notNullValue());
        given().get("/api/v1/me").then().statusCode(401);
        given().get("/api/v1/me/progress").then().statusCode(401);
    }
}
