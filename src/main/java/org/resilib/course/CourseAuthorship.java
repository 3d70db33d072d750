package org.resilib.course;

import java.util.Set;

/**
 * Which courses a person authors (owns or co-authors), for features below authoring that offer "your courses"
 * (linking a live session to one). The authoring feature keeps the authors and answers; this feature only names the
 * question, so nothing below authoring depends on it.
 */
public interface CourseAuthorship {

    /** The ids of the courses this person owns or co-authors. One statement. */
    Set<Long> authoredBy(long personId);
}
