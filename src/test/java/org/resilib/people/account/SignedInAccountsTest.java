package org.resilib.people.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resilib.Eventually;
import org.resilib.HttpSession;
import org.resilib.Statements;
import org.resilib.db.ChangeFeed;
import org.resilib.people.PeopleFixtures;
import org.resilib.people.PeopleFixtures.Someone;

/**
 * Signed-in people's accounts kept in memory: a signed-in request needs no statement to know who is asking, and
 * every change to the person (by an admin here, or written by another instance) takes effect: here on the next
 * request, from elsewhere as soon as its notification arrives; while the change feed is down, every request reads the
 * account again.
 */
@QuarkusTest
class SignedInAccountsTest {

    @Inject
    ChangeFeed feed;

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory emf;

    private long statementsFor(Runnable request) {
        return Statements.during(emf, request);
    }

    private static void health(Someone person) {
        person.session().request().get("/q/health/live").then().statusCode(200);
    }

    private static long id(Someone person) {
        return person.session().request().get("/api/v1/me").then().statusCode(200).extract().<Integer>path("id");
    }

    /** Writes as another instance would: SQL that none of this instance's code paths see. */
    private void elsewhere(String sql, long personId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).setParameter(1, personId)
                .executeUpdate());
    }

    private void awaitLive() {
        Eventually.within(Duration.ofSeconds(20), "the change feed listening", feed::isLive);
    }

    @Test
    void aSignedInRequestNeedsNoStatementToKnowWhoIsAsking() {
        awaitLive();
        Someone student = PeopleFixtures.aStudent();
        health(student);
        assertThat(statementsFor(() -> health(student))).isZero();
        assertThat(statementsFor(() -> student.session().request().get("/api/v1/me").then().statusCode(200)
                .body("email", equalTo(student.email())))).as("the API's own reads only").isLessThanOrEqualTo(1);
    }

    @Test
    void anAdminsChangesTakeEffectOnThePersonsNextRequest() {
        awaitLive();
        Someone person = PeopleFixtures.aStudent();
        long id = id(person);
        health(person);
        HttpSession admin = HttpSession.admin();
        admin.postForm("/admin/people/" + id, "/admin/people/" + id, Map.of("email", person.email(),
                "displayName", "Renamed", "active", "true", "roles", List.of("instructor"))).then().statusCode(303);
        person.session().request().get("/api/v1/me").then().statusCode(200).body("name", equalTo("Renamed"))
                .body("roles", equalTo(List.of("instructor")));

        admin.postForm("/admin/people/" + id, "/admin/people/" + id, Map.of("email", person.email(),
                "displayName", "Renamed", "roles", List.of("instructor"))).then().statusCode(303);
        assertThat(person.session().request().get("/api/v1/me").statusCode()).as("deactivated").isIn(302, 401);
    }

    @Test
    void aChangeWrittenByAnotherInstanceArrivesByNotification() {
        awaitLive();
        Someone person = PeopleFixtures.aStudent();
        long id = id(person);
        health(person);
        assertThat(statementsFor(() -> health(person))).isZero();

        elsewhere("insert into person_role (person_id, role) values (?1, 'librarian')", id);
        Duration seen = Eventually.within(Duration.ofSeconds(2), "the role given elsewhere",
                () -> person.session().request().get("/api/v1/me").<List<String>>path("roles")
                        .contains("librarian"));
        System.out.printf("A role given by another instance took effect here in %d ms%n", seen.toMillis());

        elsewhere("update person set active = false where id = ?1", id);
        Eventually.within(Duration.ofSeconds(2), "the deactivation elsewhere",
                () -> person.session().request().get("/api/v1/me").statusCode() != 200);

        elsewhere("update person set active = true where id = ?1", id);
        Eventually.within(Duration.ofSeconds(2), "the reactivation elsewhere",
                () -> person.session().request().get("/api/v1/me").statusCode() == 200);
    }

    @Test
    void whileTheFeedIsDownEveryRequestReadsTheAccount() {
        awaitLive();
        Someone person = PeopleFixtures.aStudent();
        long id = id(person);
        health(person);

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("select pg_terminate_backend(pid)"
                + " from pg_stat_activity where application_name = 'resilib-change-feed'").getResultList());
        Eventually.within(Duration.ofSeconds(5), "the feed noticing its connection is gone", () -> !feed.isLive());
        assertThat(statementsFor(() -> health(person))).as("the account read by the request").isPositive();
        elsewhere("update person set active = false where id = ?1", id);
        assertThat(person.session().request().get("/api/v1/me").statusCode()).as("deactivated while deaf")
                .isIn(302, 401);
        elsewhere("update person set active = true where id = ?1", id);

        awaitLive();
        health(person);
        assertThat(statementsFor(() -> health(person))).as("kept again once listening").isZero();
    }
}
