package org.resilib.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

/**
 * An instructor creates a two-module course in the browser, watches the live preview, previews it as a learner,
 * publishes it; a student then finds it in the catalogue and studies it. Every page passes axe.
 */
@QuarkusIntegrationTest
class AuthoringJourneyIT extends BrowserTestBase {

    @Test
    void instructorCreatesPreviewsAndPublishesAStudentStudiesIt() {
        String email = "instructor-" + UUID.randomUUID() + "@test.resilib";
        HttpSession.admin().request().contentType("application/json").body(Map.of("email", email, "name",
                "Li Instructor", "password", "long-enough-1", "roles", List.of("instructor")))
                .post("/api/v1/admin/users").then().statusCode(201);
        String slug = "closure-" + Long.toString(System.nanoTime(), 36);
        String title = "Library closure kit " + slug.substring(8);

        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            page.navigate(url("/login?lang=en"));
            page.getByLabel("Email").fill(email);
            page.getByLabel("Password").fill("long-enough-1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Authoring")).click();
            assertThat(page.locator("h1")).hasText("Authoring");
            Browser.assertAccessible(page);
            page.locator("#slug").fill("Bad Slug");
            page.locator("[id='title.en']").fill(title);
            page.locator("[id='title.zh-CN']").fill("闭馆工具包");
            page.locator("[id='summary.en']").fill("What to do when the building closes.");
            page.getByLabel("Dimension").selectOption("ability");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create draft")).click();
            assertThat(page.locator("#slug")).hasAttribute("aria-invalid", "true");
            Browser.assertAccessible(page);
            page.locator("#slug").fill(slug);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create draft")).click();
            assertThat(page.locator("h1")).containsText(title);
            assertThat(page.locator("#state")).containsText("Not published yet");
            Browser.assertAccessible(page);

            addModule(page, "welcome", "Welcome", "欢迎");
            page.locator("[id='body.en']").fill("## Opening the online desk\n\nAnswer chats **within ten minutes**.");
            assertThat(page.locator("#preview-en h2")).hasText("Opening the online desk");
            assertThat(page.locator("#preview-en strong")).hasText("within ten minutes");
            page.locator("[id='body.en']").fill("Try <script>alert(1)</script> this");
            assertThat(page.locator("#preview-en .field-error")).containsText("script");
            page.locator("[id='body.en']").fill("## Opening the online desk\n\nAnswer chats **within ten minutes**.");
            page.locator("[id='body.zh-CN']").fill("## 开通线上服务台\n\n十分钟内回复咨询。");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Draft saved");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the course")).first().click();

            addModule(page, "practice", "Practice", "练习");
            page.locator("[id='body.en']").fill("Run a **drill** with your team.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Draft saved");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Preview").setExact(true)).click();
            assertThat(page.locator("article h1")).hasText("Practice");
            assertThat(page.locator("article strong")).hasText("drill");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Previous")).click();
            assertThat(page.locator("article h1")).hasText("Welcome");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the course")).click();

            // One quiz question through the question editor, previewed as learners see it.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit questions")).click();
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create")).click();
            page.locator("#title").fill("desk");
            page.locator("#text").fill("How fast should chats be answered?");
            page.locator("#answer_0").fill("Within ten minutes");
            page.locator("#percent_0").fill("100");
            page.locator("#answer_1").fill("The next day");
            page.locator("#percent_1").fill("0");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show preview")).click();
            assertThat(page.locator("section[aria-labelledby=preview-title] .choice")).hasCount(2);
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save question")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Draft saved");
            page.navigate(url("/author/courses/" + slug));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Published");
            assertThat(page.locator("section[aria-labelledby=history] tbody tr")).hasCount(1);
            Browser.assertAccessible(page);
            Browser.screenshot(page, "desktop-course-editor");
        }

        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            String student = "reader-" + UUID.randomUUID() + "@test.resilib";
            HttpSession.anonymous().postForm("/register", "/register", Map.of("email", student, "displayName",
                    "Zhao Reader", "password", "library-2026", "locale", "en")).then().statusCode(303);
            page.navigate(url("/login?lang=en"));
            page.getByLabel("Email").fill(student);
            page.getByLabel("Password").fill("library-2026");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.navigate(url("/"));
            page.getByLabel("Search courses").fill("closure kit " + slug.substring(8));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show courses")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
            assertThat(page.locator("h1")).hasText(title);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start this course")).click();
            assertThat(page.locator("article h1")).hasText("Welcome");
            assertThat(page.locator("article strong")).hasText("within ten minutes");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as done and continue")).click();
            assertThat(page.locator("article h1")).hasText("Practice");
        }
    }

    private static void addModule(Page page, String slug, String en, String zh) {
        if (!page.locator("#module-slug").isVisible()) {
            page.getByText("Add a module").click();
        }
        page.locator("#module-slug").fill(slug);
        page.locator("#module-title-en").fill(en);
        page.locator("#module-title-zh").fill(zh);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add module")).click();
        assertThat(page.locator("h1")).hasText("Edit module: " + en);
    }
}
