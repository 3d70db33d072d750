package org.resilib.competency.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.competency.CompetencyFixtures;

@QuarkusTest
class FrameworkResourceTest {

    static Map<String, String> newFramework(String slug, String prefix) {
        Map<String, String> form = new HashMap<>();
        form.put("slug", slug);
        form.put("title_zh", "应急服务能力");
        form.put("title_en", "Emergency service skills");
        form.put("level_zh_1", "了解");
        form.put("level_en_1", "Aware");
        form.put("level_zh_2", "熟练");
        form.put("level_en_2", "Proficient");
        form.put("level_zh_3", "");
        form.put("proficient", "2");
        form.put("rule_course", "1");
        form.put("rule_quiz_percent", "80");
        form.put("rule_quiz", "2");
        form.put("code_0", prefix);
        form.put("name_en_0", "Emergency service");
        form.put("name_zh_0", "应急服务");
        form.put("code_1", prefix + ".REF");
        form.put("parent_1", prefix);
        form.put("name_en_1", "Online reference");
        form.put("desc_en_1", "Answer questions by chat & mail <b>fast</b>");
        form.put("code_2", "");
        form.put("name_en_2", "");
        return form;
    }

    static JsonPath framework(String slug) {
        List<Map<String, Object>> all = HttpSession.admin().request().get("/api/v1/competency-frameworks").jsonPath()
                .getList("findAll { it.slug == '" + slug + "' }");
        return all.isEmpty() ? null : JsonPath.from(new ObjectMapper().valueToTree(
                all.get(0)).toString());
    }

    @Test
    void anAdminCreatesAFrameworkThenAddsRenamesAndRetiresCompetencies() {
        HttpSession admin = HttpSession.admin();
        String slug = "emergency-" + UUID.randomUUID().toString().substring(0, 6);
        String prefix = "EM" + slug.substring(10).toUpperCase().replaceAll("[^A-Z0-9]", "X");
        prefix = Character.isLetter(prefix.charAt(2)) ? prefix : "EMX" + prefix.substring(2);
        admin.postForm("/competencies/frameworks/new", "/competencies/frameworks/new", newFramework(slug, prefix))
                .then().statusCode(303).header("Location", containsString("/competencies/frameworks/" + slug));
        JsonPath f = framework(slug);
        assertThat(f.getString("title")).isEqualTo("应急服务能力");
        assertThat(f.getList("levels.level", Integer.class)).containsExactly(1, 2);
        assertThat(f.getList("levels.proficient", Boolean.class)).containsExactly(false, true);
        assertThat(f.getList("competencies.code", String.class)).containsExactly(prefix, prefix + ".REF");
        assertThat(f.getString("competencies[1].parent")).isEqualTo(prefix);

        String page = admin.get("/competencies/frameworks/" + slug + "?lang=en").then().statusCode(200).extract()
                .asString();
        assertThat(page).contains("Online reference", "&lt;b&gt;fast&lt;/b&gt;").doesNotContain("detached from");
        assertThat(admin.get("/competencies/frameworks?lang=en").asString()).contains(slug, "in the browser");

        // Rename the second, add a third before it, retire nothing yet; then retire the third.
        Map<String, String> edit = newFramework(slug, prefix);
        edit.remove("slug");
        edit.put("existing_0", "1");
        edit.put("existing_1", "1");
        edit.put("name_en_1", "Online reference desk");
        edit.put("order_0", "1");
        edit.put("order_1", "3");
        edit.put("code_2", prefix + ".ERES");
        edit.put("parent_2", prefix);
        edit.put("name_en_2", "E-reserves");
        edit.put("order_2", "2");
        admin.postForm("/competencies/frameworks/" + slug, "/competencies/frameworks/" + slug, edit).then()
                .statusCode(303);
        f = framework(slug);
        assertThat(f.getList("competencies.code", String.class)).containsExactly(prefix, prefix + ".ERES",
                prefix + ".REF");
        assertThat(admin.get("/competencies/frameworks/" + slug + "?lang=en").asString())
                .contains("Online reference desk");

        edit.put("existing_2", "1");
        edit.put("remove_2", "1");
        admin.postForm("/competencies/frameworks/" + slug, "/competencies/frameworks/" + slug, edit).then()
                .statusCode(303);
        assertThat(framework(slug).getList("competencies.code", String.class)).containsExactly(prefix,
                prefix + ".REF");
        // The CASE export of the edited framework carries the same tree.
        assertThat(admin.request().get("/api/v1/competency-frameworks/" + slug + "/case").jsonPath()
                .getList("CFItems.humanCodingScheme", String.class)).containsExactly(prefix, prefix + ".REF");
    }

