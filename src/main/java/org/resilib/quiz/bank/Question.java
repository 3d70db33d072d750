package org.resilib.quiz.bank;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A question of a course's bank; its text lives in versions. */
@Entity
@Table(name = "question")
public class Question extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "course_id")
    public Long courseId;

    @Column(name = "question_key")
    public String key;

    public String category = "";

    public int position;

    @Column(name = "current_version_id")
    public Long currentVersionId;

    public boolean retired;
}
