package org.resilib.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.content.ContentProblem;

@QuarkusTest
class SurveyApiTest {

    @Inject
    SurveyLoader loader;

    @Inject
    EntityManager em;

    static Map<String, Object> answers(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return Map.of("answers", m);
    }

    /** The calls made at once from {@code threads} threads; their answers' statuses, in the calls' order. */
    static List<Integer> allAtOnce(List<Callable<Integer>> calls, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        return statuses;
    }

    static io.restassured.response.Response post(HttpSession s, String slug, Map<String, Object> body) {
        return s.request().contentType("application/json").body(body).post("/api/v1/surveys/" + slug + "/responses");
    }

    @Test
    void theSeedSurveyIsOpenToSignedInReadersWithItsDefinition() {
        HttpSession student = HttpSession.newStudent();
        student.request().get("/api/v1/surveys").then().statusCode(200)
                .body("slug", hasItem("emergency-services-2021"));
        JsonPath d = student.request().header("Accept-Language", "en").get("/api/v1/surveys/emergency-services-2021")
                .then().statusCode(200).body("anonymous", equalTo(true)).body("state", equalTo("open"))
                .extract().jsonPath();
        assertThat(d.getList("pages[0].questions.id")).containsExactly("visited", "channel", "enough", "improve",
                "suggestions");
        assertThat(d.getBoolean("pages[0].questions.find { it.id == 'channel' }.other")).isTrue();
        HttpSession.anonymous().request().get("/api/v1/surveys/emergency-services-2021").then().statusCode(401);
        HttpSession.anonymous().request().get("/api/v1/surveys/no-such-survey").then().statusCode(404);
    }

    @Test
    void eachRefusedAnswerIsNamedAndNothingIsCountedUntilAllAreRight() {
        String slug = SurveyFixtures.load(loader, SurveyFixtures.twoPages("everyone", false));
        HttpSession s = HttpSession.newStudent();
        JsonPath p = post(s, slug, answers("role", "dean", "wishes", List.of("chat", "ebooks", "lectures"),
                "hours", 500, "comment", "x".repeat(201), "nope", "1")).then().statusCode(400).extract().jsonPath();
        assertThat(p.getList("errors.field")).containsExactlyInAnyOrder("answers.role", "answers.wishes",
                "answers.hours", "answers.comment", "answers.nope");
        assertThat(p.getList("errors.code")).contains("survey_answer_unknown_option", "survey_answer_too_many",
                "survey_answer_out_of_range", "survey_answer_too_long", "survey_answer_unknown_question");
        // The follow-up question is required only when shown, and refused when hidden.
        post(s, slug, answers("role", "postgraduate")).then().statusCode(400)
                .body("errors[0].field", equalTo("answers.thesis")).body("errors[0].code",
                        equalTo("survey_answer_required"));
        post(s, slug, answers("role", "undergraduate", "thesis", "Maps")).then().statusCode(400)
                .body("errors[0].code", equalTo("survey_answer_hidden"));
        post(s, slug, answers("role", Map.of("option", "other"))).then().statusCode(400)
                .body("errors[0].code", equalTo("survey_answer_other_missing"));
        post(s, slug, answers("role", Map.of("option", "other", "other", "Visiting scholar"), "hours", "12.5"))
                .then().statusCode(201);
        post(s, slug, answers("role", "undergraduate")).then().statusCode(409)
                .body("code", equalTo("survey_already_answered"));
        s.request().get("/api/v1/surveys/" + slug).then().body("state", equalTo("answered"));
        Object[] row = (Object[]) em.createNativeQuery("select cast(r.answers as text), r.person_id,"
                + " r.submitted_at is not null from survey_response r join survey v on v.id = r.survey_id where"
                + " v.slug = ?1").setParameter(1, slug).getSingleResult();
        assertThat((String) row[0]).contains("Visiting scholar", "12.5");
        assertThat(row[1]).as("a named survey keeps who answered").isNotNull();
        assertThat(row[2]).isEqualTo(true);
    }

