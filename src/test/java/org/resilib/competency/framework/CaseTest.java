package org.resilib.competency.framework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

@QuarkusTest
class CaseTest {

    @Test
    void frameworksExportAsCaseAndImportBackUnderANewSlug() {
        String exported = given().get("/api/v1/competency-frameworks/new-media-service/case").then().statusCode(200)
                .extract().asString();
        JsonPath pkg = JsonPath.from(exported);
        assertThat(pkg.getString("CFDocument.title")).isEqualTo("Library new-media service competencies");
        assertThat(pkg.getList("CFItems.humanCodingScheme", String.class)).contains("NM.VIDEO", "NM.SERVICE.TEAMWORK");
        assertThat(pkg.getString("CFAssociations.find { it.originNodeURI.title == 'NM.VIDEO' }.destinationNodeURI.title"))
                .isEqualTo("NM");
        assertThat(given().get("/api/v1/competency-frameworks/new-media-service/case").asString()).isEqualTo(exported);

        String renamed = exported.replace("\"NM", "\"CASE");
        HttpSession admin = HttpSession.admin();
        admin.request().contentType("application/json").body(renamed)
                .put("/api/v1/competency-frameworks/case-copy/case").then().statusCode(201);
        JsonPath frameworks = given().get("/api/v1/competency-frameworks?lang=en").jsonPath();
        assertThat(frameworks.getString("find { it.slug == 'case-copy' }.competencies.find { it.code == 'CASE.VIDEO' }.parent"))
                .isEqualTo("CASE");
        assertThat(frameworks.getString("find { it.slug == 'case-copy' }.competencies.find { it.code == 'CASE.VIDEO' }.name"))
                .isEqualTo("Micro-video production");
        assertThat(frameworks.getList("find { it.slug == 'case-copy' }.levels.level")).containsExactly(1, 2, 3, 4);
        admin.request().contentType("application/json").body(renamed)
                .put("/api/v1/competency-frameworks/case-copy/case").then().statusCode(200);
    }

    @Test
    void malformedPackagesAreRefusedNamingTheItem() {
        HttpSession admin = HttpSession.admin();
        admin.request().contentType("application/json").body(Map.of("CFDocument", Map.of("title", "X"),
                "CFItems", List.of(Map.of("identifier", "a", "fullStatement", "A", "humanCodingScheme", "bad code"))))
                .put("/api/v1/competency-frameworks/broken/case").then().statusCode(400)
                .body("errors[0].field", equalTo("CFItems[0].humanCodingScheme"));
        admin.request().contentType("application/json").body(Map.of("nothing", true))
                .put("/api/v1/competency-frameworks/broken/case").then().statusCode(400)
                .body("errors[0].field", equalTo("CFDocument"));
        admin.request().contentType("application/json").body(Map.of("CFDocument", Map.of("title", "X"),
                "CFItems", List.of(Map.of("identifier", "a", "fullStatement", "A", "humanCodingScheme", "NM.VIDEO"))))
                .put("/api/v1/competency-frameworks/clash/case").then().statusCode(409);
        HttpSession.newStudent().request().contentType("application/json").body(Map.of())
                .put("/api/v1/competency-frameworks/broken/case").then().statusCode(403);
        given().get("/api/v1/competency-frameworks").then().body("slug", Matchers.not(
                Matchers.hasItem("broken")));
    }
}
