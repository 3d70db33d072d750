package org.resilib.course.progress;

import java.util.List;
import org.resilib.course.CourseFollowUps;
import org.resilib.course.catalogue.CatalogueViews;
import org.resilib.course.study.CourseViews;

/** What the dashboard and the progress API show, computed by {@link ProgressService} in a bounded number of queries. */
public final class ProgressViews {

    private ProgressViews() {
    }

    public record MyCourse(String slug, String title, String dimension, String status, int modules, int done,
            CourseViews.ModuleLine next) {
        public int percent() {
            return modules == 0 ? 0 : done * 100 / modules;
        }

        public boolean completed() {
            return modules > 0 && done >= modules;
        }
    }

    public record Dashboard(List<MyCourse> inProgress, List<MyCourse> completed,
            List<CatalogueViews.Card> suggestions, List<CourseFollowUps.Offer> offers) {

        /** The offers that follow this completed course, shown beside it. */
        public List<CourseFollowUps.Offer> offersFor(String courseSlug) {
            return offers.stream().filter(o -> o.courseSlug().equals(courseSlug)).toList();
        }
    }

    public record CourseProgress(String slug, String title, String status, int moduleCount,
            List<String> completedModules, int percent) {
    }
}