    @Test
    void aSurveyWithResponsesOnlyGainsOptionalQuestionsOrNewWording() {
        String yaml = SurveyFixtures.twoPages("everyone", true);
        String slug = SurveyFixtures.load(loader, yaml);
        post(HttpSession.newStudent(), slug, answers("role", "postgraduate", "thesis", "Maps")).then().statusCode(201);
        List<ContentProblem> removed = SurveyFixtures.load(loader, slug, yaml.replace("      - id: thesis\n",
                "      - id: topic\n"));
        assertThat(removed).extracting(ContentProblem::code).containsOnly("survey_change_refused");
        assertThat(removed).extracting(ContentProblem::detail).contains("thesis: removed, but it has answers",
                "topic: new and required, but responses are already in");
        assertThat(SurveyFixtures.load(loader, slug, yaml.replace("type: text\n", "type: longtext\n")))
                .extracting(ContentProblem::detail).containsExactly("thesis: type changed from text to longtext,"
                        + " but it has answers");
        assertThat(SurveyFixtures.load(loader, slug, yaml.replace("Your thesis topic", "Your thesis title")
                .replace("      - id: hours\n", "      - id: visits\n        type: rating\n"
                        + "        text: { en: Visits }\n      - id: hours\n"))).isEmpty();
        HttpSession.newStudent().request().header("Accept-Language", "en").get("/api/v1/surveys/" + slug).then()
                .body("pages[1].questions.id", equalTo(List.of("thesis", "visits", "hours", "comment")));
    }

    @Test
    void studentsOnlyMeansStudents() {
        String slug = SurveyFixtures.load(loader, SurveyFixtures.twoPages("students", false));
        HttpSession admin = HttpSession.admin();
        admin.request().get("/api/v1/surveys/" + slug).then().statusCode(403)
                .body("code", equalTo("survey_wrong_audience"));
        post(admin, slug, answers("role", "undergraduate")).then().statusCode(403);
    }

    /**
     * Anonymous means anonymous: after an anonymous response, no row of any table holds both something of the
     * response and something of the person, and the response itself keeps no person, no time and no address.
     */
    @Test
    @Transactional
    void anAnonymousResponseIsLinkedToNobodyInAnyTable() {
        String slug = SurveyFixtures.load(loader, SurveyFixtures.twoPages("everyone", true));
        HttpSession s = HttpSession.newStudent();
        JsonPath me = s.request().get("/api/v1/me").jsonPath();
        String email = me.getString("email");
        long id = me.getLong("id");
        String secret = "answer-" + UUID.randomUUID();
        post(s, slug, answers("role", "undergraduate", "comment", secret)).then().statusCode(201);
        post(s, slug, answers("role", "undergraduate")).then().statusCode(409);

        Object[] response = (Object[]) em.createNativeQuery("select r.person_id, r.submitted_at, cast(r.id as text),"
                + " r.submitted_on from survey_response r join survey v on v.id = r.survey_id where v.slug = ?1")
                .setParameter(1, slug).getSingleResult();
        assertThat(response[0]).as("no person").isNull();
        assertThat(response[1]).as("no time finer than the day").isNull();
        String responseId = (String) response[2];
        @SuppressWarnings("unchecked")
        List<String> tables = em.createNativeQuery("select quote_ident(table_name) from information_schema.tables"
                + " where table_schema = 'public' and table_type = 'BASE TABLE'").getResultList();
        assertThat(tables).contains("survey_response", "survey_respondent", "audit_event", "person");
        List<String> links = new ArrayList<>();
        String personMarkers = "(?s).*(" + java.util.regex.Pattern.quote(email) + "|person:" + id + "\\b).*";
        for (String table : tables) {
            @SuppressWarnings("unchecked")
            List<String> rows = em.createNativeQuery("select t::text from " + table + " t").getResultList();
            for (String r : rows) {
                boolean ofTheResponse = r.contains(secret) || r.contains(responseId);
                if (ofTheResponse && (r.matches(personMarkers) || table.equals("survey_response")
                        && r.matches("(?s).*," + id + ",.*"))) {
                    links.add(table + ": " + r);
                }
            }
        }
        assertThat(links).as("rows that tie the anonymous answer to its author").isEmpty();
        assertThat(((Number) em.createNativeQuery("select count(*) from survey_respondent where respondent = ?1")
                .setParameter(1, "person:" + id).getSingleResult()).intValue()).as("the ledger knows they answered")
                .isEqualTo(1);
    }

