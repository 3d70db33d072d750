package org.resilib.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resilib.Eventually;
import org.resilib.HttpSession;
import org.resilib.Statements;
import org.resilib.db.ChangeFeed;

/**
 * Signed-in pages served from shared renders: each person still gets their own name (escaped) and their own CSRF
 * token in the holes, their own progress, and a change to their progress at once on this instance and, by
 * notification, when another instance writes it; a page whose inputs did not change costs no statement.
 */
@QuarkusTest
class PersonalPagesTest {

    private static final String COURSE = "information-needs";
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern FOOTER_NAME = Pattern.compile("<footer class=\"site-footer\">.*?<p>Signed in as"
            + " ([^<]*)</p>", Pattern.DOTALL);

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory emf;

    @Inject
    ChangeFeed feed;

    @Inject
    PersonalPages pages;

    private static HttpSession student(String name) {
        String email = "pp-" + UUID.randomUUID() + "@test.resilib";
        HttpSession s = HttpSession.anonymous();
        s.postForm("/register", "/register", Map.of("email", email, "displayName", name, "password",
                "secret-pass-42", "locale", "en")).then().statusCode(303);
        return s;
    }

    private static String firstModule() {
        return io.restassured.RestAssured.given().get("/api/v1/courses/" + COURSE).then().statusCode(200).extract()
                .path("modules[0].slug");
    }

    private static String footerName(Response page) {
        Matcher m = FOOTER_NAME.matcher(page.asString());
        assertThat(m.find()).as("a footer naming the viewer").isTrue();
        return m.group(1);
    }

    @Test
    void everyoneGetsTheirOwnNameTokenAndProgressFromTheSameRender() {
        String module = "/courses/" + COURSE + "/modules/" + firstModule() + "?lang=en";
        HttpSession ann = student("Ann <b>&</b> \"Q\" 'R'");
        HttpSession bo = student("Bo Li");

        Response annPage = ann.get(module);
        Response boPage = bo.get(module);
        annPage.then().statusCode(200).header("Cache-Control", "private, no-cache");
        boPage.then().statusCode(200);
        // The name goes into the hole escaped as a render would (the profile page is rendered for the person).
        assertThat(footerName(annPage)).isEqualTo("Ann &lt;b&gt;&amp;&lt;/b&gt; &quot;Q&quot; &#39;R&#39;")
                .isEqualTo(footerName(ann.get("/me/profile?lang=en")));
        assertThat(footerName(boPage)).isEqualTo("Bo Li");
        assertThat(annPage.asString()).doesNotContain("\uE000").doesNotContain("Bo Li");
        // Each page carries the token of its own browser: the other's is refused, its own accepted.
        Matcher annToken = CSRF_INPUT.matcher(annPage.asString());
        Matcher boToken = CSRF_INPUT.matcher(boPage.asString());
        assertThat(annToken.find() && boToken.find()).isTrue();
        assertThat(annToken.group(1)).isNotEqualTo(boToken.group(1));
        String done = "/courses/" + COURSE + "/modules/" + firstModule() + "/done";
        bo.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", annToken.group(1))
                .post(done).then().statusCode(400);
        bo.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", boToken.group(1))
                .post(done).then().statusCode(303);

        // Bo's progress shows at once on his pages, and not on Ann's.
        assertThat(bo.get(module).asString()).contains("Mark as not done");
        assertThat(ann.get(module).asString()).doesNotContain("Mark as not done").contains("Mark as done");
        assertThat(bo.get("/?lang=en").asString()).contains("<progress");
        assertThat(ann.get("/?lang=en").asString()).doesNotContain("<progress");
        assertThat(bo.get("/me?lang=en").asString()).contains("href=\"/courses/" + COURSE + "\"");
        // Two dashboards made from the same model (nothing done yet) greet each their own person.
        HttpSession di = student("Di Wu");
        assertThat(ann.get("/me?lang=en").asString()).contains("Welcome back, Ann &lt;b&gt;");
        assertThat(di.get("/me?lang=en").asString()).contains("Welcome back, Di Wu.").doesNotContain("Ann");
    }

    @Test
    void aChangeWrittenByAnotherInstanceArrivesByNotificationAndUnchangedPagesCostNoStatement() {
        String name = "Cy " + UUID.randomUUID();
        HttpSession cy = student(name);
        String slug = firstModule();
        String module = "/courses/" + COURSE + "/modules/" + slug + "?lang=en";
        Eventually.within(Duration.ofSeconds(10), "the change feed live", feed::isLive);
        cy.get(module).then().statusCode(200);
        cy.get("/?lang=en").then().statusCode(200);
        cy.get("/me?lang=en").then().statusCode(200);
        assertThat(Statements.during(emf, () -> {
            cy.get(module).then().statusCode(200);
            cy.get("/?lang=en").then().statusCode(200);
            cy.get("/me?lang=en").then().statusCode(200);
        })).as("statements for three signed-in pages seen before").isZero();
        assertThat(pages.size()).isPositive();

        // Another instance marks the module done: SQL that this one's code never sees; only the trigger's
        // notification can tell it.
        long person = ((Number) em.createNativeQuery("select id from person where display_name = ?1")
                .setParameter(1, name).getSingleResult()).longValue();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into module_progress (person_id,"
                + " module_id) select ?1, m.id from course_module m join course c on c.id = m.course_id"
                + " where c.slug = ?2 and m.slug = ?3").setParameter(1, person).setParameter(2, COURSE)
                .setParameter(3, slug).executeUpdate());
        Eventually.within(Duration.ofSeconds(5), "the other instance's change on the module page",
                () -> cy.get(module).asString().contains("Mark as not done"));
        assertThat(cy.get("/?lang=en").asString()).contains("<progress");

        // And undone again the same way.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from module_progress where"
                + " person_id = ?1").setParameter(1, person).executeUpdate());
        Eventually.within(Duration.ofSeconds(5), "the other instance's undo on the module page",
                () -> cy.get(module).asString().contains("Mark as done"));
    }
}
