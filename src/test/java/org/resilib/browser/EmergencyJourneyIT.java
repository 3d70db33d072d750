package org.resilib.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resilib.EmbeddedPostgresResource;
import org.resilib.HttpSession;

/**
 * The day the building closes: an admin declares an emergency; a visitor on a phone sees the banner, opens the
 * guide, finds a database by subject and gets its off-campus link through the library's proxy; the admin ends the
 * emergency and the banner is gone.
 */
@QuarkusIntegrationTest
class EmergencyJourneyIT extends BrowserTestBase {

    private Long resource;

    @AfterEach
    void cleanUp() {
        HttpSession admin = HttpSession.admin();
        if (resource != null) {
            admin.request().delete("/api/v1/resources/" + resource);
        }
        admin.request().contentType("application/json").body(Map.of()).put("/api/v1/admin/off-campus-templates");
        for (Map<String, Object> e : admin.request().get("/api/v1/admin/emergencies").jsonPath()
                .<Map<String, Object>>getList("$")) {
            if (e.get("endedAt") == null) {
                admin.request().contentType("application/json").post("/api/v1/admin/emergencies/" + e.get("id")
                        + "/end");
            }
        }
    }

    @Test
    void aVisitorOnAPhoneFollowsTheBannerToTheGuideAndAProxiedDatabase() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String title = "Library building closed " + tag;
        String subject = "Law " + tag;
        HttpSession admin = HttpSession.admin();
        admin.request().contentType("application/json").body(Map.of("proxyTemplate",
                "https://proxy.lib.example.edu/login?url={url}")).put("/api/v1/admin/off-campus-templates").then()
                .statusCode(200);
        resource = admin.request().contentType("application/json").body(Map.of("slug", "pkulaw-" + tag, "name",
                Map.of("zh-CN", "北大法宝 " + tag, "en", "PKULaw " + tag), "url", "https://www.pkulaw.com/",
                "access", "proxy", "kind", "database", "subjects", List.of(subject)))
                .post("/api/v1/resources").then().statusCode(201).extract().jsonPath().getLong("id");

        try (BrowserContext desk = browser.desktop()) {
            Page page = desk.newPage();
            page.navigate(url("/login"));
            page.getByLabel("Email").fill(EmbeddedPostgresResource.ADMIN_EMAIL);
            page.getByLabel("Password").fill(EmbeddedPostgresResource.ADMIN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.navigate(url("/admin/emergency?lang=en"));
            Browser.assertAccessible(page);
            page.getByLabel("Title (Chinese)").fill("图书馆闭馆 " + tag);
            page.getByLabel("Title (English)").fill(title);
            page.getByLabel("Message (English)").fill("Every service goes on online.");
            page.getByLabel("the library building").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Declare an emergency")).click();
            assertThat(page.locator("[role=status]")).containsText("The emergency is declared");
            assertThat(page.locator(".emergency-banner")).containsText(title);
            Browser.assertAccessible(page);

            try (BrowserContext phone = browser.phone()) {
                Page visitor = phone.newPage();
                visitor.navigate(url("/sessions?lang=en"));
                assertThat(visitor.locator(".emergency-banner")).containsText(title);
                Browser.assertAccessible(visitor);
                visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                        .setName("Open the guide to services during the closure")).click();
                assertThat(visitor.locator("h1")).hasText("Library resources and services during the closure");
                assertThat(visitor.locator("#guide-status")).hasText(title);
                Browser.assertAccessible(visitor);
                Browser.screenshot(visitor, "phone-emergency-guide");
                visitor.navigate(url("/resources?lang=en"));
                visitor.getByLabel("Subject").selectOption(new SelectOption().setLabel(subject));
                visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
                assertThat(visitor.locator("main h2")).hasText("PKULaw " + tag);
                assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                        .setName("Open from off campus"))).hasAttribute("href",
                                "https://proxy.lib.example.edu/login?url=https://www.pkulaw.com/");
                Browser.assertAccessible(visitor);
                Browser.screenshot(visitor, "phone-resource-by-subject");

                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End the emergency")).click();
                assertThat(page.locator("[role=status]")).containsText("The emergency has ended");
                visitor.navigate(url("/sessions?lang=en"));
                assertThat(visitor.locator(".emergency-banner")).hasCount(0);
                assertThat(visitor.locator("main")).not().containsText(title);
            }
        }
    }
}
