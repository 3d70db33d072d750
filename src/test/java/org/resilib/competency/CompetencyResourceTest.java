package org.resilib.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

@QuarkusTest
class CompetencyResourceTest {

    @Test
    void aReviewedWorkSampleRaisesTheLevelByTheFrameworkRule() {
        HttpSession lib = CompetencyApiTest.librarian();
        long me = CompetencyApiTest.id(lib);
        lib.get("/me/competencies?lang=en").then().statusCode(200).body(containsString("Competencies of Li Librarian"))
                .body(containsString("NM.WECHAT"));
        lib.postForm("/me/competencies?lang=en", "/me/competencies/samples",
                Map.of("code", "NM.WECHAT", "url", "javascript:alert(1)", "note", "x")).then().statusCode(400)
                .body(containsString("Enter an http or https address."));
        lib.postForm("/me/competencies", "/me/competencies/samples", Map.of("code", "NM.WECHAT",
                "url", "https://mp.weixin.qq.com/s/example", "note", "Our e-reserves campaign")).then().statusCode(303);
        lib.request().get("/api/v1/people/" + me + "/competencies").then()
                .body("find { it.code == 'NM.WECHAT' }.evidence[0].kind", equalTo("work_sample_submitted"))
                .body("find { it.code == 'NM.WECHAT' }.level", equalTo(0));

        HttpSession admin = HttpSession.admin();
        String review = admin.get("/competencies/review?lang=en").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("action=\"/competencies/review/(\\d+)\"").matcher(review.substring(
                review.indexOf("https://mp.weixin.qq.com/s/example")));
        assertThat(m.find()).isTrue();
        admin.postForm("/competencies/review", "/competencies/review/" + m.group(1),
                Map.of("decision", "accept", "note", "Well planned")).then().statusCode(303);
        lib.request().get("/api/v1/people/" + me + "/competencies").then()
                .body("find { it.code == 'NM.WECHAT' }.level", equalTo(4));
        lib.get("/me/competencies?lang=en").then().body(containsString("Work sample accepted"))
                .body(containsString("Proficient"));

        admin.postForm("/people/" + me + "/competencies?lang=en", "/people/" + me + "/competencies/assess",
                Map.of("code", "NM.WECHAT", "level", "2", "note", "Needs more practice")).then().statusCode(303);
        lib.get("/me/competencies?lang=en").then().body(containsString("Needs more practice"));
        admin.postForm("/people/" + me + "/competencies?lang=en", "/people/" + me + "/competencies/assess",
                Map.of("code", "NM.WECHAT", "level", "99")).then().statusCode(400)
                .body(containsString("not on this competency"));
    }

    @Test
    void studentsHaveNoCompetencyPagesAndLibrariansOnlyTheirOwn() {
        HttpSession.newStudent().get("/me/competencies").then().statusCode(403);
        HttpSession lib = CompetencyApiTest.librarian();
        HttpSession other = CompetencyApiTest.librarian();
        lib.get("/people/" + CompetencyApiTest.id(other) + "/competencies").then().statusCode(403);
        lib.get("/competencies/review").then().statusCode(403);
    }
}
