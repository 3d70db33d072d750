package org.resilib.authoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.resilib.content.CourseDocument;

/** A course as it was made live: numbered per course, never changed. */
@Entity
@Table(name = "course_version")
public class CourseVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "course_id")
    public Long courseId;

    public int number;

    @JdbcTypeCode(SqlTypes.JSON)
    public CourseDocument document;

    @Column(name = "published_by")
    public Long publishedBy;

    /** {@code browser}, {@code file}, {@code import} or {@code restore}. */
    public String source;

    @Column(name = "restored_from")
    public Integer restoredFrom;

    @Column(name = "published_at")
    public Instant publishedAt = Instant.now();
}
