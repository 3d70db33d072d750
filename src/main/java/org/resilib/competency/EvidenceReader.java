package org.resilib.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resilib.course.CourseEvidence;
import org.resilib.db.SqlArrays;
import org.resilib.livesession.Attendance;
import org.resilib.quiz.QuizOutcomes;

/**
 * Evidence of competencies read from what people did, asked of the features that know it: courses completed,
 * quizzes passed, sessions attended (with the competencies of their courses), and work samples. Five statements
 * whatever the number of people, so the library-wide matrix stays bounded.
 */
@ApplicationScoped
class EvidenceReader {

    private final EntityManager em;
    private final CourseEvidence courses;
    private final QuizOutcomes quizzes;
    private final Attendance attendance;

    EvidenceReader(EntityManager em, CourseEvidence courses, QuizOutcomes quizzes, Attendance attendance) {
        this.em = em;
        this.courses = courses;
        this.quizzes = quizzes;
        this.attendance = attendance;
    }

    /** Per person, per competency code, the evidence in the order it was read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Map<Long, Map<String, List<ProficiencyRule.Evidence>>> evidence(List<Long> people) {
        Map<Long, Map<String, List<ProficiencyRule.Evidence>>> out = new HashMap<>();
        if (people.isEmpty()) {
            return out;
        }
        courses.completedCourses(people).values().forEach(list -> list.forEach(c -> add(out, c.personId(),
                c.competencies(), new ProficiencyRule.Evidence("course_completed", "/courses/" + c.slug(),
                        c.completedAt(), c.slug(), null))));
        List<QuizOutcomes.Passed> passed = quizzes.passed(people);
        List<Attendance.Attended> attended = attendance.attended(people);
        Set<Long> courseIds = new HashSet<>();
        passed.forEach(p -> courseIds.add(p.courseId()));
        attended.forEach(a -> courseIds.add(a.courseId()));
        Map<Long, CourseEvidence.Tagged> tagged = courses.tagged(courseIds);
        for (QuizOutcomes.Passed p : passed) {
            CourseEvidence.Tagged c = tagged.get(p.courseId());
            if (c != null) {
                double score = p.bestPercent();
                add(out, p.personId(), c.competencies(), new ProficiencyRule.Evidence("quiz_passed",
                        "/courses/" + c.slug() + "/quiz", p.lastSubmittedAt(),
                        c.slug() + " " + Math.round(score * 10) / 10.0 + "%", score));
            }
        }
        for (Attendance.Attended a : attended) {
            CourseEvidence.Tagged c = tagged.get(a.courseId());
            if (c != null) {
                add(out, a.personId(), c.competencies(), new ProficiencyRule.Evidence("session_attended",
                        "/sessions/" + a.sessionId(), a.startsAt(), "#" + a.sessionId(), null));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> samples = em.createNativeQuery("select person_id, code, url, coalesce(reviewed_at, submitted_at),"
                + " note, status from work_sample where person_id = any(cast(?1 as bigint[])) and status <> 'rejected'"
                + " order by submitted_at").setParameter(1, SqlArrays.bigints(people)).getResultList();
        for (Object[] r : samples) {
            String kind = "accepted".equals(r[5]) ? "work_sample_reviewed" : "work_sample_submitted";
            add(out, ((Number) r[0]).longValue(), List.of((String) r[1]), new ProficiencyRule.Evidence(kind,
                    (String) r[2], (Instant) r[3], (String) r[4], null));
        }
        return out;
    }

    private static void add(Map<Long, Map<String, List<ProficiencyRule.Evidence>>> out, long person,
            List<String> codes, ProficiencyRule.Evidence e) {
        Map<String, List<ProficiencyRule.Evidence>> byCode = out.computeIfAbsent(person, k -> new LinkedHashMap<>());
        for (String code : codes) {
            byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(e);
        }
    }
}
