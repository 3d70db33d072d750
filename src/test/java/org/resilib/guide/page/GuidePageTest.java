package org.resilib.guide.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.Statements;
import org.resilib.content.ContentProblem;
import org.resilib.guide.GuideFixtures;

/** Guide pages as readers meet them, and the loader's rules for content/guides/. */
@QuarkusTest
class GuidePageTest {

    @Inject
    GuideLoader loader;

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory emf;

    @Test
    void theStarterEmergencyGuideIsWhereTheBannerLeadsInBothLanguages() throws Exception {
        given().redirects().follow(false).queryParam("lang", "en").get("/guide").then().statusCode(303)
                .header("Location", endsWith("/guides/emergency?lang=en"));
        long notice = GuideFixtures.notice("Guide notice " + UUID.randomUUID(), "info", "everyone", null, null);
        try {
            String en = GuideFixtures.page("/guides/emergency");
            assertThat(en).contains("Library resources and services during the closure", "Off-campus access",
                    "E-reserves", "Document delivery and interlibrary loan", "Frequently asked questions",
                    "Guide notice ", "/courses/search-and-evaluate");
            String zh = given().queryParam("lang", "zh-CN").get("/guides/emergency").then().statusCode(200).extract()
                    .asString();
            assertThat(zh).contains("闭馆期间图书馆资源与服务指南", "校外访问", "电子教参", "常见问题");
            Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                    .matcher(en);
            assertThat(m.find()).isTrue();
            JsonNode faq = new ObjectMapper().readTree(m.group(1));
            assertThat(faq.path("@type").asText()).isEqualTo("FAQPage");
            assertThat(faq.path("mainEntity").size()).isBetween(6, 8);
            JsonNode first = faq.path("mainEntity").get(0);
            assertThat(first.path("@type").asText()).isEqualTo("Question");
            assertThat(first.path("acceptedAnswer").path("@type").asText()).isEqualTo("Answer");
            assertThat(first.path("acceptedAnswer").path("text").asText()).isNotBlank();
        } finally {
            GuideFixtures.deleteNotice(notice);
        }
        given().get("/api/v1/guides").then().statusCode(200).body("[0].slug", equalTo("emergency"))
                .body("[0].emergency", equalTo(true));
        given().get("/api/v1/guides/emergency").then().statusCode(200).body("sections.size()", equalTo(11))
                .body("sections.find { it.slug == 'off-campus-access' }.embed.access", equalTo("proxy"))
                .body("sections.find { it.slug == 'faq' }.faq", equalTo(true));
        given().get("/guides/no-such-guide").then().statusCode(404);
        assertThat(GuideFixtures.page("/guides")).contains("/guides/emergency");
    }

