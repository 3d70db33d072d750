package org.resilib.course;

import java.util.Locale;
import java.util.Map;
import org.resilib.text.LocalizedText;

/** A course the viewer may see, as other features need it (the quiz): never the entity. */
public record VisibleCourse(long id, String slug, Map<String, String> titles, String status,
        Course.QuizSettings quizSettings) {

    public String title(Locale locale) {
        return LocalizedText.pick(titles, locale);
    }

    public boolean published() {
        return CourseStatus.PUBLISHED.key().equals(status);
    }
}
