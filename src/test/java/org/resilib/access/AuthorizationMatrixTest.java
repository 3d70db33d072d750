package org.resilib.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.Authenticated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resilib.EventStream;
import org.resilib.HttpSession;

/**
 * Every JAX-RS route of the running application, times anonymous, student, librarian, instructor, editor and
 * admin. The
 * routes come from the application's beans, not a list kept here: a route without a declared rule fails this test,
 * a route whose rule is looser than the site policy below fails it, and each role's request must be answered as
 * declared (401 or a sign-in redirect for visitors, 403 for a role that is not allowed, anything else for one that
 * is).
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Who { ANONYMOUS, STUDENT, LIBRARIAN, INSTRUCTOR, EDITOR, ADMIN }

    /**
     * The site policy: the roles that may be allowed at most under each path prefix (longest prefix wins). A route
     * under an admin prefix that let instructors in would fail here even if its annotation said so.
     */
    static final Map<String, Set<String>> POLICY = new LinkedHashMap<>();

    static {
        Set<String> admin = Set.of("admin");
        POLICY.put("/admin", admin);
        POLICY.put("/api/v1/admin", admin);
        POLICY.put("/competencies/frameworks", admin);
        POLICY.put("/competencies/matrix", Set.of("instructor", "admin"));
        POLICY.put("/competencies/review", Set.of("instructor", "admin"));
        POLICY.put("/competencies/teams", Set.of("instructor", "admin"));
        POLICY.put("/api/v1/teams", Set.of("instructor", "admin"));
        POLICY.put("/notices/manage", Set.of("editor", "admin"));
        POLICY.put("/notices/new", Set.of("editor", "admin"));
        POLICY.put("/author/guides", Set.of("editor", "admin"));
        POLICY.put("/resources/manage", Set.of("librarian", "editor", "admin"));
        POLICY.put("/desk", Set.of("librarian", "admin"));
        POLICY.put("/consult/report", Set.of("librarian", "editor", "admin"));
    }

    record Route(String method, String template, Method handler, Class<?> resource) {
        String path() {
            Matcher m = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1).strip();
                m.appendReplacement(out, name.toLowerCase().endsWith("id") ? "999999" : "none-such");
            }
            m.appendTail(out);
            return out.toString();
        }

        /** null: anyone; empty: any signed-in person; otherwise the roles allowed. Missing annotation: absent. */
        Optional<Set<String>> rule() {
            for (java.lang.reflect.AnnotatedElement e : new java.lang.reflect.AnnotatedElement[] {handler, resource}) {
                if (e.isAnnotationPresent(PermitAll.class)) {
                    return Optional.of(Set.of("*"));
                }
                if (e.isAnnotationPresent(DenyAll.class)) {
                    return Optional.of(Set.of());
                }
                if (e.isAnnotationPresent(Authenticated.class)) {
                    return Optional.of(Set.of("student", "librarian", "instructor", "editor", "admin"));
                }
                RolesAllowed r = e.getAnnotation(RolesAllowed.class);
                if (r != null) {
                    return Optional.of(Set.of(r.value()));
                }
            }
            return Optional.empty();
        }
    }

    @Inject
    BeanManager beans;

    List<Route> routes() {
        return routes(beans);
    }

    /** The application's JAX-RS routes, read from its beans. */
    static List<Route> routes(BeanManager beans) {
        List<Route> out = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (!type.getName().startsWith("org.resilib.") || !type.isAnnotationPresent(Path.class) || !seen.add(type)) {
                continue;
            }
            String base = type.getAnnotation(Path.class).value();
            for (Method m : type.getDeclaredMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                        : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE"
                        : null;
                if (verb == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String path = ("/" + base + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/");
                if (path.length() > 1 && path.endsWith("/")) {
                    path = path.substring(0, path.length() - 1);
                }
                out.add(new Route(verb, path, m, type));
            }
        }
        out.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
        return out;
    }

    @Test
    void everyRouteDeclaresWhoMayUseItWithinTheSitePolicy() {
        List<Route> routes = routes();
        assertThat(routes).hasSizeGreaterThan(80);
        List<String> undeclared = routes.stream().filter(r -> r.rule().isEmpty())
                .map(r -> r.method() + " " + r.template()).toList();
        assertThat(undeclared).as("routes without @PermitAll, @Authenticated, @RolesAllowed or @DenyAll").isEmpty();
        List<String> tooOpen = new ArrayList<>();
        for (Route r : routes) {
            String prefix = POLICY.keySet().stream().filter(p -> r.template().equals(p) || r.template().startsWith(p + "/")
                    || r.template().startsWith(p + ".")).max(Comparator.comparingInt(String::length)).orElse(null);
            if (prefix != null && !POLICY.get(prefix).containsAll(r.rule().get())) {
                tooOpen.add(r.method() + " " + r.template() + " allows " + new TreeSet<>(r.rule().get()));
            }
        }
        assertThat(tooOpen).as("routes looser than the site policy").isEmpty();
    }

    @Test
    void everyRoleGetsTheDeclaredAnswerOnEveryRoute() {
        HttpSession admin = HttpSession.admin();
        Map<Who, HttpSession> sessions = new LinkedHashMap<>();
        sessions.put(Who.ANONYMOUS, HttpSession.anonymous());
        sessions.put(Who.STUDENT, HttpSession.newStudent());
        sessions.put(Who.LIBRARIAN, person(admin, "librarian"));
        sessions.put(Who.INSTRUCTOR, person(admin, "instructor"));
        sessions.put(Who.EDITOR, person(admin, "editor"));
        sessions.put(Who.ADMIN, HttpSession.admin());
        Map<Who, String> csrf = new LinkedHashMap<>();
        sessions.forEach((who, s) -> csrf.put(who, token(s, who == Who.ANONYMOUS ? "/password/forgot" : "/me/profile")));

        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Route r : routes()) {
            Set<String> allowed = r.rule().orElseThrow();
            for (Who who : Who.values()) {
                HttpSession s = r.template().equals("/logout") ? person(admin, "student") : sessions.get(who);
                if (who == Who.ANONYMOUS && r.template().equals("/logout")) {
                    s = HttpSession.anonymous();
                }
                EventStream.Probe res = answer(s, r, csrf.get(who) == null ? token(s, "/me/profile") : csrf.get(who));
                int status = res.status();
                boolean mayUse = allowed.contains("*") || (who != Who.ANONYMOUS
                        && allowed.contains(who.name().toLowerCase()));
                String body = res.body();
                boolean roleDenied = status == 403 && (body.contains("forbidden_role") || body.contains("你的角色无权"));
                String outcome = status + " " + (body.length() > 300 ? body.substring(0, 300) : body);
                if (mayUse) {
                    if (status == 401 || roleDenied
                            || (status == 303 || status == 302) && String.valueOf(res.location())
                                    .contains("/login?next")) {
                        wrong.add(who + " " + r.method() + " " + r.path() + " should be allowed, got " + outcome);
                    }
                } else if (who == Who.ANONYMOUS) {
                    boolean api = r.path().startsWith("/api/");
                    boolean ok = api ? status == 401 : status == 401 || ((status == 302 || status == 303)
                            && String.valueOf(res.location()).contains("/login"));
                    if (!ok) {
                        wrong.add(who + " " + r.method() + " " + r.path() + " should ask to sign in, got " + outcome);
                    }
                } else if (!roleDenied) {
                    wrong.add(who + " " + r.method() + " " + r.path() + " should be forbidden, got " + outcome);
                }
                checked++;
            }
        }
        // Put back the one site setting an empty admin form switches off.
        admin.postForm("/admin/settings", "/admin/settings", Map.of("selfRegistration", "true"));
        // And the consultation service's opening hours, which an empty hours form closes on every day.
        admin.postForm("/desk/service", "/desk/service/hours", Map.of("opens-1", "08:00", "closes-1", "20:00",
                "opens-2", "08:00", "closes-2", "20:00", "opens-3", "08:00", "closes-3", "20:00", "opens-4", "08:00",
                "closes-4", "20:00", "opens-5", "08:00", "closes-5", "20:00"));
        System.out.println("Authorization matrix: " + checked + " route x role requests checked");
        assertThat(wrong).isEmpty();
    }

    /** The route's answer; an event stream is only opened and closed again, since it would never end. */
    static EventStream.Probe answer(HttpSession s, Route r, String csrfToken) {
        if ("text/event-stream".equals(mediaType(r, Produces.class))) {
            try {
                return EventStream.probe(r.path(), s.cookies());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Response res = send(s, r, csrfToken);
        return new EventStream.Probe(res.statusCode(), res.asString(), res.header("Location"));
    }

    /** A request as a client of that route would send it: the media type it produces and consumes. */
    static Response send(HttpSession s, Route r, String csrfToken) {
        String produces = mediaType(r, Produces.class);
        String consumes = mediaType(r, Consumes.class);
        RequestSpecification req = s.request().accept(produces == null ? "*/*" : produces);
        if (!r.method().equals("GET") && !r.method().equals("DELETE")) {
            if (consumes != null && consumes.startsWith("multipart/")) {
                req = req.multiPart("file", "empty.csv", new byte[0], "text/csv")
                        .multiPart("csrf-token", csrfToken == null ? "" : csrfToken);
            } else if (consumes != null && consumes.contains("form-urlencoded")) {
                req = req.contentType("application/x-www-form-urlencoded; charset=UTF-8")
                        .formParam("csrf-token", csrfToken == null ? "" : csrfToken);
            } else if (consumes != null && consumes.startsWith("text/")) {
                req = req.contentType(consumes).body("");
            } else {
                req = req.contentType("application/json").body("{}");
            }
        }
        return req.request(r.method(), r.path());
    }

    static String mediaType(Route r, Class<? extends java.lang.annotation.Annotation> kind) {
        for (java.lang.reflect.AnnotatedElement e : new java.lang.reflect.AnnotatedElement[] {r.handler(), r.resource()}) {
            java.lang.annotation.Annotation a = e.getAnnotation(kind);
            if (a instanceof Produces p && p.value().length > 0) {
                return p.value()[0];
            }
            if (a instanceof Consumes c && c.value().length > 0) {
                return c.value()[0];
            }
        }
        return null;
    }

    static String token(HttpSession s, String page) {
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(s.get(page).asString());
        return m.find() ? m.group(1) : null;
    }

    static HttpSession person(HttpSession admin, String role) {
        String email = role + "-" + UUID.randomUUID() + "@test.resilib";
        admin.request().contentType("application/json").body(Map.of("email", email, "name", "Matrix " + role,
                "password", "long-enough-1", "roles", Arrays.asList(role))).post("/api/v1/admin/users").then()
                .statusCode(201);
        return HttpSession.signIn(email, "long-enough-1");
    }
}
