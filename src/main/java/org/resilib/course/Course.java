package org.resilib.course;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.resilib.text.LocalizedText;

@Entity
@Table(name = "course")
@EntityListeners(ContentWrites.class)
public class Course extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> summary;

    /** Stored as the key of {@link Dimension}. */
    public String dimension;

    /** Stored as the key of {@link Audience}. */
    public String audience;

    public int minutes;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> competencies = new ArrayList<>();

    @Column(name = "quiz_settings")
    @JdbcTypeCode(SqlTypes.JSON)
    public QuizSettings quizSettings;

    @Column(name = "quiz_gift")
    public String quizGift;

    /** The quiz's translations by language: GIFT texts of the same questions ({@code quiz.en.gift}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "quiz_translations")
    public Map<String, String> quizTranslations = new LinkedHashMap<>();

    /** Stored as the key of {@link CourseStatus}. */
    public String status;

    /** {@code file} for courses loaded from content/, {@code browser} for courses authored in the browser. */
    public String source;

    /** A file-managed course an author detached: content reloads leave it alone. */
    public boolean detached;

    @Column(name = "source_hash")
    public String sourceHash;

    @Column(name = "search_text")
    public String searchText = "";

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    @Column(name = "archived_at")
    public Instant archivedAt;

    public static Optional<Course> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public String title(Locale locale) {
        return LocalizedText.pick(title, locale);
    }

    public String summary(Locale locale) {
        return LocalizedText.pick(summary, locale);
    }

    public Audience audienceValue() {
        return Audience.fromKey(audience).orElse(Audience.EVERYONE);
    }

    /** Loaded from content/ and not detached: the next content reload overwrites browser edits. */
    public boolean isFileManaged() {
        return "file".equals(source) && !detached;
    }

    public boolean isPublished() {
        return CourseStatus.PUBLISHED.key().equals(status);
    }

    /** Quiz settings as written in course.yaml; null fields take the quiz feature's defaults. */
    public record QuizSettings(Integer passPercent, Integer attempts, Integer timeLimitMinutes, Boolean shuffle) {
    }
}
