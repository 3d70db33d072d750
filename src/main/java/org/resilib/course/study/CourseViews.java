package org.resilib.course.study;

import java.util.List;
import org.resilib.course.CourseFollowUps;
import org.resilib.course.CourseStatus;

/** What a course's page and its module pages show, computed by {@link CourseService} in a few queries. */
public final class CourseViews {

    private CourseViews() {
    }

    public record ModuleLine(String slug, String title, int position, int minutes, boolean done) {
    }

    public record Detail(String slug, String title, String summary, String dimension, String audience, int minutes,
            String status, boolean hasQuiz, List<ModuleLine> modules, boolean enrolled, boolean signedIn,
            List<CourseFollowUps.Offer> offers) {
        public int done() {
            return (int) modules.stream().filter(ModuleLine::done).count();
        }

        public int percent() {
            return modules.isEmpty() ? 0 : done() * 100 / modules.size();
        }

        public ModuleLine next() {
            return modules.stream().filter(m -> !m.done()).findFirst().orElse(null);
        }

        public boolean archived() {
            return CourseStatus.ARCHIVED.key().equals(status);
        }
    }

    public record Neighbour(String slug, String title) {
    }

    public record ModulePage(String courseSlug, String courseTitle, String slug, String title, String html,
            String contentLanguage, boolean translated, int position, int total, int minutes, boolean done,
            Neighbour previous, Neighbour next) {
    }
}
