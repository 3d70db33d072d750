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
@Table(name = "module_progress")
public class ModuleProgress extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "completed_at")
    public Instant completedAt = Instant.now();

    @Embeddable
    public record Key(@Column(name = "person_id") Long personId, @Column(name = "module_id") Long moduleId)
            implements Serializable {
    }
}
