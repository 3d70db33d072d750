package org.resilib.authoring.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resilib.course.CourseFixtures;
import org.resilib.people.PeopleFixtures;
import org.resilib.people.PeopleFixtures.Someone;

/**
 * The course editor's reads of people and courses (through the people directory and the course feature's
 * summaries), and the course form's field errors as the service reports them.
 */
@QuarkusTest
class CourseDraftsTest {

    @Test
    void myCoursesListsWhatTheViewerAuthorsAndAdminsSeeEverything() {
        Someone owner = PeopleFixtures.anInstructor();
        Someone other = PeopleFixtures.anInstructor();
        String draft = CourseFixtures.aDraft(owner.session());
        String published = CourseFixtures.aPublishedCourse(owner.session());

        String mine = owner.session().get("/author").then().statusCode(200).extract().asString();
        assertThat(mine).contains("/author/courses/" + draft).contains("/author/courses/" + published)
                .contains("夹具课程 " + draft);
        assertThat(other.session().get("/author").asString()).doesNotContain("/author/courses/" + draft);
        assertThat(PeopleFixtures.anAdmin().session().get("/author").asString())
                .contains("/author/courses/" + draft).contains("/author/courses/" + published);
        PeopleFixtures.aStudent().session().get("/author").then().statusCode(403);
        other.session().get("/author/courses/" + draft).then().statusCode(403);
    }

    @Test
    void coAuthorsAreFoundByEmailAndShownWithTheirNames() {
        Someone owner = PeopleFixtures.anInstructor();
        Someone coAuthor = PeopleFixtures.anInstructor();
        Someone student = PeopleFixtures.aStudent();
        String slug = CourseFixtures.aDraft(owner.session());
        String editor = "/author/courses/" + slug;

        owner.session().postForm(editor, editor + "/authors", Map.of("email", " " + coAuthor.email().toUpperCase()))
                .then().statusCode(303);
        String page = owner.session().get(editor).asString();
        assertThat(page).contains(coAuthor.name() + " (" + coAuthor.email() + ")")
                .contains(owner.name() + " (" + owner.email() + ")");
        assertThat(coAuthor.session().get("/author").asString()).contains(editor);

        Response refused = owner.session().postForm(editor, editor + "/authors", Map.of("email", student.email()));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"email-error\"");
    }

    @Test
    void versionsNameWhoPublishedThem() {
        Someone owner = PeopleFixtures.anInstructor();
        String slug = CourseFixtures.aPublishedCourse(owner.session());
        owner.session().request().get("/api/v1/courses/" + slug + "/versions").then().statusCode(200)
                .body("[0].number", equalTo(1))
                .body("[0].publishedBy", equalTo(owner.name()));
    }

    @Test
    void theCourseFormReportsNumbersAndRulesTogetherAndKeepsTheInput() {
        Someone owner = PeopleFixtures.anInstructor();
        String slug = CourseFixtures.aDraft(owner.session());
        String editor = "/author/courses/" + slug;
        Map<String, String> form = new HashMap<>(Map.of("title.en", "Kept title", "summary.en", "",
                "dimension", "ability", "audience", "students", "minutes", "15", "quiz.passPercent", "many"));
        Response r = owner.session().postForm(editor, editor, form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.asString()).contains("id=\"summary-error\"").contains("id=\"quiz.passPercent-error\"")
                .contains("Kept title").contains("value=\"many\"");
        assertThat(owner.session().request().get("/api/v1/courses/" + slug + "/draft").jsonPath()
                .getString("draft.course.title.en")).isEqualTo("Fixture course " + slug);
    }
}
