package org.resilib.survey;

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

    /** The query a survey page's address carries for it: {@code course=<slug>}, or nothing. */
    public String query() {
        return isNone() ? "" : kind + "=" + ref;
    }
}
