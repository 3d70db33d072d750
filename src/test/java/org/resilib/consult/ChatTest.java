package org.resilib.consult;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resilib.EventStream;
import org.resilib.HttpSession;
import org.resilib.guide.GuideFixtures;

/** Live chat as visitors and librarians use it: open only while someone on duty is online, and never lost. */
@QuarkusTest
class ChatTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    DutyRota rota;

    @Inject
    Questions questions;

    @Inject
    QuestionHistory history;

    private final List<Long> onDuty = new ArrayList<>();

    @AfterEach
    void offDuty() {
        rota.from(Instant.now().minus(Duration.ofDays(1))).stream().filter(s -> onDuty.contains(s.personId()))
                .forEach(s -> rota.remove(s.id()));
    }

    private static boolean chatOpen() {
        return given().get("/api/v1/consult/availability").then().statusCode(200).extract().jsonPath()
                .getBoolean("chat");
    }

    private long putOnDuty(HttpSession librarian) {
        long id = librarian.get("/api/v1/me").jsonPath().getLong("id");
        String start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        librarian.postForm("/desk/service", "/desk/service/shifts", Map.of("person", String.valueOf(id), "start",
                start, "allDay", "true")).then().statusCode(303);
        onDuty.add(id);
        return id;
    }

    private static Response startChat(HttpSession visitor, String address, Map<String, String> fields) {
        Matcher csrf = CSRF.matcher(visitor.get("/ask").asString());
        assertThat(csrf.find()).isTrue();
        return visitor.request().header("X-Forwarded-For", address)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(fields)
                .formParam("csrf-token", csrf.group(1)).post("/chat");
    }

    @Test
    void withNobodyOnDutyOnlineTheChatIsTheQuestionFormAndNothingTypedIsLost() throws Exception {
        assertThat(chatOpen()).isFalse();
        HttpSession visitor = HttpSession.anonymous();
        visitor.request().get("/chat").then().statusCode(303).header("Location",
                org.hamcrest.Matchers.endsWith("/ask?chat=closed"));
        String ask = visitor.request().queryParam("lang", "en").queryParam("chat", "closed").get("/ask").asString();
        assertThat(ask).contains("No librarian is online for chat just now");
        assertThat(ask).containsPattern("id=\"chat-start\"[^>]* hidden");

        String words = "Is the reading room open on Sunday? " + UUID.randomUUID();
        String refused = startChat(visitor, "198.51.100.77", Map.of("category", "other", "body", words, "email",
                "sunday@example.org")).then().statusCode(409).extract().asString();
        assertThat(refused).contains(words, "sunday@example.org", "action=\"/ask\"");

        // Someone online but not on duty does not open the chat.
        HttpSession offDuty = GuideFixtures.signedIn(GuideFixtures.person("librarian"));
        try (EventStream desk = EventStream.open("/desk/chats/events", offDuty.cookies())) {
            assertThat(desk.await(e -> e.name().equals("chats"), Duration.ofSeconds(5))).isNotNull();
            assertThat(chatOpen()).isFalse();
        }
    }

    @Test
    void aVisitorChatsLiveWithTheLibrarianWhoAcceptedItAndGetsItBackAsAQuestionWhenTheyLeave() throws Exception {
        HttpSession first = GuideFixtures.signedIn(GuideFixtures.person("librarian"));
        HttpSession second = GuideFixtures.signedIn(GuideFixtures.person("librarian"));
        putOnDuty(first);
        putOnDuty(second);
        EventStream firstDesk = EventStream.open("/desk/chats/events", first.cookies());
        EventStream secondDesk = EventStream.open("/desk/chats/events", second.cookies());
        try {
            assertThat(chatOpen()).isTrue();
            HttpSession visitor = HttpSession.anonymous();
            assertThat(visitor.request().queryParam("lang", "en").get("/ask").asString())
                    .doesNotContainPattern("id=\"chat-start\"[^>]* hidden").contains("Chat with a librarian now");

            String subject = "Chat about CNKI " + UUID.randomUUID().toString().substring(0, 6);
            Response started = startChat(visitor, "198.51.100.78", Map.of("category", "resources", "subject",
                    subject, "body", "CNKI asks me to sign in. What now?", "email", "chat@example.org"));
            started.then().statusCode(303);
            Matcher where = Pattern.compile("/chat/(\\d+)\\?t=([A-Za-z0-9_%-]+)").matcher(started.getHeader("Location"));
            assertThat(where.find()).isTrue();
            long id = Long.parseLong(where.group(1));
            String token = where.group(2);
            assertThat(visitor.request().queryParam("t", token).queryParam("lang", "en").get("/chat/" + id)
                    .then().statusCode(200).extract().asString()).contains("Waiting for a librarian",
                            "CNKI asks me to sign in.");
            visitor.request().get("/chat/" + id).then().statusCode(404);
            assertThat(firstDesk.await(e -> e.name().equals("chats") && e.data().contains("\"waiting\":"),
                    Duration.ofSeconds(5))).isNotNull();

            try (EventStream asker = EventStream.open("/chat/" + id + "/events?after=0&t=" + token, Map.of())) {
                assertThat(asker.await(e -> e.name().equals("message") && e.data().contains("CNKI asks me"),
                        Duration.ofSeconds(5))).as("the transcript so far").isNotNull();

                // Two librarians accept at once: one has the chat, the other is told.
                // Both tokens first: a page read after the other's accept would no longer offer the chat.
                List<String> tokens = new ArrayList<>();
                for (HttpSession l : List.of(first, second)) {
                    String list = l.get("/desk/chats").asString();
                    Matcher c = CSRF.matcher(list);
                    assertThat(c.find()).as(() -> questions.byId(id) + " " + history.of(id)).isTrue();
                    tokens.add(c.group(1));
                }
                List<CompletableFuture<Integer>> accepts = new ArrayList<>();
                List<HttpSession> both = List.of(first, second);
                for (int i = 0; i < 2; i++) {
                    HttpSession l = both.get(i);
                    String csrf = tokens.get(i);
                    accepts.add(CompletableFuture.supplyAsync(() -> l.request()
                            .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                            .post("/desk/chats/" + id + "/accept").statusCode()));
                }
                List<Integer> answers = accepts.stream().map(CompletableFuture::join).toList();
                assertThat(answers).containsExactlyInAnyOrder(303, 409);
                HttpSession holder = answers.get(0) == 303 ? first : second;
                EventStream holderDesk = holder == first ? firstDesk : secondDesk;
                HttpSession colleague = holder == first ? second : first;
                assertThat(asker.await(e -> e.name().equals("state") && e.data().contains("\"chat\":\"active\""),
                        Duration.ofSeconds(5))).isNotNull();

                String chatPage = "/desk/chats/" + id;
                Matcher c = CSRF.matcher(holder.get(chatPage).asString());
                assertThat(c.find()).isTrue();
                holder.request().contentType("application/x-www-form-urlencoded").header("X-Requested-With", "fetch")
                        .formParam("csrf-token", c.group(1)).formParam("body", "Use the campus VPN, then CARSI.")
                        .post(chatPage + "/messages").then().statusCode(204);
                assertThat(asker.await(e -> e.name().equals("message") && e.data().contains("campus VPN, then CARSI"),
                        Duration.ofSeconds(5))).as("the answer arrives live").isNotNull();
                colleague.postForm(chatPage, chatPage + "/messages", Map.of("body", "Me too")).then()
                        .statusCode(409);

                Matcher v = CSRF.matcher(visitor.request().queryParam("t", token).get("/chat/" + id).asString());
                assertThat(v.find()).isTrue();
                visitor.request().contentType("application/x-www-form-urlencoded").header("X-Requested-With", "fetch")
                        .formParam("csrf-token", v.group(1)).formParam("t", token).formParam("body", "It works, thanks!")
                        .post("/chat/" + id + "/messages").then().statusCode(204);
                visitor.request().contentType("application/x-www-form-urlencoded").header("X-Requested-With", "fetch")
                        .formParam("csrf-token", v.group(1)).formParam("t", "wrong").formParam("body", "x")
                        .post("/chat/" + id + "/messages").then().statusCode(404);

                // The librarian closes the desk: the chat goes back to the queue as a question.
                holderDesk.close();
                assertThat(asker.await(e -> e.name().equals("state") && e.data().contains("\"chat\":\"ended\""),
                        Duration.ofSeconds(20))).as("handed back").isNotNull();
                JsonPath q = given().queryParam("t", token).get("/api/v1/questions/" + id).then().statusCode(200)
                        .extract().jsonPath();
                assertThat(q.getString("channel")).isEqualTo("chat");
                assertThat(q.getString("state")).isEqualTo("open");
                assertThat(q.getString("assignee")).isNull();
                assertThat(q.getList("messages.body", String.class)).containsExactly(
                        "CNKI asks me to sign in. What now?", "Use the campus VPN, then CARSI.", "It works, thanks!");
                assertThat(colleague.request().queryParam("lang", "en").get("/desk/questions/" + id).asString())
                        .contains("chat handed back to the queue");
            }
        } finally {
            firstDesk.close();
            secondDesk.close();
        }
    }
}
