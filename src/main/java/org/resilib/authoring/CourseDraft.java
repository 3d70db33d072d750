package org.resilib.authoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.resilib.content.CourseDocument;

/** The working copy of a course: what its authors see and edit, invisible to learners until published. */
@Entity
@Table(name = "course_draft")
public class CourseDraft extends PanacheEntityBase {

    @Id
    @Column(name = "course_id")
    public Long courseId;

    @JdbcTypeCode(SqlTypes.JSON)
    public CourseDocument document;

    @Column(name = "updated_by")
    public Long updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();
}
