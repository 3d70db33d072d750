package org.resilib.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;
import org.resilib.EmbeddedPostgresResource;

/** An admin sets a target, reads the library-wide matrix and heatmap, and sees their own plan; pages pass axe. */
@QuarkusIntegrationTest
class CompetencyJourneyIT extends BrowserTestBase {

    @Test
    void targetsMatrixAndProfile() {
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.getByLabel("Email").fill(EmbeddedPostgresResource.ADMIN_EMAIL);
            page.getByLabel("Password").fill(EmbeddedPostgresResource.ADMIN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

            page.navigate(url("/competencies/targets"));
            Browser.assertAccessible(page);
            page.getByLabel("Competency").selectOption("NM.VIDEO");
            page.getByLabel("Target").fill("3");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Settings saved");

            page.navigate(url("/competencies/matrix?framework=new-media-service"));
            assertThat(page.locator("svg.heatmap")).isVisible();
            Browser.assertAccessible(page);
            Browser.screenshot(page, "desktop-competency-matrix");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Emergency service team")).click();
            page.locator("#code0").selectOption("NM.VIDEO");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose a team")).click();
            assertThat(page.locator("#proposal-heading")).isVisible();
            Browser.assertAccessible(page);

            // A new framework from the browser editor: an invalid code is shown on the form, then corrected.
            page.navigate(url("/competencies/frameworks"));
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New framework")).click();
            String slug = "drill-" + Long.toString(System.nanoTime(), 36);
            page.getByLabel("Short name (slug)").fill(slug);
            page.locator("#title_en").fill("Closure drill");
            page.locator("#code_0").fill("drill one");
            page.locator("#name_en_0").fill("Opening the online desk");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save framework")).click();
            assertThat(page.locator("#code_0-error")).containsText("upper-case letters");
            assertThat(page.locator("#code_0")).hasAttribute("aria-invalid", "true");
            Browser.assertAccessible(page);
            String code = "DRILL" + Long.toString(System.nanoTime(), 36).toUpperCase().replaceAll("[^A-Z]", "");
            page.locator("#code_0").fill(code);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save framework")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Settings saved");
            assertThat(page.locator("legend code")).containsText(code);
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Competencies").setExact(true)).click();
            assertThat(page.locator("main")).containsText("My learning plan");
            Browser.assertAccessible(page);
        }
    }
}
