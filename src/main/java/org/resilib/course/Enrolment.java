package org.resilib.course;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

@Entity
@Table(name = "enrolment")
public class Enrolment extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "enrolled_at")
    public Instant enrolledAt = Instant.now();

    @Embeddable
    public record Key(@Column(name = "person_id") Long personId, @Column(name = "course_id") Long courseId)
            implements Serializable {
    }
}
