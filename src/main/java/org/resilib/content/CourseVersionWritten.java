package org.resilib.content;

/**
 * Fired synchronously, in the writing transaction, whenever a course's live rows are written from a document: a
 * content reload, an import or a publication from the browser. Version history listens.
 */
public record CourseVersionWritten(long courseId, CourseDocument document, Long byPerson, Source source,
        Integer restoredFrom) {

    public enum Source {
        BROWSER("browser"), FILE("file"), IMPORT("import"), RESTORE("restore");

        private final String key;

        Source(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
