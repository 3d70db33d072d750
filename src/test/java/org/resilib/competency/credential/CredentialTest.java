package org.resilib.competency.credential;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.util.Map;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.competency.CompetencyFixtures;

@QuarkusTest
class CredentialTest {

    @Test
    void aProficientLibrarianClaimsAVerifiableBadgeThatAnAdminCanRevoke() throws Exception {
        HttpSession admin = HttpSession.admin();
        HttpSession lib = CompetencyFixtures.librarian();
        long me = CompetencyFixtures.id(lib);
        lib.request().contentType("application/json").body(Map.of("competency", "NM.WECHAT"))
                .post("/api/v1/me/credentials").then().statusCode(409).body("code", equalTo("credential_not_earned"));
        admin.request().contentType("application/json").body(Map.of("level", 3))
                .post("/api/v1/people/" + me + "/competencies/NM.WECHAT/assessments").then().statusCode(201);

        JsonPath issued = lib.request().contentType("application/json").body(Map.of("competency", "NM.WECHAT"))
                .post("/api/v1/me/credentials").then().statusCode(201).extract().jsonPath();
        String id = issued.getString("id");
        String jwt = issued.getString("jwt");
        lib.request().contentType("application/json").body(Map.of("competency", "NM.WECHAT"))
                .post("/api/v1/me/credentials").then().statusCode(200).body("id", equalTo(id));

        JsonWebKeySet jwks = new JsonWebKeySet(given().get("/.well-known/jwks.json").then().statusCode(200)
                .extract().asString());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(jwt);
        jws.setKey(jwks.findJsonWebKey(jws.getKeyIdHeaderValue(), "RSA", "sig", "RS256").getKey());
        assertThat(jws.verifySignature()).isTrue();
        JsonPath vc = JsonPath.from(jws.getPayload());
        assertThat(vc.getList("type", String.class)).containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat(vc.getString("credentialSubject.achievement.name")).isEqualTo("WeChat posts and campaign planning");
        assertThat(vc.getString("id")).isEqualTo("urn:uuid:" + id);
        assertThat(vc.getString("issuer.id")).endsWith("/issuer");
        assertThat(jws.getPayload()).doesNotContain(lib.request().get("/api/v1/me").jsonPath().getString("email"));

        given().get("/api/v1/credentials/" + id).then().statusCode(200).body("revoked", equalTo(false))
                .body("signatureValid", equalTo(true));
        // The level by its name on the framework's scale, and the issue date in the reader's zone, named.
        String page = given().get("/credentials/" + id + "?lang=en").then().statusCode(200).extract().asString();
        assertThat(page).contains("Valid", "<dd>3 · Proficient</dd>").containsPattern(
                "<time datetime=\"[0-9T:.Z-]+\">\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\(Asia/Shanghai\\)</time>");
        assertThat(vc.getString("credentialStatus.type")).isEqualTo("1EdTechRevocationList");
        String listUrl = vc.getString("credentialStatus.id");
        String listPath = URI.create(listUrl).getPath();
        assertThat(listPath).isEqualTo("/credentials/revocation-list");
        JsonPath before = given().get(listPath).then().statusCode(200).extract().jsonPath();
        assertThat(before.getString("id")).isEqualTo(listUrl);
        assertThat(before.getString("issuer")).isEqualTo(vc.getString("issuer.id"));
        assertThat(before.getList("revokedCredentials.id", String.class)).doesNotContain("urn:uuid:" + id);
        given().get(URI.create(vc.getString("issuer.id")).getPath()).then().statusCode(200)
                .body("type[0]", equalTo("Profile")).body("id", equalTo(vc.getString("issuer.id")));
        given().get(URI.create(vc.getString("credentialSubject.achievement.id")).getPath()).then()
                .statusCode(200).body("id", equalTo(vc.getString("credentialSubject.achievement.id")))
                .body("type[0]", equalTo("Achievement"));
        given().get("/achievements/NM.NOPE").then().statusCode(404);

        // Revoking asks first (a page whose form posts again with confirm=yes); nothing is revoked until then.
        admin.postForm("/credentials/" + id, "/credentials/" + id + "/revoke",
                Map.of("reason", "Issued in error <script>")).then().statusCode(200)
                .body(containsString("name=\"confirm\" value=\"yes\""))
                .body(containsString("name=\"reason\" value=\"Issued in error &lt;script&gt;\""));
        given().get("/api/v1/credentials/" + id).then().body("revoked", equalTo(false));
        admin.postForm("/credentials/" + id, "/credentials/" + id + "/revoke",
                Map.of("reason", "Issued in error <script>", "confirm", "yes")).then().statusCode(303);
        given().get("/api/v1/credentials/" + id).then().body("revoked", equalTo(true));
        given().get("/credentials/" + id + "?lang=en").then().body(containsString("revoked"))
                .body(containsString("Issued in error &lt;script&gt;"));
        JsonPath after = given().get(listPath).then().statusCode(200).extract().jsonPath();
        assertThat(after.getList("revokedCredentials.id", String.class)).contains("urn:uuid:" + id);
        assertThat(after.getString("revokedCredentials.find { it.id == 'urn:uuid:" + id + "' }.revocationReason"))
                .isEqualTo("Issued in error <script>");

        // Claiming again issues a new credential; the revoked one stays on the list for verifiers holding it.
        String second = lib.request().contentType("application/json").body(Map.of("competency", "NM.WECHAT"))
                .post("/api/v1/me/credentials").then().statusCode(201).extract().jsonPath().getString("id");
        assertThat(second).isNotEqualTo(id);
        assertThat(given().get(listPath).jsonPath().getList("revokedCredentials.id", String.class))
                .contains("urn:uuid:" + id).doesNotContain("urn:uuid:" + second);
        given().get("/credentials/not-a-uuid").then().statusCode(404);
    }

    @Test
    void unknownCompetenciesAndStudentsAreRefused() {
        HttpSession lib = CompetencyFixtures.librarian();
        lib.request().contentType("application/json").body(Map.of("competency", "NM.NOPE"))
                .post("/api/v1/me/credentials").then().statusCode(400).body("errors[0].field", equalTo("competency"));
        HttpSession.newStudent().request().contentType("application/json").body(Map.of("competency", "NM.WECHAT"))
                .post("/api/v1/me/credentials").then().statusCode(403);
        lib.postForm("/me/competencies", "/credentials/00000000-0000-0000-0000-000000000000/revoke", Map.of())
                .then().statusCode(403);
    }
}
