package org.resilib.consult;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.guide.GuideFixtures;

/** A file sent with a question: checked like authors' uploads, downloaded only by the asker and the desk. */
@QuarkusTest
class AttachmentTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private static Response ask(HttpSession who, String body, String fileName, byte[] data, String type) {
        Matcher csrf = CSRF.matcher(who.get("/ask").asString());
        assertThat(csrf.find()).isTrue();
        return who.request().queryParam("lang", "en").multiPart("csrf-token", csrf.group(1))
                .multiPart("category", "delivery").multiPart("body", body)
                .multiPart("attachment", fileName, data, type).post("/ask");
    }

    @Test
    void aPdfGoesWithTheQuestionAndOnlyItsAskerAndTheDeskCanDownloadIt() {
        HttpSession student = GuideFixtures.signedIn(GuideFixtures.person("student"));
        String words = "Please check the reference list " + UUID.randomUUID();
        String refused = ask(student, words, "list.pdf", "<html><script>x</script>".getBytes(StandardCharsets.UTF_8),
                "application/pdf").then().statusCode(400).extract().asString();
        assertThat(refused).contains("id=\"attachment-error\"", words);

        Response asked = ask(student, words, "../reference list.pdf", PDF, "application/pdf");
        asked.then().statusCode(303);
        String id = asked.getHeader("Location").replaceAll(".*/questions/(\\d+).*", "$1");
        String page = student.request().queryParam("lang", "en").get("/questions/" + id).asString();
        Matcher link = Pattern.compile("href=\"(/questions/" + id + "/attachments/\\d+)\"").matcher(page);
        assertThat(link.find()).as(page).isTrue();
        assertThat(page).contains("reference-list.pdf");

        Response file = student.request().get(link.group(1));
        file.then().statusCode(200).header("Content-Type", org.hamcrest.Matchers.startsWith("application/pdf"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("reference-list.pdf"))
                .header("X-Content-Type-Options", "nosniff");
        assertThat(file.asByteArray()).isEqualTo(PDF);
        GuideFixtures.signedIn(GuideFixtures.person("student")).request().get(link.group(1)).then().statusCode(404);
        HttpSession.anonymous().request().get(link.group(1)).then().statusCode(404);

        HttpSession librarian = GuideFixtures.signedIn(GuideFixtures.person("librarian"));
        String desk = librarian.request().get("/desk/questions/" + id).asString();
        assertThat(desk).contains("/desk/questions/" + id + "/attachments/");
        String deskLink = link.group(1).replace("/questions/", "/desk/questions/");
        assertThat(librarian.request().get(deskLink).then().statusCode(200).extract().asByteArray()).isEqualTo(PDF);
        student.request().get(deskLink).then().statusCode(403);
    }
}
