package org.resilib.quiz.report;

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
import java.util.stream.Collectors;
import org.resilib.gift.QuestionType;
import org.resilib.quiz.QuizAttempt;
import org.resilib.quiz.QuizTemplateExtensions;
import org.resilib.people.PeopleDirectory;
import org.resilib.text.CsvCells;
import org.resilib.time.DateTimes;

/**
 * Read-only reports on a course's quiz: attempts (page and CSV, with the learners' names from the people directory in
 * one more statement) and item statistics.
 */
@ApplicationScoped
public class QuizReports {

    private final EntityManager em;
    private final PeopleDirectory people;

    QuizReports(EntityManager em, PeopleDirectory people) {
        this.em = em;
        this.people = people;
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

    /** The instructors' attempts page: every attempt and the statistics of every question. */
    public record Overview(List<Row> attempts, List<ItemRow> items) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Overview overview(long courseId, ZoneId zone, Locale locale) {
        return new Overview(attempts(courseId, zone), items(courseId, locale));
    }

    List<Row> attempts(long courseId, ZoneId zone) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, a.person_id, a.number, a.state, a.started_at,"
                + " a.submitted_at, a.score, a.max_score, a.percent, a.passed from quiz_attempt a"
                + " where a.course_id = ?1 order by a.started_at desc, a.id desc limit 5000")
                .setParameter(1, courseId).getResultList();
        Map<Long, PeopleDirectory.Contact> people = this.people.byIds(rows.stream()
                .map(r -> ((Number) r[1]).longValue()).collect(Collectors.toSet()));
        List<Row> out = new ArrayList<>();
        for (Object[] r : rows) {
            PeopleDirectory.Contact learner = people.get(((Number) r[1]).longValue());
            out.add(new Row(((Number) r[0]).longValue(), learner == null ? "" : learner.name(),
                    learner == null ? "" : learner.email(), ((Number) r[2]).intValue(), (String) r[3],
                    DateTimes.minutes((Instant) r[4], zone), DateTimes.minutes((Instant) r[5], zone), num(r[6]),
                    num(r[7]), num(r[8]), (Boolean) r[9]));
        }
        return out;
    }

    private static Double num(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    /** The attempts as CSV; cells that a spreadsheet would run as a formula are quoted as text. */
    @Transactional(Transactional.TxType.SUPPORTS)
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

    List<ItemRow> items(long courseId, Locale locale) {
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
