package org.resilib.competency.framework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.competency.PublishedSchemas;

/**
 * CASE 1.1 packages as other CASE tools read them: every shipped framework's export against 1EdTech's CFPackage
 * schema, and a round trip through the import that keeps every language and the tree.
 */
@QuarkusTest
class CaseConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyShippedFrameworkExportsAsAValidCfPackage() throws IOException {
        List<String> slugs = shipped();
        assertThat(slugs).contains("information-literacy", "new-media-service");
        for (String slug : slugs) {
            String pkg = export(slug);
            assertThat(PublishedSchemas.errors(PublishedSchemas.CF_PACKAGE, pkg)).as(slug).isEmpty();
            assertThat(JSON.readTree(pkg).get("CFItems")).as(slug).hasSize(source(slug).get("competencies").size());
        }
    }

    @Test
    void theSchemaRefusesADocumentUriStringOnAnItem() throws IOException {
        // What exports used to carry on every item; a CFItem in a package has no CFDocumentURI at all.
        ObjectNode pkg = (ObjectNode) JSON.readTree(export("new-media-service"));
        ((ObjectNode) pkg.get("CFItems").get(0)).put("CFDocumentURI", pkg.get("CFDocument").get("identifier").asText());
        assertThat(PublishedSchemas.errors(PublishedSchemas.CF_PACKAGE, pkg)).anyMatch(e -> e.contains("CFDocumentURI"));
    }

    @Test
    void aRoundTripKeepsEveryLanguageAndTheTree() throws IOException {
        String exported = export("new-media-service");
        // A CASE consumer reads English in CASE's own fields, says so in language, and finds the Chinese texts
        // under the item's extensions.
        JsonPath pkg = JsonPath.from(exported);
        String video = "CFItems.find { it.humanCodingScheme == 'NM.VIDEO' }";
        assertThat(pkg.getString(video + ".fullStatement")).isEqualTo("Micro-video production");
        assertThat(pkg.getString(video + ".language")).isEqualTo("en");
        assertThat(pkg.getString(video + ".notes")).isEqualTo("Plan, record, edit and publish 1–3 minute library videos.");
        assertThat(pkg.getString(video + ".extensions.translations.zh-CN.fullStatement")).isEqualTo("微视频制作");
        assertThat(pkg.getString("CFDocument.extensions.translations.zh-CN.title")).isEqualTo("图书馆员新媒体服务能力框架");

        // Imported under new codes into a new framework, and exported again: the same texts in both languages and
        // the same tree as the framework file.
        HttpSession admin = HttpSession.admin();
        admin.request().contentType("application/json").body(exported.replace("\"NM", "\"RT"))
                .put("/api/v1/competency-frameworks/case-round-trip/case").then().statusCode(201);
        String again = export("case-round-trip");
        assertThat(PublishedSchemas.errors(PublishedSchemas.CF_PACKAGE, again)).isEmpty();
        JsonNode file = source("new-media-service");
        assertSameFramework(JSON.readTree(again), file, "NM", "RT");

        // The texts are the framework's, not only the package's: the catalogue and the editor show them.
        JsonPath zh = given().get("/api/v1/competency-frameworks?lang=zh-CN").jsonPath();
        assertThat(zh.getString("find { it.slug == 'case-round-trip' }.title")).isEqualTo("图书馆员新媒体服务能力框架");
        assertThat(zh.getString("find { it.slug == 'case-round-trip' }.competencies.find { it.code == 'RT.VIDEO' }.name"))
                .isEqualTo("微视频制作");
        assertThat(admin.get("/competencies/frameworks/case-round-trip").then().statusCode(200).extract().asString())
                .contains("策划、拍摄、剪辑并发布 1–3 分钟的图书馆微视频。", "Plan, record, edit and publish 1–3 minute library videos.");

        // Imported again over itself, nothing changes.
        admin.request().contentType("application/json").body(again)
                .put("/api/v1/competency-frameworks/case-round-trip/case").then().statusCode(200);
        assertSameFramework(JSON.readTree(export("case-round-trip")), file, "NM", "RT");
    }

    @Test
    void aSingleLanguagePackageFromElsewhereIsReadInTheLanguageItDeclares() throws IOException {
        // As another CASE tool publishes one: a Chinese framework (ISO 639-2 "chi" on the document), one item in
        // English, the CFDocumentURI that tools often add to items, no translations.
        String doc = "c0a8f1e2-0000-4000-8000-000000000001";
        Map<String, Object> pkg = Map.of(
                "CFDocument", Map.of("identifier", doc, "uri", "https://case.example.edu/doc", "creator", "Example",
                        "title", "馆员数字技能", "language", "chi", "lastChangeDateTime", "2026-01-05T08:00:00Z"),
                "CFItems", List.of(
                        Map.of("identifier", "c0a8f1e2-0000-4000-8000-000000000002", "uri",
                                "https://case.example.edu/item/2", "humanCodingScheme", "TP", "fullStatement", "数字技能",
                                "notes", "在数字环境中工作。", "lastChangeDateTime", "2026-01-05T08:00:00Z",
                                "CFDocumentURI", Map.of("title", "馆员数字技能", "identifier", doc, "uri",
                                        "https://case.example.edu/doc")),
                        Map.of("identifier", "c0a8f1e2-0000-4000-8000-000000000003", "uri",
                                "https://case.example.edu/item/3", "humanCodingScheme", "TP.DATA", "fullStatement",
                                "Research data support", "language", "en-GB", "lastChangeDateTime",
                                "2026-01-05T08:00:00Z")),
                "CFAssociations", List.of(Map.of("identifier", "c0a8f1e2-0000-4000-8000-000000000004", "uri",
                        "https://case.example.edu/association/4", "associationType", "isChildOf",
                        "lastChangeDateTime", "2026-01-05T08:00:00Z",
                        "originNodeURI", Map.of("title", "TP.DATA", "identifier", "c0a8f1e2-0000-4000-8000-000000000003",
                                "uri", "https://case.example.edu/item/3"),
                        "destinationNodeURI", Map.of("title", "TP", "identifier", "c0a8f1e2-0000-4000-8000-000000000002",
                                "uri", "https://case.example.edu/item/2"))));
        HttpSession.admin().request().contentType("application/json").body(pkg)
                .put("/api/v1/competency-frameworks/case-third-party/case").then().statusCode(201);

        String frameworks = "find { it.slug == 'case-third-party' }";
        JsonPath zh = given().get("/api/v1/competency-frameworks?lang=zh-CN").jsonPath();
        assertThat(zh.getString(frameworks + ".title")).isEqualTo("馆员数字技能");
        assertThat(zh.getString(frameworks + ".competencies.find { it.code == 'TP' }.name")).isEqualTo("数字技能");
        JsonPath en = given().get("/api/v1/competency-frameworks?lang=en").jsonPath();
        assertThat(en.getString(frameworks + ".competencies.find { it.code == 'TP.DATA' }.name"))
                .isEqualTo("Research data support");
        assertThat(en.getString(frameworks + ".competencies.find { it.code == 'TP.DATA' }.parent")).isEqualTo("TP");

        String exported = export("case-third-party");
        assertThat(PublishedSchemas.errors(PublishedSchemas.CF_PACKAGE, exported)).isEmpty();
        JsonPath out = JsonPath.from(exported);
        assertThat(out.getString("CFDocument.language")).isEqualTo("zh-CN");
        assertThat(out.getString("CFDocument.title")).isEqualTo("馆员数字技能");
        assertThat(out.getString("CFItems.find { it.humanCodingScheme == 'TP' }.language")).isEqualTo("zh-CN");
        assertThat(out.getString("CFItems.find { it.humanCodingScheme == 'TP' }.notes")).isEqualTo("在数字环境中工作。");
        assertThat(out.getString("CFItems.find { it.humanCodingScheme == 'TP.DATA' }.language")).isEqualTo("en");
        assertThat(out.getMap("CFItems.find { it.humanCodingScheme == 'TP.DATA' }")).doesNotContainKey("extensions");
    }

    /** The package holds the file's title, and each competency with its parent, names and descriptions. */
    private static void assertSameFramework(JsonNode pkg, JsonNode file, String fromPrefix, String toPrefix) {
        assertThat(texts(pkg.get("CFDocument"), "title", "en")).isEqualTo(strings(file.get("title")));
        String docLanguage = pkg.get("CFDocument").get("language").asText();
        Map<String, String> codeById = new HashMap<>();
        Map<String, JsonNode> items = new LinkedHashMap<>();
        for (JsonNode item : pkg.get("CFItems")) {
            codeById.put(item.get("identifier").asText(), item.get("humanCodingScheme").asText());
            items.put(item.get("humanCodingScheme").asText(), item);
        }
        Map<String, String> parents = new HashMap<>();
        for (JsonNode a : pkg.get("CFAssociations")) {
            assertThat(a.get("associationType").asText()).isEqualTo("isChildOf");
            String parent = codeById.get(a.get("destinationNodeURI").get("identifier").asText());
            if (parent != null) {
                parents.put(codeById.get(a.get("originNodeURI").get("identifier").asText()), parent);
            }
        }
        assertThat(items).hasSameSizeAs(file.get("competencies"));
        for (JsonNode c : file.get("competencies")) {
            String code = c.get("code").asText().replaceFirst("^" + fromPrefix, toPrefix);
            JsonNode item = items.get(code);
            assertThat(item).as(code).isNotNull();
            assertThat(texts(item, "fullStatement", docLanguage)).as(code + " name").isEqualTo(strings(c.get("name")));
            assertThat(texts(item, "notes", docLanguage)).as(code + " description")
                    .isEqualTo(strings(c.get("description")));
            assertThat(parents.get(code)).as(code + " parent").isEqualTo(c.hasNonNull("parent")
                    ? c.get("parent").asText().replaceFirst("^" + fromPrefix, toPrefix) : null);
        }
    }

    /** A field's text in every language: the object's own, and each of its {@code extensions.translations}. */
    private static Map<String, String> texts(JsonNode object, String field, String defaultLanguage) {
        Map<String, String> out = new HashMap<>();
        if (object.hasNonNull(field)) {
            out.put(object.path("language").asText(defaultLanguage), object.get(field).asText());
        }
        object.path("extensions").path("translations").properties().forEach(t -> {
            if (t.getValue().hasNonNull(field)) {
                out.put(t.getKey(), t.getValue().get(field).asText());
            }
        });
        return out;
    }

    private static Map<String, String> strings(JsonNode map) {
        Map<String, String> out = new HashMap<>();
        if (map != null) {
            map.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    private static String export(String slug) {
        return given().get("/api/v1/competency-frameworks/" + slug + "/case").then().statusCode(200).extract()
                .asString();
    }

    private static JsonNode source(String slug) throws IOException {
        return YAML.readTree(Path.of("content/competencies", slug + ".yaml").toFile());
    }

    /** The frameworks shipped in content/competencies, by slug. */
    private static List<String> shipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("content/competencies"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        }
    }
}
