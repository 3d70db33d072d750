package org.resilib.course.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resilib.HttpSession;

/** Many simultaneous "mark as done" posts from one learner leave exactly one enrolment and one progress row. */
@QuarkusTest
class ProgressConcurrencyTest {

    @Inject
    EntityManager em;

    @Test
    void simultaneousPostsRecordProgressOnce() throws Exception {
        HttpSession student = HttpSession.newStudent();
        String page = student.get("/courses/search-and-evaluate/modules/keywords-and-synonyms").asString();
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String action = i % 2 == 0 ? "/courses/search-and-evaluate/modules/keywords-and-synonyms/done"
                        : "/courses/search-and-evaluate/enrol";
                calls.add(() -> student.request().contentType("application/x-www-form-urlencoded")
                        .formParam("csrf-token", token).post(action).statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(calls)) {
                assertThat(f.get()).isEqualTo(303);
            }
        } finally {
            pool.shutdown();
        }
        String email = student.get("/me").asString();
        assertThat(email).contains("/courses/search-and-evaluate");
        Number enrolments = (Number) em.createNativeQuery("select count(*) from enrolment e join course c on c.id = e.course_id"
                + " where c.slug = 'search-and-evaluate' and e.person_id = (select max(id) from person)").getSingleResult();
        Number progress = (Number) em.createNativeQuery("select count(*) from module_progress p join course_module m"
                + " on m.id = p.module_id join course c on c.id = m.course_id where c.slug = 'search-and-evaluate'"
                + " and p.person_id = (select max(id) from person)").getSingleResult();
        assertThat(enrolments.intValue()).isEqualTo(1);
        assertThat(progress.intValue()).isEqualTo(1);
    }
}
