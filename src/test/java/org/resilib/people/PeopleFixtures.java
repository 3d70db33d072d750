package org.resilib.people;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.resilib.HttpSession;

/**
 * People made for one test each, through the admin API as an admin would make them, and signed in: a student, an
 * instructor, a librarian, an admin, or any set of roles.
 */
public final class PeopleFixtures {

    public static final String PASSWORD = "long-enough-1";

    /** A person made by a fixture, with their signed-in session. */
    public record Someone(String email, String name, HttpSession session) {
    }

    private PeopleFixtures() {
    }

    public static Someone aStudent() {
        return withRoles("student");
    }

    public static Someone anInstructor() {
        return withRoles("instructor");
    }

    public static Someone aLibrarian() {
        return withRoles("librarian");
    }

    public static Someone anAdmin() {
        return withRoles("admin");
    }

    /** A new active person holding these roles (role keys, e.g. {@code instructor}), signed in. */
    public static Someone withRoles(String... roles) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String email = "fixture-" + id + "@test.resilib";
        String name = "Fixture " + id;
        HttpSession.admin().request().contentType("application/json").body(Map.of("email", email, "name", name,
                "password", PASSWORD, "roles", Arrays.asList(roles)))
                .post("/api/v1/admin/users").then().statusCode(201);
        return new Someone(email, name, HttpSession.signIn(email, PASSWORD));
    }
}
