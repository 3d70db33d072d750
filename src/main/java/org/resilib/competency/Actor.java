package org.resilib.competency;

import org.resilib.identity.Viewer;

/** Who acts on competencies: library staff have profiles, instructors and admins assess. */
public record Actor(long personId, boolean staff, boolean assessor) {

    public static Actor of(Viewer viewer) {
        return new Actor(viewer.requireId(), viewer.isStaff(), viewer.isInstructor());
    }
}