    @Test
    void brokenGuidesAreReportedWithPathAndLineWhileTheOthersLoad() throws Exception {
        Path root = Files.createTempDirectory("guides");
        String good = "good-" + UUID.randomUUID().toString().substring(0, 8);
        write(root, good + "/guide.yaml", "title: { zh-CN: 好指南, en: A good guide }\nstatus: published\n");
        write(root, good + "/01-intro.md", "---\ntitle: 简介\n---\n正文<script>alert(1)</script>**粗体**\n");
        write(root, good + "/01-intro.en.md", "---\ntitle: Introduction\n---\nBody **bold**\n");
        String bad = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        write(root, bad + "/guide.yaml", "title: { en: Bad }\ncolour: red\n");
        String embed = "embed-" + UUID.randomUUID().toString().substring(0, 8);
        write(root, embed + "/guide.yaml", "title: { en: Embeds }\nlanguage: en\n");
        write(root, embed + "/01-list.md", "---\ntitle: A list\nembed: {list: resources, access: vpn}\n---\nText\n");
        String faq = "faq-" + UUID.randomUUID().toString().substring(0, 8);
        write(root, faq + "/guide.yaml", "title: { en: FAQ }\nlanguage: en\n");
        write(root, faq + "/01-faq.md", "---\ntitle: Questions\nfaq: true\n---\nA preface.\n\n## Why?\n\nBecause.\n");
        String second = "second-" + UUID.randomUUID().toString().substring(0, 8);
        write(root, second + "/guide.yaml", "title: { en: Another emergency guide }\nemergency: true\n");

        List<ContentProblem> problems = loader.load(root);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("guides/" + bad + "/guide.yaml");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.code()).isEqualTo("unknown_key");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("guides/" + embed + "/01-list.md");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.code()).isEqualTo("guide_embed");
            assertThat(p.detail()).isEqualTo("access");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("guides/" + faq + "/01-faq.md");
            assertThat(p.code()).isEqualTo("guide_faq");
            assertThat(p.line()).isEqualTo(7);
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("guides/" + second + "/guide.yaml");
            assertThat(p.code()).isEqualTo("guide_emergency_taken");
        });
        assertThat(problems).noneMatch(p -> p.path().contains(good));

        String page = GuideFixtures.page("/guides/" + good);
        assertThat(page).contains("A good guide", "Introduction", "<strong>bold</strong>").doesNotContain("alert(1)");
        String zh = given().queryParam("lang", "zh-CN").get("/guides/" + good).asString();
        assertThat(zh).contains("好指南", "<strong>粗体</strong>").doesNotContain("<script>alert");
        for (String slug : List.of(bad, embed, faq, second)) {
            given().get("/guides/" + slug).then().statusCode(404);
        }

        Object before = updatedAt(good);
        assertThat(loader.load(root)).as("the same files again: the same problems, nothing else")
                .hasSameSizeAs(problems);
        assertThat(updatedAt(good)).as("an unchanged folder is not written again").isEqualTo(before);
        write(root, good + "/01-intro.en.md", "---\ntitle: Introduction, revised\n---\nBody\n");
        loader.load(root);
        assertThat(GuideFixtures.page("/guides/" + good)).contains("Introduction, revised");
        given().queryParam("lang", "en").get("/guide").then().statusCode(200).body(org.hamcrest.Matchers
                .containsString("Library resources and services during the closure"));
    }

    @Test
    void theGuidePageRunsAFewStatementsHoweverLargeTheDirectory() {
        HttpSession student = GuideFixtures.signedIn(GuideFixtures.person("student"));
        Runnable visitor = () -> given().queryParam("lang", "en").get("/guides/emergency").then().statusCode(200);
        Runnable member = () -> student.request().queryParam("lang", "en").get("/guides/emergency").then()
                .statusCode(200);
        visitor.run();
        member.run();
        long before = Statements.during(emf, visitor);
        long signedIn = Statements.during(emf, member);
        // A request may also read the content epoch when the change feed is not listening at that moment.
        assertThat(before).as("a visitor's guide page, its lists from the snapshots").isLessThanOrEqualTo(4);
        assertThat(signedIn).isLessThanOrEqualTo(6);

        HttpSession editor = GuideFixtures.signedIn(GuideFixtures.person("editor"));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 30; i++) {
            editor.request().contentType("application/json").body(java.util.Map.of("slug", "budget-" + i + "-" + tag,
                    "name", java.util.Map.of("en", "Budget " + i + " " + tag), "url",
                    "https://budget" + i + ".example.org/", "kind", "database", "access", "proxy"))
                    .post("/api/v1/resources").then().statusCode(201);
        }
        try {
            visitor.run();
            member.run();
            assertThat(Statements.during(emf, visitor)).as("30 more resources").isLessThanOrEqualTo(before + 1);
            assertThat(Statements.during(emf, member)).isLessThanOrEqualTo(signedIn + 1);
        } finally {
            for (Object id : given().queryParam("q", tag).get("/api/v1/resources").jsonPath().getList("id")) {
                editor.request().delete("/api/v1/resources/" + id).then().statusCode(204);
            }
        }
    }

    private Object updatedAt(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select updated_at from guide_page"
                + " where slug = ?1").setParameter(1, slug).getSingleResult());
    }

    private static void write(Path root, String relative, String text) throws Exception {
        Path file = root.resolve("guides").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
