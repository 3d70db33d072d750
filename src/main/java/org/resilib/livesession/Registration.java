package org.resilib.livesession;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "session_registration")
public class Registration extends PanacheEntityBase {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String WAITLISTED = "WAITLISTED";
    public static final String CANCELLED = "CANCELLED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "session_id")
    public Long sessionId;

    @Column(name = "person_id")
    public Long personId;

    public String status;

    @Column(name = "queued_at")
    public Instant queuedAt = Instant.now();

    @Column(name = "registered_at")
    public Instant registeredAt = Instant.now();

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    public boolean attended;

    @Column(name = "attended_source")
    public String attendedSource;
}
