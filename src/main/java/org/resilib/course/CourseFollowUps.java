package org.resilib.course;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What other features offer a learner who has completed a course (its feedback survey), shown on the course page and
 * the dashboard. The course feature only names the question; the features that have something to offer answer it
 * (the surveys, for a survey that follows the course), so nothing here depends on them.
 */
public interface CourseFollowUps {

    /** Something to do after a course: where, and what it is called in the reader's language. */
    record Offer(String courseSlug, String href, String title) {
    }

    /**
     * The offers for these completed courses of this person (nothing they already did). At most one statement, the
     * same for no courses as for many, so a page's cost does not depend on what the person completed.
     */
    List<Offer> forCompleted(CourseAccess.Who person, Collection<String> courseSlugs, Locale locale);
}
