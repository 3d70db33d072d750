package org.resilib.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resilib.EmbeddedPostgresResource;

/** A student on a phone finds a course, creates an account, studies a module and sees progress; pages pass axe. */
@QuarkusIntegrationTest
class StudyJourneyIT extends BrowserTestBase {

    @Test
    void studentFindsACourseRegistersStudiesAndSeesProgress() {
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            page.navigate(url("/"));
            assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "phone-catalogue");

            page.getByLabel("搜索课程").fill("版权");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选课程")).click();
            assertThat(page.locator(".cards h3 a")).hasCount(1);
            page.getByLabel("搜索课程").fill("");
            page.getByLabel("领域").selectOption("ethics");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选课程")).click();
            assertThat(page).hasURL(Pattern.compile("dimension=ethics"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("学术诚信")).click();

            assertThat(page.locator("h1")).hasText("学术诚信");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登录后学习本课程")).click();
            assertThat(page.locator("h1")).hasText("登录");
            Browser.assertAccessible(page);

            String email = "phone-" + UUID.randomUUID() + "@test.resilib";
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("立即注册")).click();
            Browser.assertAccessible(page);
            page.getByLabel("邮箱").fill(email);
            page.getByLabel("姓名").fill("王同学");
            page.getByLabel("密码").fill("short");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("注册")).click();
            assertThat(page.locator("#password-error")).isVisible();
            Browser.assertAccessible(page);
            page.getByLabel("密码").fill("library-2026");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("注册")).click();

            // Creating the account signs the student in and brings them back to the course they wanted.
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("账号已创建，您已登录。");
            assertThat(page.locator("h1")).hasText("学术诚信");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始学习本课程")).click();
            assertThat(page.locator("article h1")).hasText("什么是学术不端");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "phone-module");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("标记为完成并继续")).click();
            assertThat(page).hasURL(Pattern.compile("/modules/similarity-reports$"));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的学习")).click();
            assertThat(page.locator("main")).containsText("已完成 1/5 个单元");
            assertThat(page.locator("progress").first()).hasAttribute("value", "20");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "phone-dashboard");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.locator("main")).containsText("1 of 5 modules done");
            page.navigate(url("/"));
            assertThat(page.locator("html")).hasAttribute("lang", "en");
        }
    }

    @Test
    void pagesFitAPhoneScreenWithoutSideways() {
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            for (String path : new String[] {"/", "/courses/search-and-evaluate", "/login", "/register"}) {
                page.navigate(url(path));
                Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
                assertThat(overflow).as(path + " scrolls sideways").isEqualTo(false);
            }
        }
    }

    @Test
    void errorPageAndEnglishCatalogueAreAccessible() {
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            page.navigate(url("/"));
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.locator("h1")).hasText("Courses");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "desktop-catalogue");
            Response missing = page.navigate(url("/courses/no-such-course"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(page.locator("h1")).hasText("Page not found");
            Browser.assertAccessible(page);
        }
    }

    @Test
    void adminPagesWorkAndAreAccessible() {
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.getByLabel("Email").fill(EmbeddedPostgresResource.ADMIN_EMAIL);
            page.getByLabel("Password").fill(EmbeddedPostgresResource.ADMIN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration")).click();
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Course content")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reload content")).click();
            assertThat(page.locator("h2")).hasText("Reload finished");
            Browser.assertAccessible(page);

            page.navigate(url("/admin/people"));
            String email = "desk-" + UUID.randomUUID() + "@test.resilib";
            page.getByLabel("Email").fill(email);
            page.getByLabel("Name").fill("Desk Librarian");
            page.getByLabel("Initial password").fill("library-2026");
            page.getByLabel("Librarian").first().check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person")).click();
            assertThat(page.locator("table")).containsText(email);
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import people from CSV")).click();
            page.getByLabel("CSV file (UTF-8)").setInputFiles(new FilePayload(
                    "people.csv", "text/csv", ("email,name,roles\nimp-" + UUID.randomUUID()
                            + "@test.resilib,Imported,student\nbad-row,Bad,student\n").getBytes()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
            assertThat(page.locator("#report-heading")).hasText("1 of 2 rows imported");
            Browser.assertAccessible(page);
        }
    }
}
