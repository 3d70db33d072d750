package org.resilib.browser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every HTML page type of the application, each with the people who see it and a sample address. The page
 * conformance test visits each of these in both languages at phone and desktop widths; a unit test compares the
 * routes named here with the application's HTML routes, so a new page that is not listed fails the build.
 *
 * <p>Sample paths use placeholders that the test fills in from the data it creates: {@code {course}} a starter
 * course for students and {@code {module}} its first module, {@code {quizCourse}} a course whose quiz the student
 * has attempted, {@code {own}} and {@code {ownModule}} a course the instructor authored, {@code {session}} a live
 * session, {@code {openAttempt}} / {@code {doneAttempt}} the student's attempts, {@code {student}} and
 * {@code {librarian}} people, {@code {credential}} the librarian's badge, {@code {framework}} a shipped framework.
 */
public final class PageCatalogue {

    public enum Who { VISITOR, STUDENT, LIBRARIAN, INSTRUCTOR, ADMIN }

    /** One page seen by one kind of person: the route template, a sample path, and the status it answers. */
    public record Visit(Who who, String route, String path, int status) {
    }

    /** HTML routes that are not pages (they redirect at once), with the reason. */
    public static final Map<String, String> NOT_PAGES = Map.of(
            "/logout", "ends the session and redirects to the catalogue",
            "/login/oidc", "redirects to the identity provider (covered by the single sign-on test)",
            "/guide", "redirects to the emergency guide's page, /guides/{slug}",
            "/chat", "redirects to the ask page, whose form starts a chat while a librarian is online");

