package org.resilib.course;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resilib.text.LocalizedText;

/** What the course pages show, computed by {@link CourseService} in a bounded number of queries. */
public final class CourseViews {

    private CourseViews() {
    }

    /**
     * A course as other features act on it once its viewer may see it ({@link CourseService#courseFor}): the row's
     * id, slug, titles by language, status and quiz settings.
     */
    public record Visible(long id, String slug, Map<String, String> titles, String status,
            Course.QuizSettings quizSettings) {
        public String title(Locale locale) {
            return LocalizedText.pick(titles, locale);
        }

        public boolean published() {
            return CourseStatus.PUBLISHED.key().equals(status);
        }
    }

    public record Filter(String dimension, String audience, String q) {
        public boolean active() {
            return dimension != null || audience != null || (q != null && !q.isBlank());
        }
    }

    public record Card(String slug, String title, String summary, String dimension, String audience, int minutes,
            int modules, int done, boolean enrolled) {
        public int percent() {
            return modules == 0 ? 0 : done * 100 / modules;
        }

        public boolean started() {
            return enrolled || done > 0;
        }
    }

    /** One page of cards out of {@code total} matching courses, and links to the pages around it. */
    public record Catalogue(List<Card> courses, Filter filter, int total, int page, int pages) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }

        /** The catalogue URL of another page, keeping the filter. */
        public String pageUrl(int n) {
            StringBuilder url = new StringBuilder("/?");
            if (filter.q() != null) {
                url.append("q=").append(URLEncoder.encode(filter.q(), StandardCharsets.UTF_8)).append('&');
            }
            if (filter.dimension() != null) {
                url.append("dimension=").append(filter.dimension()).append('&');
            }
            if (filter.audience() != null) {
                url.append("audience=").append(filter.audience()).append('&');
            }
            return url.append("page=").append(n).toString();
        }

        public List<String> dimensions() {
            return Arrays.stream(Dimension.values()).map(Dimension::key).toList();
        }

        public List<String> audiences() {
            return Arrays.stream(Audience.values()).map(Audience::key).toList();
        }
    }

    public record ModuleLine(String slug, String title, int position, int minutes, boolean done) {
    }

    public record Detail(String slug, String title, String summary, String dimension, String audience, int minutes,
            String status, boolean hasQuiz, List<ModuleLine> modules, boolean enrolled, boolean signedIn) {
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

    public record MyCourse(String slug, String title, String dimension, String status, int modules, int done,
            ModuleLine next) {
        public int percent() {
            return modules == 0 ? 0 : done * 100 / modules;
        }

        public boolean completed() {
            return modules > 0 && done >= modules;
        }
    }

    public record Dashboard(List<MyCourse> inProgress, List<MyCourse> completed, List<Card> suggestions) {
    }

    public record CourseProgress(String slug, String title, String status, int moduleCount,
            List<String> completedModules, int percent) {
    }
}
