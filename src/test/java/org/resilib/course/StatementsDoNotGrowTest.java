package org.resilib.course;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resilib.Eventually;
import org.resilib.HttpSession;
import org.resilib.db.ChangeFeed;
import org.resilib.people.Passwords;

/**
 * The pages of the speed issue run the same number of statements however much there is: 150 more published
 * courses, a course of 50 modules beside one of 5, a learner with 30 enrolments and progress beside one with 1, and
 * 300 more learners (written with SQL, as a large installation would hold them; afterwards the courses are removed
 * and the learners made inactive).
 */
@QuarkusTest
class StatementsDoNotGrowTest {

    private static final String PASSWORD = "growth-learner-password";
    private static final String MANY = "learner-many@growth.resilib";
    private static final String ONE = "learner-one@growth.resilib";

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory emf;

    @Inject
    ChangeFeed feed;

    private long statementsFor(Runnable request) {
        request.run(); // the first use after a change may read the outline again; the second shows the steady cost
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        request.run();
        return stats.getPrepareStatementCount();
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private void seed() {
        String hash = Passwords.hash(PASSWORD);
        sql("insert into course (slug, title, summary, dimension, audience, minutes, status, source, search_text)"
                + " select 'growth-' || lpad(g::text, 3, '0'), jsonb_build_object('zh-CN', '增长课程 ' || g, 'en',"
                + " 'Growth course ' || g), jsonb_build_object('zh-CN', '摘要', 'en', 'Summary'),"
                + " (array['awareness', 'ability', 'ethics', 'new-media'])[1 + g % 4], 'everyone', 30, 'published',"
                + " 'browser', 'growth course ' || g from generate_series(1, 151) g");
        sql("insert into course_module (course_id, slug, position, minutes, title, body_markdown, body_html)"
                + " select c.id, 'module-' || p, p, 5, jsonb_build_object('zh-CN', '单元 ' || p, 'en', 'Module ' || p),"
                + " jsonb_build_object('zh-CN', '正文', 'en', 'Body'),"
                + " jsonb_build_object('zh-CN', '<p>正文</p>', 'en', '<p>Body</p>')"
                + " from course c cross join generate_series(1, 50) p"
                + " where (c.slug like 'growth-%' and c.slug <> 'growth-151' and p <= 5) or c.slug = 'growth-151'");
        sql("insert into person (email, display_name, password_hash) select 'learner-' || g || '@growth.resilib',"
                + " 'Learner ' || g, '" + hash + "' from generate_series(1, 300) g union all select '" + MANY
                + "', 'Many', '" + hash + "' union all select '" + ONE + "', 'One', '" + hash + "'");
        sql("insert into person_role (person_id, role) select id, 'student' from person"
                + " where email like '%@growth.resilib'");
        sql("insert into enrolment (person_id, course_id) select p.id, c.id from person p join course c"
                + " on c.slug = 'growth-' || lpad((1 + p.id % 150)::text, 3, '0') where p.email like 'learner-_%@growth.resilib'"
                + " and p.email not in ('" + MANY + "', '" + ONE + "')");
        sql("insert into enrolment (person_id, course_id) select p.id, c.id from person p join course c"
                + " on c.slug between 'growth-001' and 'growth-029' or c.slug = 'growth-151' where p.email = '" + MANY
                + "' union all select p.id, c.id from person p join course c on c.slug = 'growth-001'"
                + " where p.email = '" + ONE + "'");
        sql("insert into module_progress (person_id, module_id) select e.person_id, m.id from enrolment e"
                + " join person p on p.id = e.person_id and p.email like '%@growth.resilib'"
                + " join course_module m on m.course_id = e.course_id and m.position <= 1 + (e.course_id % 5)");
    }

    @AfterEach
    void removeTheGeneratedData() {
        sql("delete from module_progress where person_id in (select id from person where email like '%@growth.resilib')");
        sql("delete from enrolment where person_id in (select id from person where email like '%@growth.resilib')");
        // The people stay (their sign-ins are in the audit log), inactive, as a departed learner's account does.
        sql("update person set active = false where email like '%@growth.resilib'");
        sql("delete from course_module where course_id in (select id from course where slug like 'growth-%')");
        sql("delete from course where slug like 'growth-%'");
    }

    @Test
    void pagesCostTheSameWithManyCoursesModulesEnrolmentsAndLearners() {
        HttpSession before = HttpSession.newStudent();
        Eventually.within(ChangeFeed.LOCAL_WINDOW.plusSeconds(10), "the change feed trusted",
                () -> feed.contentEpoch().isPresent());
        long visitorSmall = statementsFor(() -> given().get("/").then().statusCode(200));
        long signedInSmall = statementsFor(() -> before.get("/").then().statusCode(200));
        long apiSmall = statementsFor(() -> given().get("/api/v1/courses").then().statusCode(200));

        seed();
        HttpSession many = HttpSession.signIn(MANY, PASSWORD);
        HttpSession one = HttpSession.signIn(ONE, PASSWORD);
        Eventually.within(Duration.ofSeconds(10), "the generated courses in the catalogue",
                () -> given().get("/api/v1/courses?size=1").header("X-Total-Count") != null && Integer.parseInt(
                        given().get("/api/v1/courses?size=1").header("X-Total-Count")) > 150);

        assertThat(statementsFor(() -> given().get("/").then().statusCode(200))).isEqualTo(visitorSmall);
        assertThat(statementsFor(() -> given().get("/?page=6").then().statusCode(200))).isEqualTo(visitorSmall);
        assertThat(statementsFor(() -> given().get("/api/v1/courses?page=3").then().statusCode(200)))
                .isEqualTo(apiSmall);
        assertThat(statementsFor(() -> many.get("/").then().statusCode(200))).isEqualTo(signedInSmall);
        assertThat(statementsFor(() -> many.get("/?page=6").then().statusCode(200))).isEqualTo(signedInSmall);

        long dashboardOne = statementsFor(() -> one.get("/me").then().statusCode(200));
        long dashboardMany = statementsFor(() -> many.get("/me").then().statusCode(200));
        assertThat(dashboardMany).as("30 enrolments against 1").isEqualTo(dashboardOne);

        long shortModule = statementsFor(() -> many.get("/courses/growth-001/modules/module-3").then()
                .statusCode(200));
        long longModule = statementsFor(() -> many.get("/courses/growth-151/modules/module-25").then()
                .statusCode(200));
        assertThat(longModule).as("a module of 50 against one of 5").isEqualTo(shortModule);
        System.out.printf("Statements with generated data: visitor catalogue %d, API %d, signed-in catalogue %d,"
                + " dashboard %d, module page %d%n", visitorSmall, apiSmall, signedInSmall, dashboardMany, longModule);
    }
}
