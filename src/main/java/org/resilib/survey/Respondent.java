package org.resilib.survey;

import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.survey.definition.SurveyAudience;
import org.resilib.text.Sha256;

/**
 * Who is answering: a signed-in person (id and roles), or a visitor known only by the random token their browser
 * keeps for public surveys. The ledger key ({@code person:<id>}, or the token's hash) is what refuses a second
 * response; it is never stored with the response.
 */
public record Respondent(Long personId, boolean student, boolean staff, String browserToken) {

    public static Respondent of(Viewer viewer, String browserToken) {
        return new Respondent(viewer.getId(), viewer.has(Role.STUDENT), viewer.isStaff(), browserToken);
    }

    public boolean signedIn() {
        return personId != null;
    }

    /** Whether this person may answer a survey for this audience. */
    public boolean inAudience(SurveyAudience audience) {
        return switch (audience) {
            case PUBLIC -> true;
            case EVERYONE -> signedIn();
            case STUDENTS -> signedIn() && student;
            case LIBRARIANS -> signedIn() && staff;
        };
    }

    /** The ledger key, or null for a visitor without a token (who cannot answer). */
    String ledgerKey() {
        if (personId != null) {
            return personKey(personId);
        }
        return browserToken == null || browserToken.isBlank() ? null : "browser:" + Sha256.hex(browserToken);
    }

    /** The ledger key of a signed-in person. */
    static String personKey(long personId) {
        return "person:" + personId;
    }

    /** The coarse role kept with a response for the results' filter: student, staff or visitor. */
    String role() {
        return personId == null ? "visitor" : staff ? "staff" : student ? "student" : "member";
    }
}
