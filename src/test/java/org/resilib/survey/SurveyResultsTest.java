package org.resilib.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.Statements;

/** Results as the library reads them: per-option shares, charts with their figures, texts, CSV, who may see. */
@QuarkusTest
class SurveyResultsTest {

    @Inject
    SurveyLoader loader;

    @Inject
    EntityManagerFactory emf;

    @Inject
    EntityManager em;

    static final String SURVEY = """
            title: { en: Desk feedback, zh-CN: 服务台反馈 }
            audience: everyone
            anonymous: %s
            course: information-needs
            pages:
              - questions:
                  - id: channel
                    type: single
                    other: true
                    text: { en: "How did you reach us?" }
                    options:
                      - { id: chat, text: { en: Chat } }
                      - { id: mail, text: { en: Mail } }
                  - id: wants
                    type: multiple
                    text: { en: "What should we add?" }
                    options:
                      - { id: hours, text: { en: Longer hours } }
                      - { id: guides, text: { en: Guides } }
                      - { id: trials, text: { en: Database trials } }
                  - id: agree
                    type: likert
                    points: 5
                    text: { en: The desk }
                    statements:
                      - { id: fast, text: { en: Answers came fast } }
                  - id: recommend
                    type: recommend
                    text: { en: "Would you recommend the desk?" }
                  - id: note
                    type: text
                    text: { en: Anything else }
            """;

    static void answer(String slug, Map<String, Object> answers) {
        HttpSession s = HttpSession.newStudent();
        SurveyFixtures.takeCourse(s, "information-needs");
        s.request().contentType("application/json").body(Map.of("answers", answers))
                .post("/api/v1/surveys/" + slug + "/responses").then().statusCode(201);
    }

    static void fill(String slug, int from, int to) {
        for (int i = from; i < to; i++) {
            answer(slug, Map.of("channel", i % 3 == 0 ? Map.of("option", "other", "other", "WeChat group " + i)
                    : i % 3 == 1 ? "chat" : "mail", "wants", i % 2 == 0 ? List.of("hours", "guides") : List.of("hours"),
                    "agree", Map.of("fast", 1 + i % 5), "recommend", i % 11, "note", i == 0 ? "=HYPERLINK(\"x\")"
                            : "note " + i));
        }
    }

    @Test
    void eachOptionShowsItsShareOfRespondentsInChartsTablesJsonAndCsv() throws Exception {
        String slug = SurveyFixtures.load(loader, SURVEY.formatted("false"));
        fill(slug, 0, 6);
        HttpSession admin = HttpSession.admin();
        JsonPath r = admin.request().get("/api/v1/surveys/" + slug + "/results").then().statusCode(200).extract()
                .jsonPath();
        assertThat(r.getLong("respondents")).isEqualTo(6);
        assertThat(r.getMap("questions.find { it.id == 'wants' }.counts")).containsEntry("hours", 6)
                .containsEntry("guides", 3).containsEntry("trials", 0);
        assertThat(r.getMap("questions.find { it.id == 'channel' }.counts")).containsEntry("other", 2)
                .containsEntry("chat", 2).containsEntry("mail", 2);
        assertThat(r.getDouble("questions.find { it.id == 'recommend' }.recommendScore")).isEqualTo(-100.0);

        String page = admin.get("/surveys/" + slug + "/results?lang=en").then().statusCode(200).extract().asString();
        // A multiple choice: every option's share of the six respondents, not one figure for the question.
        assertThat(page).contains("6 responses.", "<svg", "role=\"img\"", "Longer hours", "6 (100.0%)", "3 (50.0%)",
                "0 (0.0%)", "WeChat group 3", "recommendation score -100", "Answers came fast",
                "Download this chart (SVG)", "What people wrote (6, newest first)");
        Response svg = admin.get("/surveys/" + slug + "/results/wants.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.asString()).startsWith("<?xml").contains("<svg", "Longer hours", "3 (50.0%)");
        admin.get("/surveys/" + slug + "/results/note.svg").then().statusCode(404);

        String csv = admin.get("/api/v1/surveys/" + slug + "/responses.csv").then().statusCode(200).extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFF").contains("response", "person", "channel", "channel.other",
                "wants.hours", "wants.trials", "agree.fast", "recommend", "note");
        assertThat(lines).hasSize(7);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        byte[] xlsx = admin.get("/api/v1/surveys/" + slug + "/responses.xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(7);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).contains("person", "wants.guides", "channel.other");
            boolean formula = false;
            for (Row row : sheet) {
                for (Cell c : row) {
                    formula |= c.getCellType() == CellType.FORMULA;
                }
            }
            assertThat(formula).as("no cell is a formula").isFalse();
            assertThat(sheet.getRow(1).getCell(header.indexOf("recommend")).getCellType()).isEqualTo(CellType.NUMERIC);
        }

        // The instructor of another course may not read them; a student neither.
        HttpSession instructor = SurveyFixtures.instructor();
        instructor.get("/surveys/" + slug + "/results").then().statusCode(403);
        instructor.request().get("/api/v1/surveys/" + slug + "/responses.csv").then().statusCode(403);
        HttpSession.newStudent().get("/surveys/" + slug + "/results").then().statusCode(403);
    }

