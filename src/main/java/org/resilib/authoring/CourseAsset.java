package org.resilib.authoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An image or attachment uploaded for a course, stored in the database. */
@Entity
@Table(name = "course_asset")
class CourseAsset extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "course_id")
    Long courseId;

    @Column(name = "file_name")
    String fileName;

    @Column(name = "content_type")
    String contentType;

    @Column(name = "size_bytes")
    int size;

    String sha256;

    @Basic(fetch = FetchType.LAZY)
    byte[] data;

    @Column(name = "uploaded_by")
    Long uploadedBy;

    @Column(name = "uploaded_at")
    Instant uploadedAt = Instant.now();
}
