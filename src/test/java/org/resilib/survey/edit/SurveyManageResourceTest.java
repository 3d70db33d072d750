package org.resilib.survey.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.survey.SurveyFixtures;

/**
 * Surveys made in the browser: a draft written in the file format, each problem shown with its line and the text
 * kept, published, answered, changed only as its responses allow, and closed; only by its maker or an admin.
 */
@QuarkusTest
class SurveyManageResourceTest {

    @Test
    void anInstructorWritesADraftPublishesItAndClosesIt() {
        HttpSession maker = SurveyFixtures.instructor();
        String slug = "web-" + UUID.randomUUID().toString().substring(0, 8);
        maker.get("/surveys/manage/new?lang=en").then().statusCode(200).body(containsString("type: rating"));

        // A mistake is named with its line; the text written is kept.
        String broken = SurveyManageResource.STARTER.replace("type: rating", "type: stars");
        Response refused = maker.postForm("/surveys/manage/new", "/surveys/manage/new?lang=en",
                Map.of("slug", slug, "text", broken));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("Line 7:", "Invalid value.", "type: stars")
                .contains("value=\"" + slug + "\"");
        maker.request().get("/api/v1/surveys/" + slug + "/surveyjs").then().statusCode(404);

        Response created = maker.postForm("/surveys/manage/new", "/surveys/manage/new",
                Map.of("slug", slug, "text", SurveyManageResource.STARTER));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).contains("/surveys/" + slug + "/edit", "done=done_survey_saved");
        maker.get("/surveys/manage?lang=en").then().statusCode(200).body(containsString(slug))
                .body(containsString("Draft"));
        HttpSession.newStudent().get("/surveys/" + slug).then().statusCode(404);
        maker.postForm("/surveys/manage/new", "/surveys/manage/new", Map.of("slug", slug, "text",
                SurveyManageResource.STARTER)).then().statusCode(400).body(containsString("exists already"));

        maker.postForm("/surveys/" + slug + "/edit", "/surveys/" + slug + "/publish", Map.of()).then()
                .statusCode(303);
        HttpSession student = HttpSession.newStudent();
        student.request().contentType("application/json").body(Map.of("answers", Map.of("overall", 4)))
                .post("/api/v1/surveys/" + slug + "/responses").then().statusCode(201);

        // With a response in, wording may change; the answered question may not go.
        String edited = maker.get("/surveys/" + slug + "/edit?lang=en").then().statusCode(200).extract().asString();
        assertThat(edited).contains("Published", "overall");
        maker.postForm("/surveys/" + slug + "/edit", "/surveys/" + slug + "/edit", Map.of("text",
                SurveyManageResource.STARTER.replace("New survey", "Reading room survey"))).then().statusCode(303);
        String withoutOverall = SurveyManageResource.STARTER.substring(0, SurveyManageResource.STARTER
                .indexOf("      - id: overall")) + SurveyManageResource.STARTER.substring(SurveyManageResource
                        .STARTER.indexOf("      - id: comment"));
        maker.postForm("/surveys/" + slug + "/edit", "/surveys/" + slug + "/edit?lang=en", Map.of("text",
                withoutOverall)).then().statusCode(400).body(containsString("This change would lose answers"));
        student.get("/surveys/" + slug + "?lang=en").then().body(containsString("Reading room survey"));

        // Nobody else changes it; its maker closes it.
        HttpSession other = SurveyFixtures.instructor();
        other.get("/surveys/" + slug + "/edit").then().statusCode(403);
        other.get("/surveys/manage?lang=en").then().body(not(containsString(slug)));
        HttpSession.newStudent().get("/surveys/manage").then().statusCode(403);
        maker.postForm("/surveys/manage", "/surveys/" + slug + "/close", Map.of()).then().statusCode(303);
        HttpSession.newStudent().get("/surveys/" + slug + "?lang=en").then()
                .body(containsString("This survey is closed"));
        // A file's survey is edited in its file.
        HttpSession.admin().get("/surveys/emergency-services-2021/edit").then().statusCode(409);
        HttpSession.admin().get("/surveys/manage?lang=en").then().body(containsString("emergency-services-2021"))
                .body(containsString("from content/"));
    }

    @Test
    void aWholeSurveyFitsTheEditorsForm() throws Exception {
        // The seed survey's file is about 4 KB, twice what a form field takes by default.
        String seed = Files.readString(Path.of("content/surveys/emergency-services-2021.yaml"));
        assertThat(seed.length()).isGreaterThan(2048);
        String slug = "big-" + UUID.randomUUID().toString().substring(0, 8);
        HttpSession.admin().postForm("/surveys/manage/new", "/surveys/manage/new", Map.of("slug", slug, "text",
                seed)).then().statusCode(303);
        HttpSession.admin().get("/surveys/" + slug + "/edit?lang=en").then().statusCode(200)
                .body(containsString("suggestions"));
    }

    @Test
    void aFormMadeWithSurveyJsIsImportedAsADraftOrEachElementItCannotHoldIsNamed() {
        HttpSession maker = SurveyFixtures.instructor();
        String slug = "imp-" + UUID.randomUUID().toString().substring(0, 8);
        Response refused = maker.postForm("/surveys/manage/new?lang=en", "/surveys/manage/import?lang=en",
                Map.of("slug", slug, "json", """
                        {"title": "Odd", "pages": [{"elements": [{"type": "text", "name": "ok"},
                          {"type": "signaturepad", "name": "sign"}]}]}"""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("pages[0].elements[1]", "Resilib has no question of this kind:",
                "signaturepad", "value=\"" + slug + "\"");
        maker.postForm("/surveys/manage/new?lang=en", "/surveys/manage/import?lang=en", Map.of("slug", slug, "json",
                "{not json")).then().statusCode(400).body(containsString("This is not valid JSON:"));
        Response imported = maker.postForm("/surveys/manage/new", "/surveys/manage/import", Map.of("slug", slug,
                "json", SurveyJsTest.FROM_CREATOR));
        assertThat(imported.statusCode()).isEqualTo(303);
        assertThat(imported.header("Location")).contains("/surveys/" + slug + "/edit");
        maker.get("/surveys/" + slug + "/edit?lang=en").then().statusCode(200).body(containsString("Draft"))
                .body(containsString("staff-member"));
        maker.postForm("/surveys/manage/new?lang=en", "/surveys/manage/import?lang=en", Map.of("slug", slug,
                "json", SurveyJsTest.FROM_CREATOR)).then().statusCode(400).body(containsString("exists already"));
    }
}
