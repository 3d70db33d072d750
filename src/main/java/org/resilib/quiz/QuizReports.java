package org.resilib.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resilib.gift.QuestionType;
import org.resilib.text.CsvCells;

/** Read-only reports on a course's quiz: attempts (page and CSV) and item statistics. One query each. */
@ApplicationScoped
public class QuizReports {

    private final EntityManager em;

    QuizReports(EntityManager em) {
        this.em = em;
    }

    public record Row(long id, String learner, String email, int number, String state, String started,
            String submitted, Double score, Double maxScore, Double percent, Boolean passed) {
        public boolean waiting() {
            return QuizAttempt.NEEDS_GRADING.equals(state);
        }
    }

    public record ItemRow(int position, String title, QuestionType type, int attempts, double facility,
            double standardDeviation, Double discrimination) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> attempts(long courseId, ZoneId zone) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, p.display_name, p.email, a.number, a.state,"
                + " a.started_at, a.submitted_at, a.score, a.max_score, a.percent, a.passed from quiz_attempt a"
                + " join person p on p.id = a.person_id where a.course_id = ?1 order by a.started_at desc, a.id desc"
                + " limit 5000").setParameter(1, courseId).getResultList();
        var f = QuizInstructorResource.dates(zone);
        List<Row> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                    (String) r[4], r[5] == null ? "" : f.format((Instant) r[5]),
                    r[6] == null ? "" : f.format((Instant) r[6]), num(r[7]), num(r[8]), num(r[9]), (Boolean) r[10]));
        }
        return out;
    }

    private static Double num(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    /** The attempts as CSV; cells that a spreadsheet would run as a formula are quoted as text. */
    public String csv(long courseId, ZoneId zone) {
        CsvSchema schema = CsvSchema.builder().addColumn("attempt").addColumn("learner").addColumn("email")
                .addColumn("number").addColumn("state").addColumn("started").addColumn("submitted").addColumn("score")
                .addColumn("maxScore").addColumn("percent").addColumn("passed").setUseHeader(true).build();
        List<List<String>> lines = new ArrayList<>();
        for (Row r : attempts(courseId, zone)) {
            lines.add(List.of(String.valueOf(r.id()), safe(r.learner()), safe(r.email()), String.valueOf(r.number()),
                    r.state(), r.started(), r.submitted(), str(r.score()), str(r.maxScore()), str(r.percent()),
                    r.passed() == null ? "" : r.passed().toString()));
        }
        try {
            return new CsvMapper().writer(schema).writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String safe(String s) {
        return CsvCells.safe(s);
    }

    private static String str(Double d) {
        return d == null ? "" : QuizTemplateExtensions.round(d);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ItemRow> items(long courseId, Locale locale) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select aq.attempt_id, v.question_id, aq.points, aq.max_points"
                + " from attempt_question aq join quiz_attempt a on a.id = aq.attempt_id join question_version v"
                + " on v.id = aq.question_version_id where a.course_id = ?1 and a.state = 'graded'"
                + " and aq.max_points > 0").setParameter(1, courseId).getResultList();
        List<ItemStatistics.Score> scores = rows.stream().map(r -> new ItemStatistics.Score(
                ((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                r[2] == null ? 0 : ((Number) r[2]).doubleValue(), ((Number) r[3]).doubleValue())).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> questions = em.createNativeQuery("select q.id, q.position, v.title, v.type from question q"
                + " join question_version v on v.id = q.current_version_id where q.course_id = ?1")
                .setParameter(1, courseId).getResultList();
        Map<Long, Object[]> byId = new HashMap<>();
        questions.forEach(q -> byId.put(((Number) q[0]).longValue(), q));
        List<ItemRow> out = new ArrayList<>();
        for (ItemStatistics.Item item : ItemStatistics.compute(scores)) {
            Object[] q = byId.get(item.questionId());
            if (q == null) {
                continue;
            }
            out.add(new ItemRow(((Number) q[1]).intValue(), (String) q[2],
                    QuestionType.fromKey((String) q[3]).orElseThrow(), item.attempts(),
                    item.facility(), item.standardDeviation(), item.discrimination()));
        }
        out.sort(Comparator.comparingInt(ItemRow::position));
        return out;
    }
}
