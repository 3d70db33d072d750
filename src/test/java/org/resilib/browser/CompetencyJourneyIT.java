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

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Competencies").setExact(true)).click();
            assertThat(page.locator("main")).containsText("My learning plan");
            Browser.assertAccessible(page);
        }
    }
}
