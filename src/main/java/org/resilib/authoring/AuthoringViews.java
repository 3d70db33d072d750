package org.resilib.authoring;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resilib.content.CourseDocument;
import org.resilib.text.LocalizedText;

/** What the authoring pages show. */
public final class AuthoringViews {

    private AuthoringViews() {
    }

    public record Listed(String slug, String title, String status, boolean fileManaged, Instant changedAt) {
        public String statusKey() {
            return "author_status_" + status;
        }
    }

    public record Version(int number, Instant at, String source, Integer restoredFrom, String by) {
        public String sourceKey() {
            return "author_source_" + source;
        }
    }

    public record Author(long personId, String name, String email, boolean owner) {
    }

    public record Asset(long id, String fileName, String contentType, int size, String url, boolean image) {
        /** The Markdown an author pastes into a module to show or link this file. */
        public String markdown() {
            return (image ? "![" + fileName + "](" : "[" + fileName + "](") + url + ")";
        }

        public String sizeLabel() {
            return size >= 1024 * 1024 ? String.format("%.1f MB", size / 1048576.0)
                    : String.format("%d KB", Math.max(1, size / 1024));
        }
    }

    /**
     * The course editor: the draft, whether it differs from what learners see, the history, the authors and the
     * uploaded files. {@code owner} is whether the viewer may change the authors.
     */
    public record Editor(String slug, CourseDocument draft, boolean published, boolean fileManaged, boolean detached,
            boolean unpublishedChanges, List<Version> versions, List<Author> authors, boolean owner,
            List<Asset> assets, int questionCount) {

        public String title(boolean english) {
            return orSlug(draft.course().title(), english, slug);
        }

        public String moduleTitle(CourseDocument.Module m, boolean english) {
            return orSlug(m.title(), english, m.slug());
        }
    }

    /** Only the notices the editors know are shown; anything else in the query is ignored. */
    public static String notice(String notice) {
        return notice != null && List.of("saved", "published", "restored", "author_added", "author_removed",
                "detached", "attached", "draft_imported", "uploaded", "file_deleted", "module_removed", "imported",
                "questions_imported", "question_deleted").contains(notice) ? "author_notice_" + notice : null;
    }

    /** The draft's title in the viewer's language, or its slug. */
    public static String courseTitle(CourseDocument doc, String slug, Locale locale) {
        String title = LocalizedText.pick(doc.course().title(), locale);
        return title.isBlank() ? slug : title;
    }

    static String orSlug(Map<String, String> texts, boolean english, String slug) {
        String text = LocalizedText.pick(texts, english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        return text.isBlank() ? slug : text;
    }
}
