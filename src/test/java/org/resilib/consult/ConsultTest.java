package org.resilib.consult;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resilib.GreenMailResource;
import org.resilib.HttpSession;
import org.resilib.guide.GuideFixtures;

/** Asking a librarian and the reference desk, as askers and librarians use them. */
@QuarkusTest
class ConsultTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void aVisitorAsksGetsAPrivateLinkByMailAndRepliesFromIt() throws Exception {
        HttpSession visitor = HttpSession.anonymous();
        String address = "198.51.100." + (int) (Math.random() * 200 + 1);
        String email = "visitor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String subject = "Off-campus access to CNKI " + UUID.randomUUID().toString().substring(0, 6);

        assertThat(ask(visitor, address, Map.of("category", "astrology", "body", "x", "email", email)).then()
                .statusCode(400).extract().asString()).contains("id=\"category-error\"");
        assertThat(ask(visitor, address, Map.of("category", "resources", "body", "x", "email", "not-an-address"))
                .then().statusCode(400).extract().asString()).contains("id=\"email-error\"");
        ask(visitor, address, Map.of("category", "resources", "body", "  ", "email", email)).then().statusCode(400);
        ask(visitor, address, Map.of("category", "resources", "subject", subject + " bot", "body", "Buy now",
                "email", email, "website", "http://spam.example")).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/ask?sent"));

        Response asked = ask(visitor, address, Map.of("category", "resources", "subject", subject, "body",
                "How do I reach CNKI from home?", "email", email, "name", "Li Hua"));
        asked.then().statusCode(303);
        Matcher where = Pattern.compile("/questions/(\\d+)\\?t=([A-Za-z0-9_-]+)").matcher(asked.getHeader("Location"));
        assertThat(where.find()).isTrue();
        String id = where.group(1);
        String token = where.group(2);
        String page = visitor.request().queryParam("lang", "en").queryParam("t", token).get("/questions/" + id)
                .then().statusCode(200).extract().asString();
        assertThat(page).contains(subject, "How do I reach CNKI from home?", "private link");
        visitor.request().get("/questions/" + id).then().statusCode(404);
        visitor.request().queryParam("t", token.substring(1) + "x").get("/questions/" + id).then().statusCode(404);

        assertThat(GreenMailResource.waitForMail(email, subject)).isTrue();
        String mail = (String) GreenMailResource.mailTo(email, subject).getContent();
        assertThat(mail).contains("/questions/" + id + "?t=" + token);
        assertThat(GreenMailResource.recipientsOf(subject + " bot")).as("the honeypot kept nothing").isEmpty();