    @Test
    void simultaneousSubmissionsAreCountedExactlyOnce() throws Exception {
        String slug = SurveyFixtures.load(loader, SurveyFixtures.twoPages("everyone", true));
        List<HttpSession> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            people.add(HttpSession.newStudent());
        }
        HttpSession twice = people.get(0);
        List<Callable<Integer>> calls = new ArrayList<>();
        people.forEach(p -> calls.add(() -> post(p, slug, answers("role", "postgraduate", "thesis", "Maps"))
                .statusCode()));
        for (int i = 0; i < 20; i++) {
            calls.add(() -> post(twice, slug, answers("role", "undergraduate")).statusCode());
        }
        List<Integer> statuses = allAtOnce(calls, 24);
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(x -> x == 201).count()).isEqualTo(40);
        long counted = ((Number) em.createNativeQuery("select count(*) from survey_response r join survey v on"
                + " v.id = r.survey_id where v.slug = ?1").setParameter(1, slug).getSingleResult()).longValue();
        assertThat(counted).isEqualTo(40);
    }

    /** A visitor's response to a public survey: their browser's token, from this address. */
    static io.restassured.response.Response visitor(String slug, String token, String address, Object role) {
        return HttpSession.anonymous().request().cookie(SurveyResource.TOKEN_COOKIE, token)
                .header("X-Forwarded-For", address).contentType("application/json")
                .body(answers("role", role)).post("/api/v1/surveys/" + slug + "/responses");
    }

    @Test
    void aThousandSimultaneousVisitorsAreEachCountedOnceAndTheirRepeatsRefused() throws Exception {
        String slug = SurveyFixtures.load(loader, SurveyFixtures.twoPages("public", true));
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String token = "visitor-" + i;
            // A thousand browsers behind a hundred addresses (campus networks), ten each.
            String address = "198.51.100." + (i % 100);
            calls.add(() -> visitor(slug, token, address, "undergraduate").statusCode());
            if (i % 5 == 0) {
                calls.add(() -> visitor(slug, token, address, Map.of("option", "other", "other", "Alumna"))
                        .statusCode());
            }
        }
        Collections.shuffle(calls, new Random(7));
        List<Integer> statuses = allAtOnce(calls, 32);
        assertThat(statuses).hasSize(1200).containsOnly(201, 409);
        assertThat(statuses.stream().filter(x -> x == 201).count()).isEqualTo(1000);
        assertThat(statuses.stream().filter(x -> x == 409).count()).isEqualTo(200);
        Object[] counted = (Object[]) em.createNativeQuery("select (select count(*) from survey_response r where"
                + " r.survey_id = v.id), (select count(*) from survey_respondent l where l.survey_id = v.id),"
                + " (select sum(c.responses) from survey_visitor_count c where c.survey_id = v.id) from survey v"
                + " where v.slug = ?1").setParameter(1, slug).getSingleResult();
        assertThat(((Number) counted[0]).longValue()).as("responses").isEqualTo(1000);
        assertThat(((Number) counted[1]).longValue()).as("ledger").isEqualTo(1000);
        assertThat(((Number) counted[2]).longValue()).as("address counters").isEqualTo(1000);
    }

    @Test
    void oneAddressSendsAtMostItsShareOfVisitorsResponses() {
        String slug = SurveyFixtures.load(loader, SurveyFixtures.twoPages("public", true));
        for (int i = 0; i < 30; i++) {
            visitor(slug, "robot-" + i, "203.0.113.7", "undergraduate").then().statusCode(201);
        }
        visitor(slug, "robot-30", "203.0.113.7", "undergraduate").then().statusCode(429)
                .body("code", equalTo("survey_address_limit"));
        // The refused one left nothing behind, another address answers, and signed-in people are not limited.
        visitor(slug, "robot-30", "203.0.113.8", "undergraduate").then().statusCode(201);
        HttpSession.newStudent().request().header("X-Forwarded-For", "203.0.113.7").contentType("application/json")
                .body(answers("role", "postgraduate", "thesis", "Maps")).post("/api/v1/surveys/" + slug
                        + "/responses").then().statusCode(201);
        Object[] row = (Object[]) em.createNativeQuery("select (select count(*) from survey_response r where"
                + " r.survey_id = v.id), (select count(*) from survey_visitor_count c where c.survey_id = v.id)"
                + " from survey v where v.slug = ?1").setParameter(1, slug).getSingleResult();
        assertThat(((Number) row[0]).longValue()).isEqualTo(32);
        assertThat(((Number) row[1]).longValue()).as("one counter per address and hour, not a row per response")
                .isEqualTo(2);
    }
}
