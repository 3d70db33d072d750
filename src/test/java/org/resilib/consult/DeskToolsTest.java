package org.resilib.consult;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.guide.GuideFixtures;

/** The desk's tools: saved replies offered on every question, and merging an asker's duplicate question. */
@QuarkusTest
class DeskToolsTest {

    @Inject
    SavedReplies saved;

    @Inject
    EntityManager em;

    @Test
    void aQuestionHandedToAServiceTeamWaitsInTheQueueOfItsMembers() {
        HttpSession member = GuideFixtures.signedIn(GuideFixtures.person("librarian"));
        HttpSession outsider = GuideFixtures.signedIn(GuideFixtures.person("librarian"));
        long memberId = member.get("/api/v1/me").jsonPath().getLong("id");
        String teamName = "Online reference " + UUID.randomUUID().toString().substring(0, 6);
        long team = QuarkusTransaction.requiringNew().call(() -> {
            long id = ((Number) em.createNativeQuery("insert into service_team (name, created_by) values (?1, ?2)"
                    + " returning id").setParameter(1, teamName).setParameter(2, memberId).getSingleResult())
                    .longValue();
            em.createNativeQuery("insert into service_team_member (team_id, person_id, duty) values (?1, ?2,"
                    + " 'online-reference')").setParameter(1, id).setParameter(2, memberId).executeUpdate();
            return id;
        });
        HttpSession student = GuideFixtures.signedIn(GuideFixtures.person("student"));
        long id = Long.parseLong(student.postForm("/ask", "/ask", Map.of("category", "research", "body",
                "Which databases cover law?")).getHeader("Location").replaceAll(".*/questions/(\\d+).*", "$1"));
        outsider.request().contentType("application/json").post("/api/v1/desk/questions/" + id + "/claim").then()
                .statusCode(200);

        String desk = "/desk/questions/" + id;
        assertThat(outsider.postForm(desk, desk + "/team", Map.of("team", "999999999")).then().statusCode(400)
                .extract().asString()).contains("team-error");
        outsider.postForm(desk, desk + "/team", Map.of("team", String.valueOf(team))).then().statusCode(303);
        Questions.Question q = questions.byId(id).orElseThrow();
        assertThat(q.teamId()).isEqualTo(team);
        assertThat(q.assigneeId()).as("back in the team's queue").isNull();

        assertThat(member.request().queryParam("assignee", "my-teams").get("/api/v1/desk/questions").jsonPath()
                .getList("id", Long.class)).contains(id);
        assertThat(outsider.request().queryParam("assignee", "my-teams").get("/api/v1/desk/questions").jsonPath()
                .getList("id", Long.class)).doesNotContain(id);
        assertThat(member.request().queryParam("who", "teams").queryParam("lang", "en").get("/desk").asString())
                .contains("team: " + teamName);
        assertThat(member.request().queryParam("lang", "en").get(desk).asString()).contains("handed to a service team");
        member.request().contentType("application/json").body(Map.of("team", -5)).post("/api/v1/desk/questions/"
                + id + "/assign").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("team"));
    }

    @Inject
    Questions questions;

    @Test
    void aSavedReplyIsOfferedOnEveryQuestionUntilRemoved() {
        HttpSession librarian = GuideFixtures.signedIn(GuideFixtures.person("librarian"));
        String title = "Off-campus access " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(librarian.postForm("/desk/replies", "/desk/replies", Map.of("title", " ", "body", "x",
                "language", "en")).then().statusCode(400).extract().asString()).contains("title-error");
        librarian.postForm("/desk/replies", "/desk/replies", Map.of("title", title, "body",
                "Sign in to the campus VPN, then open the database from the library's list.", "language", "en"))
                .then().statusCode(303);
        HttpSession student = GuideFixtures.signedIn(GuideFixtures.person("student"));
        String id = student.postForm("/ask", "/ask", Map.of("category", "resources", "body", "VPN?"))
                .getHeader("Location").replaceAll(".*/questions/(\\d+).*", "$1");
        String desk = librarian.request().queryParam("lang", "en").get("/desk/questions/" + id).asString();
        assertThat(desk).contains(title, "data-saved-reply=\"Sign in to the campus VPN");
        student.request().get("/desk/replies").then().statusCode(403);

        assertThat(librarian.get("/desk/replies").asString()).contains(title);
        long replyId = saved.all().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow().id();
        librarian.postForm("/desk/replies", "/desk/replies/" + replyId + "/delete", Map.of()).then().statusCode(303);
        assertThat(librarian.request().get("/desk/questions/" + id).asString()).doesNotContain(title);
    }

    @Test
    void aDuplicateOfTheSameAskerIsMergedAndAnotherAskersQuestionIsRefused() {
        HttpSession student = GuideFixtures.signedIn(GuideFixtures.person("student"));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String first = student.postForm("/ask", "/ask", Map.of("category", "delivery", "subject", "Chapter " + tag,
                "body", "Please scan chapter 3.")).getHeader("Location").replaceAll(".*/questions/(\\d+).*", "$1");
        String second = student.postForm("/ask", "/ask", Map.of("category", "delivery", "subject",
                "Chapter again " + tag, "body", "Did you get my request for chapter 3?")).getHeader("Location")
                .replaceAll(".*/questions/(\\d+).*", "$1");
        HttpSession stranger = GuideFixtures.signedIn(GuideFixtures.person("student"));
        String theirs = stranger.postForm("/ask", "/ask", Map.of("category", "delivery", "body", "Mine " + tag))
                .getHeader("Location").replaceAll(".*/questions/(\\d+).*", "$1");

        HttpSession librarian = GuideFixtures.signedIn(GuideFixtures.person("librarian"));
        String desk = "/desk/questions/" + second;
        assertThat(librarian.postForm(desk, desk + "/merge", Map.of("into", theirs)).then().statusCode(400)
                .extract().asString()).contains("into-error");
        librarian.postForm(desk, desk + "/merge", Map.of("into", second)).then().statusCode(400);
        librarian.postForm(desk, desk + "/merge", Map.of("into", first)).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/desk/questions/" + first));

        String merged = librarian.request().queryParam("lang", "en").get("/desk/questions/" + first).asString();
        assertThat(merged).contains("Please scan chapter 3.", "Did you get my request for chapter 3?",
                "a duplicate merged in");
        assertThat(librarian.request().queryParam("lang", "en").get(desk).asString()).contains("Closed",
                "merged into another question");
        assertThat(student.request().get("/questions/" + first).asString())
                .contains("Did you get my request for chapter 3?");
        assertThat(stranger.request().get("/questions/" + theirs).asString()).doesNotContain("chapter 3");
    }
}