        String form = visitor.request().queryParam("t", token).get("/questions/" + id).asString();
        Matcher csrf = CSRF.matcher(form);
        assertThat(csrf.find()).isTrue();
        visitor.request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(Map.of("t",
                token, "body", "I am on the campus VPN already.", "csrf-token", csrf.group(1)))
                .post("/questions/" + id + "/reply").then().statusCode(303);
        assertThat(visitor.request().queryParam("t", token).get("/questions/" + id).asString())
                .contains("I am on the campus VPN already.");
    }

    @Test
    void twoLibrariansClaimingAtOnceOneWinsAndNotesNeverReachTheAsker() throws Exception {
        HttpSession student = GuideFixtures.signedIn(GuideFixtures.person("student"));
        String subject = "E-reserves for HIST101 " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> fields = Map.of("category", "e-reserves", "subject", subject, "body",
                "Where are the readings for HIST101?");
        Response asked = student.postForm("/ask", "/ask", fields);
        asked.then().statusCode(303);
        String id = asked.getHeader("Location").replaceAll(".*/questions/(\\d+).*", "$1");
        assertThat(student.request().get("/me/questions").asString()).contains(subject);
        GuideFixtures.signedIn(GuideFixtures.person("student")).request().get("/questions/" + id).then()
                .statusCode(404);
        student.request().get("/desk").then().statusCode(403);

        List<HttpSession> librarians = List.of(GuideFixtures.signedIn(GuideFixtures.person("librarian")),
                GuideFixtures.signedIn(GuideFixtures.person("librarian")));
        String desk = "/desk/questions/" + id;
        List<CompletableFuture<Integer>> claims = new ArrayList<>();
        for (HttpSession l : librarians) {
            String token = token(l, desk);
            claims.add(CompletableFuture.supplyAsync(() -> l.request().contentType("application/x-www-form-urlencoded")
                    .formParam("csrf-token", token).post(desk + "/claim").statusCode()));
        }
        assertThat(claims.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(303, 409);
        // The one holding it is no longer offered to take it.
        HttpSession winner = librarians.get(0).request().queryParam("lang", "en").get(desk).asString()
                .contains(">Take this question<") ? librarians.get(1) : librarians.get(0);
        HttpSession other = winner == librarians.get(0) ? librarians.get(1) : librarians.get(0);
        assertThat(other.request().queryParam("lang", "en").get(desk).asString()).contains(">Take this question<");

        String secret = "SECRET-NOTE-" + UUID.randomUUID();
        winner.postForm(desk, desk + "/reply", Map.of("body", secret + " reader is in the history dept",
                "internal", "true")).then().statusCode(303);
        winner.postForm(desk, desk + "/reply", Map.of("body", "The readings are under E-reserves, HIST101."))
                .then().statusCode(303);
        winner.postForm(desk, desk + "/reply", Map.of("body", " ")).then().statusCode(400);

        String asker = student.request().queryParam("lang", "en").get("/questions/" + id).asString();
        assertThat(asker).contains("The readings are under E-reserves, HIST101.", "Answered")
                .doesNotContain(secret);
        String email = student.get("/api/v1/me").jsonPath().getString("email");
        assertThat(GreenMailResource.waitForMail(email, "HIST101")).isTrue();
        for (MimeMessage m : GreenMailResource.smtp.getReceivedMessages()) {
            String content = m.getContent() instanceof String text ? text : GreenMailUtil.getWholeMessage(m);
            assertThat(content).as("no mail holds the internal note").doesNotContain(secret);
        }
        String staff = winner.request().queryParam("lang", "en").get(desk).asString();
        assertThat(staff).contains(secret, "Internal note", "taken", "internal note added", "answered");

        winner.postForm(desk, desk + "/close", Map.of()).then().statusCode(303);
        assertThat(student.request().queryParam("lang", "en").get("/questions/" + id).asString()).contains("Closed");
        student.postForm("/questions/" + id, "/questions/" + id + "/reply", Map.of("body", "One more thing."))
                .then().statusCode(303);
        assertThat(winner.request().queryParam("lang", "en").get(desk).asString()).contains("Being answered",
                "the asker replied", "One more thing.");
        assertThat(winner.request().queryParam("lang", "en").queryParam("who", "me").get("/desk").asString())
                .contains(subject);

        // Closed and reopened at the desk; handed to the colleague, who then holds it.
        winner.postForm(desk, desk + "/close", Map.of()).then().statusCode(303);
        winner.postForm(desk, desk + "/reopen", Map.of()).then().statusCode(303);
        assertThat(winner.request().queryParam("lang", "en").get(desk).asString()).contains("reopened");
        long otherId = other.get("/api/v1/me").jsonPath().getLong("id");
        winner.postForm(desk, desk + "/assign", Map.of("assignee", Long.toString(otherId))).then().statusCode(303);
        assertThat(other.request().queryParam("lang", "en").get(desk).asString()).doesNotContain(">Take this question<")
                .contains("handed over");
        winner.postForm(desk, desk + "/assign", Map.of("assignee", "not-a-person")).then().statusCode(400);
    }

    @Test
    void oneAddressAsksTenTimesAnHourAtMost() {
        HttpSession visitor = HttpSession.anonymous();
        String address = "203.0.113." + (int) (Math.random() * 200 + 1);
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            codes.add(ask(visitor, address, Map.of("category", "other", "body", "Question " + i, "email",
                    "many@example.org")).statusCode());
        }
        assertThat(codes.subList(0, 10)).containsOnly(303);
        assertThat(codes.get(10)).isEqualTo(429);
    }

    private static Response ask(HttpSession s, String address, Map<String, String> fields) {
        String token = token(s, "/ask");
        Map<String, String> all = new HashMap<>(fields);
        all.put("csrf-token", token);
        return s.request().redirects().follow(false).header("X-Forwarded-For", address)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(all).post("/ask");
    }

    private static String token(HttpSession s, String page) {
        Matcher m = CSRF.matcher(s.get(page).asString());
        assertThat(m.find()).as("a CSRF token on " + page).isTrue();
        return m.group(1);
    }
}
