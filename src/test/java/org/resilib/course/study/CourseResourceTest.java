package org.resilib.course.study;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

@QuarkusTest
class CourseResourceTest {

    @Test
    void catalogueDefaultsToChineseAndListsStarterCourses() {
        given().get("/").then().statusCode(200)
                .header("Content-Language", "zh-CN")
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("识别“信息疫情”中的虚假信息"))
                .body(containsString("href=\"/courses/search-and-evaluate\""))
                .body(not(containsString("href=\"/courses/slide-design\"")));
    }

    @Test
    void languageFromQueryThenCookieThenAcceptLanguage() {
        Response en = given().get("/?lang=en");
        en.then().statusCode(200).body(containsString("<html lang=\"en\">"))
                .body(containsString("Spotting misinformation"));
        assertThat(en.getCookie("lang")).isEqualTo("en");
        given().cookie("lang", "en").get("/").then().body(containsString("<html lang=\"en\">"));
        given().header("Accept-Language", "en-GB,en;q=0.9").get("/").then().body(containsString("<html lang=\"en\">"));
        given().header("Accept-Language", "fr-FR").get("/").then().body(containsString("<html lang=\"zh-CN\">"));
        given().cookie("lang", "en").get("/?lang=zh-CN").then().body(containsString("<html lang=\"zh-CN\">"));
    }

    @Test
    void filtersByDimensionAudienceAndSearch() {
        String ethics = given().get("/?dimension=ethics&lang=en").asString();
        assertThat(ethics).contains("/courses/citation-and-referencing", "/courses/academic-integrity")
                .doesNotContain("/courses/off-campus-access");
        String search = given().get("/?q=CNKI&lang=en").asString();
        assertThat(search).contains("/courses/search-and-evaluate").doesNotContain("/courses/copyright-and-fair-use");
        String nothing = given().get("/?q=%25_%27;drop table course;--").asString();
        assertThat(nothing).doesNotContain("href=\"/courses/");
    }

    @Test
    void invalidFilterIsA400NamingTheField() {
        given().get("/?dimension=cooking&lang=en").then().statusCode(400)
                .body(containsString("dimension"))
                .body(not(containsString("Exception")));
        given().accept("application/json").get("/api/v1/courses?audience=aliens").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", Matchers.equalTo(400))
                .body("errors[0].field", Matchers.equalTo("audience"));
    }

    @Test
    void librarianCoursesAreStaffOnly() {
        given().get("/?audience=librarians").then().statusCode(200)
                .body(not(containsString("href=\"/courses/micro-video-production\"")));
        given().get("/courses/micro-video-production").then().statusCode(403);
        HttpSession student = HttpSession.newStudent();
        student.get("/courses/micro-video-production").then().statusCode(403);
        HttpSession admin = HttpSession.admin();
        admin.get("/?audience=librarians").then().statusCode(200)
                .body(containsString("href=\"/courses/micro-video-production\""));
        admin.get("/courses/micro-video-production").then().statusCode(200);
    }

    @Test
    void unknownCourseAndModuleAre404Pages() {
        given().get("/courses/no-such-course").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("<h1>"));
        HttpSession student = HttpSession.newStudent();
        student.get("/courses/academic-integrity/modules/nope").then().statusCode(404);
    }

    @Test
    void modulesNeedSignInAndProgressIsRecorded() {
        Response anon = given().redirects().follow(false).get("/courses/academic-integrity/modules/what-is-misconduct");
        assertThat(anon.statusCode()).isIn(302, 303);
        assertThat(anon.getHeader("Location")).contains("/login");

        HttpSession student = HttpSession.newStudent();
        student.get("/courses/academic-integrity?lang=en").then().statusCode(200)
                .body(containsString("Start this course"));
        String page = student.get("/courses/academic-integrity/modules/what-is-misconduct").asString();
        assertThat(page).contains("<article", "rel=\"next\"").doesNotContain("rel=\"prev\"");

        Response done = student.postForm("/courses/academic-integrity/modules/what-is-misconduct",
                "/courses/academic-integrity/modules/what-is-misconduct/done", Map.of());
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.getHeader("Location")).endsWith("/courses/academic-integrity/modules/similarity-reports");

        student.get("/courses/academic-integrity?lang=en").then().statusCode(200)
                .body(containsString("value=\"20\""))
                .body(containsString("Continue: "));
        student.get("/me?lang=en").then().statusCode(200)
                .body(containsString("href=\"/courses/academic-integrity\""))
                .body(containsString("1 of 5 modules done"))
                .body(containsString("/courses/academic-integrity/modules/similarity-reports"));
    }

    @Test
    void markingDoneTwiceCountsOnce() {
        HttpSession student = HttpSession.newStudent();
        for (int i = 0; i < 2; i++) {
            student.postForm("/courses/information-needs/modules/recognising-information-needs",
                    "/courses/information-needs/modules/recognising-information-needs/done", Map.of())
                    .then().statusCode(303);
        }
        student.get("/me?lang=en").then().body(containsString("1 of 5 modules done"));
    }

    @Test
    void formPostWithoutCsrfTokenIsRefused() {
        HttpSession student = HttpSession.newStudent();
        Response r = student.request().contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .post("/courses/information-needs/enrol");
        assertThat(r.statusCode()).isIn(400, 403);
        student.get("/me?lang=en").then().body(containsString("You have no course in progress"));
    }

    @Test
    void aModuleCanBeMarkedNotDoneAgain() {
        HttpSession student = HttpSession.newStudent();
        String module = "/courses/copyright-and-fair-use/modules/copyright-basics";
        student.postForm(module, module + "/done", Map.of()).then().statusCode(303);
        student.get(module + "?lang=en").then().body(containsString("You have marked this module as done."));
        Response undone = student.postForm(module, module + "/undone", Map.of());
        assertThat(undone.statusCode()).isEqualTo(303);
        assertThat(undone.getHeader("Location")).endsWith(module);
        student.get(module + "?lang=en").then().body(containsString("Mark as done and continue"));
        student.get("/me?lang=en").then().body(containsString("0 of 5 modules done"));
    }
}
