package org.resilib.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resilib.EmbeddedPostgresResource;

/** An organiser schedules a live session in the browser; a student on a phone finds it and registers. */
@QuarkusIntegrationTest
class SessionJourneyIT extends BrowserTestBase {

    @Test
    void organiserSchedulesAndAStudentRegisters() {
        String title = "Workshop " + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.getByLabel("Email").fill(EmbeddedPostgresResource.ADMIN_EMAIL);
            page.getByLabel("Password").fill(EmbeddedPostgresResource.ADMIN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.navigate(url("/sessions/new"));
            Browser.assertAccessible(page);
            page.getByLabel("Title (English)").fill(title);
            page.getByLabel("Title (Chinese)").fill(title + " 工作坊");
            page.getByLabel("Start (local time)").fill(LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
                    .plusDays(20).withSecond(0).withNano(0).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
            page.getByLabel("Capacity (empty for no limit)").fill("1");
            page.getByLabel("Join URL").fill("https://meeting.tencent.com/dm/journey");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.locator("h1")).hasText(title);
            Browser.assertAccessible(page);
        }
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            page.navigate(url("/register?lang=en"));
            page.getByLabel("Email").fill("live-" + UUID.randomUUID() + "@test.resilib");
            page.getByLabel("Name").fill("Live Learner");
            page.getByLabel("Password").fill("library-2026");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
            // Creating the account signs the person in and says so on their page.
            assertThat(page.locator("[role=status]")).containsText("Your account is ready and you are signed in.");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Live sessions")).click();
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
            assertThat(page.locator("main")).containsText("You are registered");
            assertThat(page.locator("main")).not().containsText("meeting.tencent.com");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "phone-session-registered");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Profile")).click();
            Browser.assertAccessible(page);
            page.navigate(url("/me/calendar"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my calendar link")).click();
            assertThat(page.getByLabel("Calendar link")).hasValue(Pattern.compile("/me/calendar\\.ics\\?token="));
            Browser.assertAccessible(page);
        }
    }
}
