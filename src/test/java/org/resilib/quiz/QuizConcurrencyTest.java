package org.resilib.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;
import org.resilib.course.Course;
import org.resilib.web.DomainException;

/** Grading stays exactly-once and attempt limits hold when many requests arrive at the same moment. */
@QuarkusTest
class QuizConcurrencyTest {

    @Inject
    QuizFixtures fixtures;

    @Inject
    QuizService quizzes;

    @Inject
    AnswerService answers;

    @Inject
    EntityManager em;

    long newPerson() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "insert into person (email, display_name) values (gen_random_uuid() || '@load.test', 'Load') returning id")
                .getSingleResult()).longValue());
    }

    @Test
    void twoHundredLearnersSubmittingTogetherAreEachGradedOnce() throws Exception {
        Course c = fixtures.course("::a::2+2? {=4 ~5}\n\n::b::Sky is blue {T}\n", 1, null, false);
        int learners = 200;
        List<Long> attempts = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            QuizService.Actor actor = new QuizService.Actor(newPerson(), false);
            QuizViews.Attempt a = quizzes.start(QuizFixtures.visible(c), actor, Locale.ENGLISH).attempt();
            answers.save(a.id(), a.questions().get(1).id(), BooleanNode.TRUE, actor);
            attempts.add(a.id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (long id : attempts) {
                long owner = ownerOf(id);
                for (int twice = 0; twice < 2; twice++) {
                    calls.add(() -> {
                        go.await();
                        return answers.submit(id, new QuizService.Actor(owner, false)).attempt().state();
                    });
                }
            }
            List<Future<String>> results = new ArrayList<>();
            for (Callable<String> call : calls) {
                results.add(pool.submit(call));
            }
            go.countDown();
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo("graded");
            }
        } finally {
            pool.shutdown();
        }
        Object[] stats = (Object[]) em.createNativeQuery("select count(*), count(distinct a.id), sum(aq.points),"
                + " min(a.submitted_at) is not null from quiz_attempt a join attempt_question aq on aq.attempt_id = a.id"
                + " where a.course_id = ?1 and a.state = 'graded'").setParameter(1, c.id).getSingleResult();
        assertThat(((Number) stats[1]).intValue()).isEqualTo(learners);
        assertThat(((Number) stats[0]).intValue()).isEqualTo(2 * learners);
        assertThat(((Number) stats[2]).doubleValue()).isEqualTo(learners);
    }

    long ownerOf(long attemptId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select person_id from quiz_attempt where id = ?1").setParameter(1, attemptId).getSingleResult())
                .longValue());
    }

    @Test
    void parallelStartsNeverExceedTheAttemptsAllowed() throws Exception {
        Course c = fixtures.course("::a::2+2? {=4 ~5}\n", 2, null, false);
        QuizService.Actor actor = new QuizService.Actor(newPerson(), false);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < 3; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Long>> starts = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    starts.add(pool.submit(() -> {
                        go.await();
                        try {
                            return quizzes.start(QuizFixtures.visible(c), actor, Locale.ENGLISH).attempt().id();
                        } catch (DomainException e) {
                            return -1L;
                        }
                    }));
                }
                go.countDown();
                List<Long> ids = new ArrayList<>();
                for (Future<Long> f : starts) {
                    ids.add(f.get());
                }
                if (round < 2) {
                    assertThat(ids).as("round " + round).allMatch(id -> id.equals(ids.get(0)) && id > 0);
                    answers.submit(ids.get(0), actor);
                } else {
                    assertThat(ids).as("no attempts left").allMatch(id -> id == -1L);
                }
            }
        } finally {
            pool.shutdown();
        }
        Number count = (Number) em.createNativeQuery("select count(*) from quiz_attempt where course_id = ?1")
                .setParameter(1, c.id).getSingleResult();
        assertThat(count.intValue()).isEqualTo(2);
    }

    @Test
    void simultaneousSubmitsOverHttpGradeOnce() throws Exception {
        Course c = fixtures.course("::a::2+2? {=4 ~5}\n", 1, null, false);
        HttpSession student = HttpSession.newStudent();
        JsonPath a = QuizApiTest.start(student, c.slug, 201);
        long id = a.getLong("id");
        QuizApiTest.answer(student, id, a.getLong("questions[0].id"),
                a.getString("questions[0].choices.find { it.text.contains('4') }.id"), 200);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> student.request().contentType("application/json")
                        .post("/api/v1/attempts/" + id + "/submit").then().statusCode(200).extract().asString()));
            }
            String first = results.get(0).get();
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
    }
}
