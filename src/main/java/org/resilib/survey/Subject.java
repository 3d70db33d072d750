package org.resilib.survey;

import org.resilib.web.DomainException;

/**
 * What a follow-up survey's response is about: a course ({@code course:<slug>}) or a live session
 * ({@code session:<id>}); {@link #NONE} for a survey that follows nothing. A person answers a follow-up survey once per
 * subject (the respondents' ledger holds the key), and its results can be read per subject. The key is stored with
 * the response: it names a course or a session, never a person.
 */
public record Subject(String kind, String ref) {

    public static final Subject NONE = new Subject("", "");
    static final String COURSE = "course";
    static final String SESSION = "session";

    public static Subject course(String slug) {
        return new Subject(COURSE, slug);
    }

    public static Subject session(long id) {
        return new Subject(SESSION, Long.toString(id));
    }

    /**
     * The subject a request names ({@code course=<slug>} or {@code session=<id>}), or null for none: what a
     * follow-up survey's page, form or API call says it is about. A session that is not a number is a 400.
     */
    public static Subject requested(String course, String session) {
        if (session != null && !session.isBlank()) {
            if (!session.matches("\\d{1,18}")) {
                throw DomainException.badRequest(SESSION, "survey_session_unknown");
            }
            return session(Long.parseLong(session));
        }
        return course == null || course.isBlank() ? null : course(course);
    }

    /** The subject of a stored key; {@link #NONE} for null or ''. */
    public static Subject of(String key) {
        if (key == null || key.isEmpty()) {
            return NONE;
        }
        int colon = key.indexOf(':');
        return colon < 0 ? NONE : new Subject(key.substring(0, colon), key.substring(colon + 1));
    }

    /** As the ledger stores it ('' for none). */
    public String key() {
        return isNone() ? "" : kind + ":" + ref;
    }

    /** As a response stores it (null for none). */
    String responseKey() {
        return isNone() ? null : key();
    }

    public boolean isNone() {
        return kind.isEmpty();
    }

    public boolean isCourse() {
        return COURSE.equals(kind);
    }

    public boolean isSession() {
        return SESSION.equals(kind);
    }

    /** The query a survey page's address carries for it: {@code course=<slug>}, or nothing. */
    public String query() {
        return isNone() ? "" : kind + "=" + ref;
    }
}
