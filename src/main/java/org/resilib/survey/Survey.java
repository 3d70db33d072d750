package org.resilib.survey;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.resilib.survey.definition.SurveyFile;

/** A survey as stored: its validated definition, and the columns the lists and rules read without parsing it. */
@Entity
@Table(name = "survey")
@EntityListeners(SurveyChanges.class)
public class Survey extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    public SurveyFile definition;

    public String audience;

    public boolean anonymous;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "course_slug")
    public String courseSlug;

    @Column(name = "for_all_courses")
    public boolean forAllCourses;

    @Column(name = "for_sessions")
    public boolean forSessions;

    /** draft, published or closed. */
    public String status = "published";

    @Column(name = "file_managed")
    public boolean fileManaged;

    /** Who made it in the browser; null for a file's survey. */
    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "source_hash")
    public String sourceHash;

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    /**
     * What its responses are told apart by in results and exports: {@code course} for a survey that follows every
     * course, {@code session} for one that follows sessions, null for others (one course's feedback included).
     */
    public String answeredPer() {
        return forAllCourses ? "course" : forSessions ? "session" : null;
    }

    /** Takes the definition's own columns from it; its dates live in their columns only. */
    public void define(SurveyFile f) {
        definition = new SurveyFile(f.title(), f.description(), f.audience(), f.anonymous(), null, null, f.course(),
                f.courses(), f.sessions(), f.pages());
        title = f.title();
        audience = f.audience();
        anonymous = f.isAnonymous();
        opensAt = f.opens() == null ? null : f.opens().toInstant();
        closesAt = f.closes() == null ? null : f.closes().toInstant();
        courseSlug = f.course();
        forAllCourses = SurveyFile.ALL_COURSES.equals(f.courses());
        forSessions = Boolean.TRUE.equals(f.sessions());
        updatedAt = Instant.now();
    }
}
