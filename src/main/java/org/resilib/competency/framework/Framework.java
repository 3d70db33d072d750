package org.resilib.competency.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "competency_framework")
public class Framework extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Level> levels;

    @JdbcTypeCode(SqlTypes.JSON)
    public Rules rules;

    @Column(name = "source_hash")
    public String sourceHash;

    public boolean archived;

    /** Loaded from content/competencies: a content reload replaces it from its file unless an admin detached it. */
    @Column(name = "file_managed")
    public boolean fileManaged;

    /** A file-managed framework an admin chose to edit in the browser only; content reloads skip it. */
    public boolean detached;

    @Column(name = "updated_by")
    public Long updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    /** A step of the proficiency scale; {@code proficient} marks the level that counts as proficient. */
    public record Level(int level, Map<String, String> name, Boolean proficient) {
        public boolean isProficient() {
            return Boolean.TRUE.equals(proficient);
        }
    }

    /** How evidence turns into a level (the competency package's ProficiencyRule applies them); every field optional. */
    public record Rules(Integer courseCompleted, QuizRule quizPassed, Integer sessionAttended,
            Integer workSampleReviewed) {
    }

    public record QuizRule(Integer minPercent, Integer level) {
    }

    public int maxLevel() {
        return levels.stream().mapToInt(Level::level).max().orElse(0);
    }

    public int proficientLevel() {
        return levels.stream().filter(Level::isProficient).mapToInt(Level::level).min().orElse(maxLevel());
    }
}