    @Test
    void anonymousResultsHideSmallGroupsAndCostTheSameStatementsWhateverTheResponses() {
        String slug = SurveyFixtures.load(loader, SURVEY.formatted("true"));
        fill(slug, 0, 3);
        HttpSession admin = HttpSession.admin();
        admin.request().get("/api/v1/surveys/" + slug + "/results?role=student").then().statusCode(200)
                .body("hidden", equalTo(true)).body("questions.size()", equalTo(0));
        assertThat(admin.get("/api/v1/surveys/" + slug + "/responses.csv").asString().lines().findFirst()
                .orElseThrow()).doesNotContain("person");
        long few = Statements.during(emf, () -> admin.get("/surveys/" + slug + "/results").then().statusCode(200));
        fill(slug, 3, 12);
        long more = Statements.during(emf, () -> admin.get("/surveys/" + slug + "/results").then().statusCode(200));
        assertThat(more).as("statements for 12 responses as for 3").isEqualTo(few);
        admin.request().get("/api/v1/surveys/" + slug + "/results?role=student").then().body("hidden",
                equalTo(false)).body("respondents", equalTo(12));
        admin.get("/surveys/" + slug + "/results?role=dean").then().statusCode(400);
        System.out.println("SQL statements for a survey's results page: " + more);
    }

    static Response search(HttpSession s, String slug, String q) {
        return s.request().queryParam("lang", "en").queryParam("q", q).get("/surveys/" + slug + "/results/note/texts");
    }

    /** How many texts the page's list holds. */
    static int listed(String page) {
        String list = page.substring(page.indexOf("<ol class=\"texts\""), page.indexOf("</ol>"));
        return list.split("<li>", -1).length - 1;
    }

    @Test
    void everyTextIsReadAPageAtATimeAndFoundBySearch() {
        String slug = SurveyFixtures.load(loader, SURVEY.formatted("true"));
        fill(slug, 0, 1);
        // Responses as they would be after a busy week: 64 texts, three of them about the 50% discount.
        QuarkusTransaction.requiringNew().run(() -> {
            long survey = ((Number) em.createNativeQuery("select id from survey where slug = ?1").setParameter(1, slug)
                    .getSingleResult()).longValue();
            for (int i = 1; i < 64; i++) {
                String note = i % 20 == 0 ? "The 50% discount for Wiley_" + i : "Note number " + i;
                em.createNativeQuery("insert into survey_response (id, survey_id, submitted_on, respondent_role,"
                        + " answers) values (gen_random_uuid(), ?1, current_date, 'student', cast(?2 as jsonb))")
                        .setParameter(1, survey).setParameter(2, "{\"note\": \"" + note + "\"}").executeUpdate();
            }
        });
        HttpSession admin = HttpSession.admin();
        admin.get("/surveys/" + slug + "/results?lang=en").then().statusCode(200)
                .body(containsString("/surveys/" + slug + "/results/note/texts\">Read and search all 64 texts"));
        String first = admin.get("/surveys/" + slug + "/results/note/texts?lang=en").then().statusCode(200)
                .extract().asString();
        assertThat(first).contains("Texts: 64, newest first.", "Page 1 of 2", "rel=\"next\"");
        assertThat(listed(first)).isEqualTo(50);
        String second = admin.get("/surveys/" + slug + "/results/note/texts?page=2&lang=en").then().statusCode(200)
                .extract().asString();
        assertThat(listed(second)).isEqualTo(14);
        assertThat(second).contains("start=\"51\"", "rel=\"prev\"");
        String found = search(admin, slug, "50% DISCOUNT").then()
                .statusCode(200).extract().asString();
        assertThat(found).contains("Texts containing “50% DISCOUNT”: 3").contains("Wiley_20", "Wiley_40", "Wiley_60")
                .doesNotContain("Note number");
        // % and _ are searched for as themselves.
        assertThat(search(admin, slug, "y_2").asString())
                .contains("Texts containing “y_2”: 1", "Wiley_20");
        assertThat(search(admin, slug, "5%d").asString())
                .contains("Texts containing “5%d”: 0");
        long few = Statements.during(emf, () -> admin.get("/surveys/" + slug + "/results/note/texts?page=2"));
        System.out.println("SQL statements for a page of a question's texts: " + few);
        admin.get("/surveys/" + slug + "/results/channel/texts").then().statusCode(200);
        admin.get("/surveys/" + slug + "/results/agree/texts").then().statusCode(404);
        admin.get("/surveys/" + slug + "/results/note/texts?page=0").then().statusCode(400);
        admin.get("/surveys/" + slug + "/results/note/texts?role=student").then().statusCode(200);
        SurveyFixtures.instructor().get("/surveys/" + slug + "/results/note/texts").then().statusCode(403);
    }
}