    @Test
    void badInputIsShownOnTheFormAndNothingIsSaved() {
        HttpSession admin = HttpSession.admin();
        String slug = "broken-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> form = newFramework(slug, "BRK");
        form.put("code_1", "brk ref");
        form.put("parent_0", "NOPE");
        form.put("rule_quiz", "7");
        form.put("proficient", "3");
        String page = admin.postForm("/competencies/frameworks/new", "/competencies/frameworks/new?lang=en", form)
                .then().statusCode(400).extract().asString();
        assertThat(page).contains("Codes are upper-case letters and digits", "The parent competency does not exist",
                "Give a level of the scale above", "Mark one named level as proficient", "value=\"BRK REF\"",
                "id=\"code_1-error\"");
        assertThat(framework(slug)).isNull();

        Map<String, String> taken = newFramework("new-media-service", "NMX");
        admin.postForm("/competencies/frameworks/new", "/competencies/frameworks/new?lang=en", taken).then()
                .statusCode(409).body(containsString("exists already"));
        Map<String, String> elsewhere = newFramework(slug, "NM");
        elsewhere.put("code_1", "NM.VIDEO");
        admin.postForm("/competencies/frameworks/new", "/competencies/frameworks/new?lang=en", elsewhere).then()
                .statusCode(409).body(containsString("already used in another framework"));
        Map<String, String> badSlug = newFramework("Bad Slug", "BRK");
        admin.postForm("/competencies/frameworks/new", "/competencies/frameworks/new?lang=en", badSlug).then()
                .statusCode(400).body(containsString("lower-case letters, digits and hyphens"));
        assertThat(framework(slug)).isNull();
        admin.get("/competencies/frameworks/no-such-framework").then().statusCode(404);
    }

    @Test
    void onlyAdminsEditFrameworks() {
        HttpSession lib = CompetencyFixtures.librarian();
        lib.get("/competencies/frameworks").then().statusCode(403);
        lib.get("/competencies/frameworks/new-media-service").then().statusCode(403);
        HttpSession.admin().request().get("/competencies/frameworks/new-media-service").then().statusCode(200);
        lib.postForm("/me/competencies", "/competencies/frameworks/new-media-service",
                Map.of("title_en", "Hijacked")).then().statusCode(403);
        RestAssured.given().redirects().follow(false).get("/competencies/frameworks").then()
                .statusCode(Matchers.oneOf(302, 303, 401));
    }

    @Test
    void aFileManagedFrameworkIsRestoredByAContentReloadUnlessDetached() {
        HttpSession admin = HttpSession.admin();
        String path = "/competencies/frameworks/new-media-service";
        String page = admin.get(path + "?lang=en").then().statusCode(200).extract().asString();
        assertThat(page).contains("next content reload replaces it", "Detach from the file");
        Map<String, String> form = formOf(page);
        form.put("name_en_1", "Micro-video production (edited)");
        admin.postForm(path, path, form).then().statusCode(303);
        assertThat(name("NM.VIDEO")).isEqualTo("Micro-video production (edited)");
        reload(admin);
        assertThat(name("NM.VIDEO")).isEqualTo("Micro-video production");

        form.put("detach", "1");
        admin.postForm(path, path, form).then().statusCode(303);
        reload(admin);
        assertThat(name("NM.VIDEO")).isEqualTo("Micro-video production (edited)");
        assertThat(admin.get(path + "?lang=en").asString()).contains("was detached from");

        admin.postForm(path, path + "/reattach", Map.of()).then().statusCode(303);
        reload(admin);
        assertThat(name("NM.VIDEO")).isEqualTo("Micro-video production");
        assertThat(admin.get(path + "?lang=en").asString()).doesNotContain("was detached from");
    }

    private static void reload(HttpSession admin) {
        admin.request().contentType("application/json").post("/api/v1/admin/content/reload").then().statusCode(200);
    }

    private static String name(String code) {
        return HttpSession.admin().request().header("Accept-Language", "en").get("/api/v1/competency-frameworks")
                .jsonPath().getString("competencies.flatten().find { it.code == '" + code + "' }.name");
    }

    /** The editor's current values, as a browser would post them back. */
    private static Map<String, String> formOf(String html) {
        Map<String, String> form = new HashMap<>();
        Matcher inputs = Pattern.compile(
                "<input([^>]*) name=\"([a-z_0-9]+)\"([^>]*)>").matcher(html);
        while (inputs.find()) {
            String attrs = inputs.group(1) + inputs.group(3);
            String name = inputs.group(2);
            if (name.equals("csrf-token") || name.equals("detach") || name.startsWith("remove_")) {
                continue;
            }
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(attrs);
            String v = value.find() ? unescape(value.group(1)) : "";
            if (attrs.contains("type=\"radio\"") && !attrs.contains("checked")) {
                continue;
            }
            form.put(name, v);
        }
        Matcher areas = Pattern.compile(
                "<textarea[^>]* name=\"([a-z_0-9]+)\"[^>]*>([^<]*)</textarea>").matcher(html);
        while (areas.find()) {
            form.put(areas.group(1), unescape(areas.group(2)));
        }
        return form;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
