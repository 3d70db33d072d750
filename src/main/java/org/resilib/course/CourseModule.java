package org.resilib.course;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.resilib.text.LocalizedText;

/** One module of a course. A retired module is no longer shown but keeps learners' progress. */
@Entity
@Table(name = "course_module")
@EntityListeners(ContentWrites.class)
public class CourseModule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    public Course course;

    public String slug;

    public int position;

    public int minutes;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> title;

    @Column(name = "body_markdown")
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> bodyMarkdown;

    /** Rendered and sanitized once, when the module is loaded or saved. */
    @Column(name = "body_html")
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> bodyHtml;

    public boolean retired;

    public String title(Locale locale) {
        return LocalizedText.pick(title, locale);
    }
}
