package org.resilib.livesession;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.resilib.course.Audience;
import org.resilib.text.LocalizedText;

@Entity
@Table(name = "live_session")
public class LiveSession extends PanacheEntityBase {

    public static final String SCHEDULED = "scheduled";
    public static final String CANCELLED = "cancelled";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "series_id")
    public Long seriesId;

    @Column(name = "organiser_id")
    public Long organiserId;

    @Column(name = "course_id")
    public Long courseId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> description;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    @Column(name = "time_zone")
    public String timeZone;

    @Convert(converter = Platform.DbConverter.class)
    public Platform platform;

    @Column(name = "join_url")
    public String joinUrl;

    @Column(name = "meeting_code")
    public String meetingCode;

    public Integer capacity;

    @Convert(converter = Audiences.DbConverter.class)
    public Audience audience;

    @Column(name = "registration_opens_at")
    public Instant registrationOpensAt;

    @Column(name = "registration_closes_at")
    public Instant registrationClosesAt;

    public String status = SCHEDULED;

    public int sequence;

    @Column(name = "recording_url")
    public String recordingUrl;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }

    public boolean cancelled() {
        return CANCELLED.equals(status);
    }

    public String title(Locale locale) {
        return LocalizedText.pick(title, locale);
    }

    public String description(Locale locale) {
        return LocalizedText.pick(description, locale);
    }
}
