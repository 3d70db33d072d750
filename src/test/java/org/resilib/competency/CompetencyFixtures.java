package org.resilib.competency;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.resilib.HttpSession;

/** People for competency tests, arranged through the API as an admin would. */
public final class CompetencyFixtures {

    private CompetencyFixtures() {
    }

    /** A new signed-in librarian named Li Librarian. */
    public static HttpSession librarian() {
        String email = "lib-" + UUID.randomUUID() + "@test.resilib";
        HttpSession.admin().request().contentType("application/json")
                .body(Map.of("email", email, "name", "Li Librarian", "password", "library-2026", "roles",
                        List.of("librarian")))
                .post("/api/v1/admin/users").then().statusCode(201);
        return HttpSession.signIn(email, "library-2026");
    }

    /** The id of the signed-in person. */
    public static long id(HttpSession s) {
        return s.request().get("/api/v1/me").jsonPath().getLong("id");
    }
}
