package org.resilib.guide.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.guide.GuideFixtures;

/** The emergency plan and the checklist each declaration starts from it, as admins and librarians use them. */
@QuarkusTest
class PlanTest {

    @AfterEach
    void endWhateverIsOpen() {
        GuideFixtures.endOpen();
    }

    @Test
    void aDeclarationStartsAFreshChecklistThatStaffTickWithTheirNameAndTime() {
        HttpSession admin = HttpSession.admin();
        String task = "Check the reading-room signs " + UUID.randomUUID();
        admin.postForm("/admin/emergency/plan", "/admin/emergency/plan", Map.of("duty", "coordination",
                "titleEn", task, "titleZh", "检查阅览室告示")).then().statusCode(303);
        String plan = admin.request().queryParam("lang", "en").get("/admin/emergency/plan").asString();
        assertThat(plan).contains(task, "Online resources", "Promotion");
        // A task can be changed and deleted: a spare one made for it.
        String spare = "Spare task " + UUID.randomUUID();
        admin.postForm("/admin/emergency/plan", "/admin/emergency/plan", Map.of("duty", "promotion",
                "titleEn", spare)).then().statusCode(303);
        String tasks = admin.request().get("/admin/emergency/plan").asString();
        int form = tasks.lastIndexOf("action=\"/admin/emergency/plan/", tasks.indexOf(spare));
        String spareId = tasks.substring(form + 30, tasks.indexOf('"', form + 30));
        admin.postForm("/admin/emergency/plan", "/admin/emergency/plan/" + spareId, Map.of("duty", "promotion",
                "titleEn", spare + " renamed")).then().statusCode(303);
        assertThat(admin.request().queryParam("lang", "en").get("/admin/emergency/plan").asString())
                .contains(spare + " renamed");
        admin.postForm("/admin/emergency/plan", "/admin/emergency/plan/" + spareId + "/delete", Map.of()).then()
                .statusCode(303);
        assertThat(admin.request().get("/admin/emergency/plan").asString()).doesNotContain(spare);

        long id = GuideFixtures.declare("闭馆 " + task, "Closure " + task);
        String librarianEmail = GuideFixtures.person("librarian");
        HttpSession librarian = GuideFixtures.signedIn(librarianEmail);
        String page = librarian.request().queryParam("lang", "en").get("/emergency/" + id + "/checklist").asString();
        assertThat(page).contains(task, "Check that off-campus access (proxy, WebVPN, CARSI) works", "0 of ");
        int position = positionOf(page, task);

        // Two people tick the same task at once: one record of who did it.
        HttpSession editor = GuideFixtures.signedIn(GuideFixtures.person("editor"));
        List<CompletableFuture<Integer>> both = new ArrayList<>();
        for (HttpSession s : List.of(librarian, editor)) {
            both.add(CompletableFuture.supplyAsync(() -> s.postForm("/emergency/" + id + "/checklist",
                    "/emergency/" + id + "/checklist/" + position, Map.of("done", "true")).statusCode()));
        }
        assertThat(both.stream().map(CompletableFuture::join)).containsOnly(303);
        String after = librarian.request().queryParam("lang", "en").get("/emergency/" + id + "/checklist").asString();
        assertThat(after).contains("1 of ");
        assertThat(after.contains("by " + librarianEmail) ^ after.contains("by editor-")).as("exactly one name")
                .isTrue();

        GuideFixtures.signedIn(GuideFixtures.person("student")).request().get("/emergency/" + id + "/checklist")
                .then().statusCode(403);
        admin.request().contentType("application/json").post("/api/v1/admin/emergencies/" + id + "/end").then()
                .statusCode(200);
        // A form left open from before the end: the checklist no longer offers one, so the token comes elsewhere.
        librarian.postForm("/me/tokens", "/emergency/" + id + "/checklist/" + position, Map.of("done", "false"))
                .then().statusCode(409);
        assertThat(librarian.request().queryParam("lang", "en").get("/emergency/" + id + "/checklist").asString())
                .as("kept as the record").contains("1 of ").doesNotContain("Mark done");

        long next = GuideFixtures.declare("第二次 " + task, "Second " + task);
        assertThat(librarian.request().queryParam("lang", "en").get("/emergency/" + next + "/checklist").asString())
                .as("a fresh checklist").contains(task, "0 of ");
    }

    @Test
    void badTasksAreRefusedNamingTheField() {
        HttpSession admin = HttpSession.admin();
        admin.postForm("/admin/emergency/plan", "/admin/emergency/plan", Map.of("duty", "catering", "titleEn", "x"))
                .then().statusCode(400);
        admin.postForm("/admin/emergency/plan", "/admin/emergency/plan", Map.of("duty", "promotion", "titleEn", ""))
                .then().statusCode(400);
        admin.postForm("/admin/emergency/plan", "/admin/emergency/plan", Map.of("duty", "promotion", "team",
                "999999999", "titleEn", "x")).then().statusCode(400);
        GuideFixtures.signedIn(GuideFixtures.person("librarian")).request().get("/admin/emergency/plan").then()
                .statusCode(403);
    }

    private static int positionOf(String page, String task) {
        int at = page.indexOf("<td>" + task + "</td>");
        int row = page.lastIndexOf("id=\"item-", at);
        return Integer.parseInt(page.substring(row + 9, page.indexOf('"', row + 9)));
    }
}
