package org.resilib.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The acknowledgement a page shows after a form redirected to it ({@code ?done=done_...}): only the texts of the
 * {@code done_} messages, in the reader's language, announced as a status; any other value shows nothing.
 */
@QuarkusTest
class AcknowledgementTest {

    @Test
    void aDoneMessageIsShownAsAStatus() {
        String page = given().get("/?done=done_badge_revoked&lang=en").asString();
        assertThat(page).contains("<p class=\"success\" role=\"status\">Badge revoked.");
        assertThat(given().get("/?done=done_badge_revoked&lang=zh-CN").asString()).contains("徽章已撤销");
    }

    @Test
    void nothingElseCanBePutOnAPageThroughTheParameter() {
        for (String value : new String[] {"server_error", "done_no_such_message", "done_%3Cscript%3E", ""}) {
            String page = given().urlEncodingEnabled(false).get("/?lang=en&done=" + value).asString();
            assertThat(page).as(value).doesNotContain("class=\"success\"").doesNotContain("<script>")
                    .doesNotContain("Something went wrong");
        }
    }

    @Test
    void everyPageNamesTheSiteIcon() {
        String catalogue = given().get("/?lang=en").asString();
        assertThat(catalogue).contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
        given().get("/favicon.svg").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("image/svg"));
    }
}