    public static final List<Visit> VISITS = List.of(
            // Public pages, as a visitor and as signed-in people (the navigation differs).
            visit(Who.VISITOR, "/", "/"),
            visit(Who.STUDENT, "/", "/"),
            visit(Who.ADMIN, "/", "/?dimension=ethics&q=%E7%89%88%E6%9D%83"),
            visit(Who.VISITOR, "/courses/{slug}", "/courses/{course}"),
            visit(Who.STUDENT, "/courses/{slug}", "/courses/{course}"),
            new Visit(Who.VISITOR, "/courses/{slug}", "/courses/no-such-course", 404),
            visit(Who.VISITOR, "/sessions", "/sessions"),
            visit(Who.STUDENT, "/sessions", "/sessions"),
            visit(Who.VISITOR, "/sessions/{id:\\d+}", "/sessions/{session}"),
            visit(Who.STUDENT, "/sessions/{id:\\d+}", "/sessions/{session}"),
            visit(Who.INSTRUCTOR, "/sessions/{id:\\d+}", "/sessions/{session}"),
            visit(Who.VISITOR, "/notices", "/notices"),
            visit(Who.STUDENT, "/notices", "/notices"),
            visit(Who.VISITOR, "/notices/{id}", "/notices/{notice}"),
            visit(Who.ADMIN, "/notices/{id}", "/notices/{notice}"),
            new Visit(Who.VISITOR, "/notices/{id}", "/notices/999999999", 404),
            visit(Who.ADMIN, "/notices/manage", "/notices/manage"),
            visit(Who.ADMIN, "/notices/new", "/notices/new"),
            visit(Who.ADMIN, "/notices/{id}/edit", "/notices/{notice}/edit"),
            visit(Who.ADMIN, "/admin/emergency", "/admin/emergency"),
            visit(Who.ADMIN, "/admin/emergency/plan", "/admin/emergency/plan"),
            visit(Who.LIBRARIAN, "/emergency/{id}/checklist", "/emergency/{emergency}/checklist"),
            visit(Who.ADMIN, "/emergency/{id}/checklist", "/emergency/{emergency}/checklist"),
            visit(Who.VISITOR, "/guides", "/guides"),
            visit(Who.VISITOR, "/guides/{slug}", "/guides/emergency"),
            visit(Who.STUDENT, "/guides/{slug}", "/guides/emergency"),
            new Visit(Who.VISITOR, "/guides/{slug}", "/guides/no-such-guide", 404),
            visit(Who.ADMIN, "/author/guides", "/author/guides"),
            visit(Who.ADMIN, "/author/guides/{slug}", "/author/guides/emergency"),
            visit(Who.ADMIN, "/author/guides/{slug}/sections/new", "/author/guides/emergency/sections/new"),
            visit(Who.ADMIN, "/author/guides/{slug}/sections/{position}", "/author/guides/emergency/sections/3"),
            visit(Who.ADMIN, "/author/guides/{slug}/preview", "/author/guides/emergency/preview"),
            visit(Who.VISITOR, "/resources", "/resources"),
            visit(Who.LIBRARIAN, "/resources/manage", "/resources/manage"),
            visit(Who.ADMIN, "/resources/manage", "/resources/manage?added=2&replaced=1"),
            visit(Who.STUDENT, "/resources", "/resources?access=proxy"),
            visit(Who.VISITOR, "/resources", "/resources?letter=C"),
            visit(Who.VISITOR, "/ask", "/ask"),
            visit(Who.VISITOR, "/faq", "/faq"),
            visit(Who.LIBRARIAN, "/faq", "/faq?q=%E7%9F%A5%E7%BD%91"),
            visit(Who.STUDENT, "/ask", "/ask?sent"),
            visit(Who.STUDENT, "/questions/{id}", "/questions/{question}"),
            new Visit(Who.VISITOR, "/questions/{id}", "/questions/{question}", 404),
            visit(Who.STUDENT, "/me/questions", "/me/questions"),
            visit(Who.LIBRARIAN, "/desk", "/desk"),
            visit(Who.LIBRARIAN, "/desk/service", "/desk/service"),
            visit(Who.LIBRARIAN, "/desk/chats", "/desk/chats"),
            visit(Who.LIBRARIAN, "/desk/replies", "/desk/replies"),
            visit(Who.LIBRARIAN, "/consult/report", "/consult/report"),
            visit(Who.ADMIN, "/consult/report", "/consult/report?weeks=52"),
            // A chat exists only while a librarian is online: its pages are checked live by ChatJourneyIT.
            new Visit(Who.LIBRARIAN, "/desk/chats/{id}", "/desk/chats/999999999", 404),
            new Visit(Who.VISITOR, "/chat/{id}", "/chat/999999999", 404),
            visit(Who.LIBRARIAN, "/desk/questions/{id}", "/desk/questions/{question}"),
            visit(Who.VISITOR, "/login", "/login"),
            visit(Who.VISITOR, "/register", "/register"),
            visit(Who.VISITOR, "/password/forgot", "/password/forgot"),
            new Visit(Who.VISITOR, "/password/reset", "/password/reset?token=no-such-token", 400),
            visit(Who.VISITOR, "/credentials/{id}", "/credentials/{credential}"),
            visit(Who.VISITOR, "/surveys", "/surveys"),
            visit(Who.STUDENT, "/surveys", "/surveys"),
            visit(Who.STUDENT, "/surveys/{slug}", "/surveys/emergency-services-2021"),
            new Visit(Who.VISITOR, "/surveys/{slug}", "/surveys/no-such-survey", 404),
            visit(Who.ADMIN, "/surveys/{slug}/results", "/surveys/emergency-services-2021/results"),
            visit(Who.ADMIN, "/surveys/{slug}/results/{question}/texts",
                    "/surveys/emergency-services-2021/results/suggestions/texts"),
            visit(Who.ADMIN, "/surveys/manage", "/surveys/manage"),
            visit(Who.ADMIN, "/surveys/manage/new", "/surveys/manage/new"),
            // The editor itself is the new survey's page above; a file's survey is edited in its file.
            new Visit(Who.ADMIN, "/surveys/{slug}/edit", "/surveys/emergency-services-2021/edit", 409),
            // Learners.
            visit(Who.STUDENT, "/courses/{slug}/modules/{module}", "/courses/{course}/modules/{module}"),
            visit(Who.STUDENT, "/me", "/me"),
            visit(Who.STUDENT, "/me/profile", "/me/profile"),
            visit(Who.STUDENT, "/me/password", "/me/password"),
            visit(Who.STUDENT, "/me/tokens", "/me/tokens"),
            visit(Who.STUDENT, "/me/calendar", "/me/calendar"),
            visit(Who.STUDENT, "/courses/{slug}/quiz", "/courses/{quizCourse}/quiz"),
            visit(Who.STUDENT, "/attempts/{id}", "/attempts/{openAttempt}"),
            visit(Who.STUDENT, "/attempts/{id}", "/attempts/{doneAttempt}"),
            // Librarians.
            visit(Who.LIBRARIAN, "/me", "/me"),
            visit(Who.LIBRARIAN, "/me/competencies", "/me/competencies"),
            visit(Who.LIBRARIAN, "/credentials/{id}", "/credentials/{credential}"),
            // Instructors.
            visit(Who.INSTRUCTOR, "/author", "/author"),
            visit(Who.INSTRUCTOR, "/author/courses/{slug}", "/author/courses/{own}"),
            visit(Who.INSTRUCTOR, "/author/courses/{slug}/modules/{moduleSlug}", "/author/courses/{own}/modules/{ownModule}"),
            visit(Who.INSTRUCTOR, "/author/courses/{slug}/preview/{moduleSlug}", "/author/courses/{own}/preview/{ownModule}"),
            visit(Who.INSTRUCTOR, "/author/courses/{slug}/questions", "/author/courses/{own}/questions"),
            visit(Who.INSTRUCTOR, "/author/courses/{slug}/questions/new", "/author/courses/{own}/questions/new?type=matching"),
            visit(Who.INSTRUCTOR, "/sessions/new", "/sessions/new"),
            visit(Who.INSTRUCTOR, "/sessions/{id:\\d+}/edit", "/sessions/{session}/edit"),
            visit(Who.INSTRUCTOR, "/sessions/{id:\\d+}/attendance", "/sessions/{session}/attendance"),
            visit(Who.INSTRUCTOR, "/competencies/matrix", "/competencies/matrix"),
            visit(Who.INSTRUCTOR, "/competencies/targets", "/competencies/targets"),
            visit(Who.INSTRUCTOR, "/competencies/review", "/competencies/review"),
            visit(Who.INSTRUCTOR, "/competencies/teams", "/competencies/teams"),
            visit(Who.INSTRUCTOR, "/people/{id}/competencies", "/people/{librarian}/competencies"),
            // Administrators.
            visit(Who.ADMIN, "/admin", "/admin"),
            visit(Who.ADMIN, "/admin/people", "/admin/people"),
            visit(Who.ADMIN, "/admin/people/{id}", "/admin/people/{student}"),
            visit(Who.ADMIN, "/admin/people/import", "/admin/people/import"),
            visit(Who.ADMIN, "/admin/settings", "/admin/settings"),
            visit(Who.ADMIN, "/admin/content", "/admin/content"),
            visit(Who.ADMIN, "/admin/audit", "/admin/audit"),
            visit(Who.ADMIN, "/competencies/frameworks", "/competencies/frameworks"),
            visit(Who.ADMIN, "/competencies/frameworks/new", "/competencies/frameworks/new"),
            visit(Who.ADMIN, "/competencies/frameworks/{slug}", "/competencies/frameworks/{framework}"),
            visit(Who.ADMIN, "/author/courses/{slug}", "/author/courses/{quizCourse}"),
            visit(Who.ADMIN, "/author/courses/{slug}/questions/{number}", "/author/courses/{quizCourse}/questions/1"),
            visit(Who.ADMIN, "/author/courses/{slug}/questions/{number}/translations/{language}",
                    "/author/courses/{quizCourse}/questions/1/translations/en"),
            visit(Who.ADMIN, "/courses/{slug}/quiz/questions", "/courses/{quizCourse}/quiz/questions"),
            visit(Who.ADMIN, "/courses/{slug}/quiz/attempts", "/courses/{quizCourse}/quiz/attempts"),
            visit(Who.ADMIN, "/attempts/{id}/grade", "/attempts/{doneAttempt}/grade"));

    private PageCatalogue() {
    }

    private static Visit visit(Who who, String route, String path) {
        return new Visit(who, route, path, 200);
    }

    /** The route templates the visits cover. */
    public static Set<String> routes() {
        return VISITS.stream().map(Visit::route).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
