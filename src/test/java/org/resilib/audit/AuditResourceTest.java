package org.resilib.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

@QuarkusTest
class AuditResourceTest {

    @Test
    void adminsReadAndFilterTheAuditLog() {
        HttpSession admin = HttpSession.admin();
        String email = "audit-" + UUID.randomUUID() + "@test.resilib";
        long id = admin.request().contentType("application/json").body(Map.of("email", email, "name", "Aud",
                "password", "long-enough-1", "roles", List.of("student"))).post("/api/v1/admin/users").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        HttpSession person = HttpSession.signIn(email, "long-enough-1");
        long token = person.request().contentType("application/json").body(Map.of("name", "audit <b>me</b>"))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().jsonPath().getLong("id");
        person.request().delete("/api/v1/me/tokens/" + token).then().statusCode(204);
        admin.postForm("/admin/people/" + id, "/admin/people/" + id, Map.of("email", email, "displayName", "Aud",
                "active", "true", "roles", List.of("student", "librarian"))).then().statusCode(303);

        List<String> mine = admin.request().queryParam("actor", email).get("/api/v1/admin/audit").then()
                .statusCode(200).extract().jsonPath().getList("action", String.class);
        assertThat(mine).containsSubsequence("token_revoked", "token_created", "sign_in");
        admin.request().queryParam("action", "roles_changed").get("/api/v1/admin/audit").then().statusCode(200)
                .body("[0].target", equalTo("person:" + id)).body("[0].detail", containsString("librarian"));

        String page = admin.get("/admin/audit?lang=en&actor=" + email).then().statusCode(200).extract().asString();
        assertThat(page).contains("API token created", "API token revoked", "Signed in")
                .contains("audit &lt;b&gt;me&lt;/b&gt;").doesNotContain("audit <b>me</b>");
        // Events read as sentences in the reader's language, people by name; no stored ids or JSON.
        String roles = admin.get("/admin/audit?lang=en&action=roles_changed").then().statusCode(200).extract()
                .asString();
        assertThat(roles).contains("changed the roles of Aud (" + email + ").",
                        "<a href=\"/admin/people/" + id + "\">See Aud (" + email + ")</a>",
                        "Before: Student", "After: Librarian, Student")
                .doesNotContain("person:" + id, "{&quot;", "[&quot;");
        assertThat(admin.get("/admin/audit?lang=en&actor=" + email).asString())
                .contains("Aud (" + email + ") signed in.", "Method: Password", "Name: audit &lt;b&gt;me&lt;/b&gt;");
        assertThat(admin.get("/admin/audit?lang=zh-CN&action=roles_changed").asString())
                .contains("修改了 Aud (" + email + ") 的角色。", "之前: 学生");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(admin.get("/admin/audit?lang=en&action=token_created&from=" + today + "&to=" + today
                + "&actor=" + email).asString()).contains("API token created").doesNotContain("Signed in</td>");
        assertThat(admin.get("/admin/audit?lang=en&actor=" + email + "&to=2001-01-01").asString())
                .contains("No events match.");

        admin.get("/admin/audit?action=drop%20table").then().statusCode(400);
        admin.get("/admin/audit?from=yesterday").then().statusCode(400);
        admin.request().get("/api/v1/admin/audit?page=0").then().statusCode(400).body("errors[0].field",
                equalTo("page"));
        admin.get("/admin/audit?actor=%27%3B%20drop%20table%20audit_event%3B--").then().statusCode(200)
                .body(containsString("No events match."));
        person.get("/admin/audit").then().statusCode(403);
        person.request().get("/api/v1/admin/audit").then().statusCode(403);
    }
}
