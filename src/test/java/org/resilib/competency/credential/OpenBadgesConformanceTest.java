package org.resilib.competency.credential;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.competency.CompetencyFixtures;
import org.resilib.competency.PublishedSchemas;

/**
 * Issued credentials as an independent verifier checks them: the payload against 1EdTech's AchievementCredential
 * schema, and the VC-JWT rules of the Open Badges 3.0 proof section the schema cannot express.
 */
@QuarkusTest
class OpenBadgesConformanceTest {

    private static final String UUID_URN = "urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    SigningKeys keys;

    @Inject
    EntityManager em;

    @Test
    void anIssuedCredentialMeetsTheSchemaAndTheJwtRulesOfTheSpec() throws Exception {
        HttpSession admin = HttpSession.admin();
        HttpSession lib = CompetencyFixtures.librarian();
        long me = CompetencyFixtures.id(lib);
        String email = lib.request().get("/api/v1/me").jsonPath().getString("email");
        String jwt = earn(admin, lib, me, "NM.SLIDES");

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(jwt);
        Map<String, Object> header = JsonUtil.parseJson(jws.getHeaders().getFullHeaderAsJsonString());
        assertThat(header.keySet()).as("JOSE header: no others are allowed").containsExactlyInAnyOrder("alg", "kid", "typ");
        assertThat(header).containsEntry("alg", "RS256").containsEntry("typ", "JWT");

        // The kid is a URI that dereferences to the public key as a JWK, and that key verifies the signature.
        URI kid = URI.create(jws.getKeyIdHeaderValue());
        assertThat(kid.isAbsolute()).as("kid %s is an absolute URI", kid).isTrue();
        assertThat(kid.getScheme()).isIn("http", "https");
        String jwkJson = given().get(kid.getPath()).then().statusCode(200).contentType("application/json").extract()
                .asString();
        assertThat(JsonUtil.parseJson(jwkJson)).containsEntry("kid", kid.toString()).containsEntry("kty", "RSA")
                .doesNotContainKeys("d", "p", "q", "dp", "dq", "qi");
        PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(jwkJson);
        jws.setKey(jwk.getPublicKey());
        assertThat(jws.verifySignature()).isTrue();
        // The JWKS carries the same key under the same kid.
        JsonWebKey listed = new JsonWebKeySet(given().get("/.well-known/jwks.json").then().statusCode(200).extract()
                .asString()).findJsonWebKey(kid.toString(), "RSA", "sig", "RS256");
        assertThat(listed).isNotNull();
        assertThat(((RSAPublicKey) listed.getKey()).getModulus()).isEqualTo(((RSAPublicKey) jwk.getPublicKey()).getModulus());
        given().get("/issuer/keys/not-our-key").then().statusCode(404);

        String payload = jws.getPayload();
        assertThat(PublishedSchemas.errors(PublishedSchemas.ACHIEVEMENT_CREDENTIAL, payload)).isEmpty();

        Map<String, Object> claims = JsonUtil.parseJson(payload);
        JsonPath vc = JsonPath.from(payload);
        Instant validFrom = Instant.parse(vc.getString("validFrom"));
        assertThat(validFrom.getNano()).as("validFrom in whole seconds").isZero();
        assertThat(vc.getLong("nbf")).isEqualTo(validFrom.getEpochSecond());
        // exp is there exactly when validUntil is, and then equal to it; these credentials do not expire.
        assertThat(claims).doesNotContainKeys("validUntil", "exp");
        assertThat(vc.getString("jti")).isEqualTo(vc.getString("id"));
        assertThat(vc.getString("iss")).isEqualTo(vc.getString("issuer.id"));
        String subject = vc.getString("credentialSubject.id");
        assertThat(subject).matches(UUID_URN);
        assertThat(vc.getString("sub")).isEqualTo(subject);
        assertThat(payload).doesNotContain(email, "Li Librarian");

        // A standard JWT consumer given the dereferenced key accepts it, today and a year from now.
        for (long later : new long[] {0, 365L * 24 * 3600}) {
            JwtConsumer consumer = new JwtConsumerBuilder().setVerificationKey(jwk.getPublicKey())
                    .setExpectedIssuer(vc.getString("issuer.id")).setExpectedSubject(subject).setRequireJwtId()
                    .setRequireNotBefore().setSkipDefaultAudienceValidation()
                    .setEvaluationTime(NumericDate.fromSeconds(Instant.now().getEpochSecond() + later)).build();
            JwtClaims accepted = consumer.processToClaims(jwt);
            assertThat(accepted.getJwtId()).isEqualTo(vc.getString("id"));
        }

        // The subject's id is the person's: the same in their next credential, another for someone else.
        JsonPath second = JsonPath.from(payloadOf(earn(admin, lib, me, "NM.VIDEO")));
        assertThat(second.getString("credentialSubject.id")).isEqualTo(subject);
        assertThat(second.getString("sub")).isEqualTo(subject);
        assertThat(second.getString("jti")).isNotEqualTo(vc.getString("jti"));
        HttpSession other = CompetencyFixtures.librarian();
        String otherSubject = JsonPath.from(payloadOf(earn(admin, other, CompetencyFixtures.id(other), "NM.SLIDES")))
                .getString("sub");
        assertThat(otherSubject).matches(UUID_URN).isNotEqualTo(subject);

        // The holder sees it in their data; anonymising them cuts the link from it to the person.
        assertThat(lib.request().get("/api/v1/me/data").then().statusCode(200).extract().jsonPath()
                .getString("person.credentialSubject")).isEqualTo(subject);
        String edit = "/admin/people/" + me;
        admin.postForm(edit, edit + "/anonymise", Map.of("confirm", "yes")).then().statusCode(303);
        String after = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select 'urn:uuid:' || credential_subject from person where id = ?1").setParameter(1, me)
                .getSingleResult());
        assertThat(after).matches(UUID_URN).isNotEqualTo(subject);
    }

    @Test
    void credentialsSignedUnderTheFormerKeyIdStillVerify() throws Exception {
        // Before the kid was a URI, credentials named the key "resilib-" + the first 16 hex digits of the SHA-256 of
        // its encoded public key. Such a credential, as it is stored:
        RSAPublicKey published = (RSAPublicKey) PublicJsonWebKey.Factory.newPublicJwk(given()
                .get(URI.create(keys.current().kid()).getPath()).then().statusCode(200).extract().asString())
                .getPublicKey();
        String formerKid = "resilib-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(published.getEncoded())).substring(0, 16);
        UUID id = UUID.randomUUID();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("@context", List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        payload.put("id", "urn:uuid:" + id);
        payload.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        payload.put("jti", "urn:uuid:" + id);
        JsonWebSignature old = new JsonWebSignature();
        old.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        old.setKeyIdHeaderValue(formerKid);
        old.setHeader("typ", "JWT");
        old.setPayload(JsonUtil.toJson(payload));
        old.setKey(keys.current().privateKey());
        String jwt = old.getCompactSerialization();
        long holder = CompetencyFixtures.id(CompetencyFixtures.librarian());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into badge_credential (id, person_id,"
                + " code, level, issued_at, jwt) values (?1, ?2, 'NM.WECHAT', 3, now(), ?3)").setParameter(1, id)
                .setParameter(2, holder).setParameter(3, jwt).executeUpdate());

        given().get("/api/v1/credentials/" + id).then().statusCode(200)
                .body("signatureValid", Matchers.equalTo(true));
        // A verifier looking the former kid up in the JWKS still finds the key.
        JsonWebKey listed = new JsonWebKeySet(given().get("/.well-known/jwks.json").asString())
                .findJsonWebKey(formerKid, "RSA", "sig", "RS256");
        assertThat(listed).isNotNull();
        JsonWebSignature check = new JsonWebSignature();
        check.setCompactSerialization(jwt);
        check.setKey(listed.getKey());
        assertThat(check.verifySignature()).isTrue();
    }

    @Test
    void theSchemaCatchesWhatItShould() {
        // The validator is not vacuous: a credential without its achievement, or whose validFrom is no date-time,
        // is refused.
        String missingAchievement = "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\","
                + " \"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"], \"id\": \"urn:uuid:x\","
                + " \"type\": [\"VerifiableCredential\", \"OpenBadgeCredential\"], \"issuer\": {\"id\":"
                + " \"https://example.org/issuer\", \"type\": [\"Profile\"]}, \"validFrom\": \"2026-01-01T00:00:00Z\","
                + " \"credentialSubject\": {\"type\": [\"AchievementSubject\"]}}";
        assertThat(PublishedSchemas.errors(PublishedSchemas.ACHIEVEMENT_CREDENTIAL, missingAchievement))
                .anyMatch(e -> e.contains("achievement"));
        assertThat(PublishedSchemas.errors(PublishedSchemas.ACHIEVEMENT_CREDENTIAL,
                missingAchievement.replace("\"validFrom\": \"2026-01-01T00:00:00Z\"", "\"validFrom\": \"yesterday\"")))
                .anyMatch(e -> e.contains("validFrom"));
    }

    private static String earn(HttpSession admin, HttpSession lib, long person, String code) {
        admin.request().contentType("application/json").body(Map.of("level", 3))
                .post("/api/v1/people/" + person + "/competencies/" + code + "/assessments").then().statusCode(201);
        return lib.request().contentType("application/json").body(Map.of("competency", code))
                .post("/api/v1/me/credentials").then().statusCode(201).extract().jsonPath().getString("jwt");
    }

    private static String payloadOf(String jwt) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(jwt);
        return jws.getUnverifiedPayload();
    }
}
