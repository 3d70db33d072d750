package org.resilib.consult;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.Statements;
import org.resilib.guide.GuideFixtures;

/** The desk's pages run a fixed number of statements, however many questions there are. */
@QuarkusTest
class ConsultStatementsTest {

    @Inject
    EntityManagerFactory emf;

    private static void ask(int n) {
        for (int i = 0; i < n; i++) {
            given().header("X-Forwarded-For", "203.0.113." + (i % 200 + 1)).contentType("application/json")
                    .body(Map.of("category", "other", "body", "Question " + UUID.randomUUID(), "email",
                            "many@example.org")).post("/api/v1/questions").then().statusCode(201);
        }
    }

    /**
     * The statements of the four pages, the fewest of five readings a moment apart: the count covers the whole
     * application, so a background job (the outbox sending the new questions' mail) can only add to a reading.
     */
    private long pages(HttpSession librarian) throws InterruptedException {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            fewest = Math.min(fewest, reading(librarian));
            Thread.sleep(300);
        }
        return fewest;
    }

    private long reading(HttpSession librarian) {
        return Statements.during(emf, () -> {
            librarian.request().queryParam("lang", "en").get("/desk").then().statusCode(200);
            librarian.request().queryParam("lang", "en").get("/consult/report").then().statusCode(200);
            librarian.request().queryParam("lang", "en").get("/desk/chats").then().statusCode(200);
            given().queryParam("lang", "en").get("/ask").then().statusCode(200);
        });
    }

    @Test
    void theQueueTheReportTheChatsAndTheAskPageDoNotGrowWithTheQuestions() throws InterruptedException {
        HttpSession librarian = GuideFixtures.signedIn(GuideFixtures.person("librarian"));
        ask(2);
        pages(librarian);
        long before = pages(librarian);
        ask(12);
        long after = pages(librarian);
        assertThat(after).as("statements for the four pages with 12 more questions").isLessThanOrEqualTo(before + 1);
        assertThat(before).as("statements for the four pages").isLessThan(40);
    }
}
