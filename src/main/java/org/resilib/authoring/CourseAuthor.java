package org.resilib.authoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An instructor who may edit a course: its owner, or a co-author the owner added. */
@Entity
@Table(name = "course_author")
@IdClass(CourseAuthor.Key.class)
public class CourseAuthor extends PanacheEntityBase {

    @Id
    @Column(name = "course_id")
    public Long courseId;

    @Id
    @Column(name = "person_id")
    public Long personId;

    public boolean owner;

    @Column(name = "added_by")
    public Long addedBy;

    @Column(name = "added_at")
    public Instant addedAt = Instant.now();

    public static class Key implements Serializable {
        public Long courseId;
        public Long personId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(courseId, k.courseId)
                    && Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(courseId, personId);
        }
    }
}
