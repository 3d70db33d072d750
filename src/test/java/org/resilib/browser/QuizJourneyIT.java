package org.resilib.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A student takes a starter quiz on a phone: answers autosave with htmx, then the review shows the result. */
@QuarkusIntegrationTest
class QuizJourneyIT extends BrowserTestBase {

    @Test
    void answersAutosaveAndTheReviewShowsTheResult() {
        try (BrowserContext context = browser.phone()) {
            Page page = context.newPage();
            page.navigate(url("/register?lang=en"));
            String email = "quiz-" + UUID.randomUUID() + "@test.resilib";
            page.getByLabel("Email").fill(email);
            page.getByLabel("Name").fill("Quiz Taker");
            page.getByLabel("Password").fill("library-2026");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
            // Creating the account signs the person in and says so on their page.
            assertThat(page.locator("[role=status]")).containsText("Your account is ready and you are signed in.");

            page.navigate(url("/courses/information-needs"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Take the quiz")).click();
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the quiz")).click();
            assertThat(page.locator("fieldset.question").first()).isVisible();
            // The starter quizzes are translated: an English reader gets English questions (in shuffled order) and
            // no "not translated" note.
            String first = page.locator("fieldset.question").first().textContent();
            org.assertj.core.api.Assertions.assertThat(first).as("an English question").isNotBlank()
                    .doesNotContainPattern("[\\u4e00-\\u9fff]");
            assertThat(page.locator("p.notice")).hasCount(1); // the deadline sentence only, no "not translated"
            // The quiz has a time limit: the time left is counted down on the page (server time is the authority).
            assertThat(page.locator("#countdown")).isVisible();
            assertThat(page.locator("#countdown [role=timer]")).hasText(java.util.regex.Pattern.compile("1[45]:\\d\\d"));
            Browser.assertAccessible(page);

            page.locator("fieldset.question input[type=radio], fieldset.question input[type=checkbox]").first().check();
            assertThat(page.locator("#save-status")).containsText("Saved at");
            Browser.screenshot(page, "phone-quiz-autosaved");

            page.reload();
            assertThat(page.locator("fieldset.question input:checked").first()).isChecked();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit and finish")).click();
            // Submitting uses up the attempt: it is confirmed on a page of its own, which works without JavaScript.
            assertThat(page.locator("h1")).containsText("Submit this attempt?");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit and finish")).click();
            assertThat(page.locator("h1")).containsText("results");
            assertThat(page.locator(".result")).containsText("points");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "phone-quiz-review");
        }
    }

    @Test
    void aChineseReaderGetsTheOriginalQuestionsOnADesktop() {
        try (BrowserContext context = browser.desktop()) {
            Page page = context.newPage();
            page.navigate(url("/register?lang=zh-CN"));
            String email = "quiz-zh-" + UUID.randomUUID() + "@test.resilib";
            page.locator("#email").fill(email);
            page.locator("#displayName").fill("测验者");
            page.locator("#password").fill("library-2026");
            page.locator("form[action='/register'] button[type=submit]").click();
            assertThat(page.locator("[role=status]")).containsText("账号已创建，您已登录。");

            page.navigate(url("/courses/information-needs/quiz?lang=zh-CN"));
            page.locator("form[action$='/quiz/attempts'] button[type=submit]").click();
            org.assertj.core.api.Assertions.assertThat(page.locator("fieldset.question").first().textContent())
                    .as("a Chinese question").containsPattern("[\\u4e00-\\u9fff]");
            assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "desktop-quiz-zh");
        }
    }
}
