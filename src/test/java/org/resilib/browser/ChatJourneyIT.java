package org.resilib.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.guide.GuideFixtures;

/**
 * Ask a librarian, live: a visitor on a phone opens the chat while a librarian on duty has the desk open, asks, and
 * gets the answer as it is written; the librarian ends the chat and turns it into an FAQ entry; once the librarian
 * has left, the visitor's chat button is gone and the same form sends a question.
 */
@QuarkusIntegrationTest
class ChatJourneyIT extends BrowserTestBase {

    private static boolean chatOpen() {
        return given().get("/api/v1/consult/availability").jsonPath().getBoolean("chat");
    }

    private static void waitFor(boolean open) throws InterruptedException {
        for (int i = 0; i < 100 && chatOpen() != open; i++) {
            Thread.sleep(200);
        }
        org.assertj.core.api.Assertions.assertThat(chatOpen()).as("chat open").isEqualTo(open);
    }

    @Test
    void aVisitorOnAPhoneChatsWithTheLibrarianOnDutyAndLaterFindsTheForm() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String email = GuideFixtures.person("librarian");
        HttpSession api = GuideFixtures.signedIn(email);
        long librarianId = api.get("/api/v1/me").jsonPath().getLong("id");
        String start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        api.postForm("/desk/service", "/desk/service/shifts", Map.of("person", String.valueOf(librarianId), "start",
                start, "allDay", "true")).then().statusCode(303);

        try (BrowserContext phone = browser.phone()) {
            Page visitor = phone.newPage();
            String question = "How do I read CNKI from home? " + tag;
            try (BrowserContext desktop = browser.desktop()) {
                Page desk = desktop.newPage();
                desk.navigate(url("/login?lang=en"));
                desk.getByLabel("Email").fill(email);
                desk.getByLabel("Password").fill("library-2026");
                desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
                desk.navigate(url("/desk/chats?lang=en"));
                assertThat(desk.locator("h1")).hasText("Live chats");
                waitFor(true);
                Browser.assertAccessible(desk);

                visitor.navigate(url("/ask?lang=en"));
                Locator chatButton = visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                        .setName("Chat with a librarian now"));
                assertThat(chatButton).isVisible();
                visitor.getByLabel("Topic").selectOption(new SelectOption().setLabel("Resources and access"));
                visitor.getByLabel("Your question").fill(question);
                visitor.getByLabel("Email address").fill("reader-" + tag + "@example.org");
                chatButton.click();
                assertThat(visitor.locator("#chat-status")).hasText("Waiting for a librarian to join…");
                assertThat(visitor.locator("#transcript")).containsText(question);
                Browser.assertAccessible(visitor);

                // The waiting chat appears on the desk without a reload.
                desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the chat")).first()
                        .click();
                assertThat(desk.locator("#transcript")).containsText(question);
                assertThat(visitor.locator("#chat-status")).hasText("A librarian is in the chat.");
                desk.getByLabel("Your message").fill("Sign in with the campus VPN first, then open CNKI.");
                desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
                assertThat(visitor.locator("#transcript")).containsText("Sign in with the campus VPN first");
                Browser.screenshot(visitor, "phone-live-chat");
                visitor.getByLabel("Your message").fill("It works now, thank you!");
                visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
                assertThat(desk.locator("#transcript")).containsText("It works now, thank you!");
                Browser.assertAccessible(desk);
                Browser.assertAccessible(visitor);

                desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End the chat")).click();
                assertThat(visitor.locator("#chat-status")).hasText(
                        "The chat has ended. The conversation is kept on the question's page.");
                assertThat(visitor.locator("#chat-form")).isHidden();

                // The answered chat becomes an FAQ entry, written afresh in both languages.
                assertThat(desk.locator(".thread")).containsText("It works now, thank you!");
                desk.getByText("Turn into an FAQ entry").click();
                desk.getByLabel("Question in Chinese").fill("在校外如何访问中国知网？" + tag);
                desk.getByLabel("Answer in Chinese").fill("先连接校园VPN，再打开中国知网。");
                desk.getByLabel("Question in English").fill("How do I use CNKI off campus? " + tag);
                desk.getByLabel("Answer in English").fill("Connect to the campus VPN first, then open CNKI.");
                desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish in the FAQ")).click();
                desk.navigate(url("/faq?lang=en"));
                assertThat(desk.locator("main")).containsText("How do I use CNKI off campus? " + tag);
            }

            // The librarian has left: chat is closed, and the same form sends a question instead.
            waitFor(false);
            visitor.navigate(url("/ask?lang=en"));
            assertThat(visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Chat with a librarian now"))).isHidden();
            visitor.getByLabel("Topic").selectOption(new SelectOption().setLabel("Resources and access"));
            visitor.getByLabel("Your question").fill("And Wanfang? " + tag);
            visitor.getByLabel("Email address").fill("reader-" + tag + "@example.org");
            visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the question")).click();
            assertThat(visitor.locator("main")).containsText("And Wanfang? " + tag);
            Browser.assertAccessible(visitor);
        }
    }
}
