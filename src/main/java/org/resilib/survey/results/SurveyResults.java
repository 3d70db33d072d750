package org.resilib.survey.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resilib.db.SqlArrays;
import org.resilib.survey.definition.QuestionType;
import org.resilib.survey.definition.SurveyCheck;
import org.resilib.survey.definition.SurveyFile;
import org.resilib.text.LocalizedText;

/**
 * A survey's results, aggregated by the database: six statements whatever the number of responses (the total, who
 * answered each question, counts per option or point, Likert points per statement, numeric summaries, and the most
 * recent texts). Percentages are of the people who answered the question, so a multiple choice shows each option's
 * share of respondents, never one lumped figure. For an anonymous survey a group of fewer than
 * {@link #SMALLEST_GROUP} respondents is not broken down (a filter could otherwise single a person out).
 */
@ApplicationScoped
public class SurveyResults {

    /** The smallest group an anonymous survey's results are shown for. */
    public static final int SMALLEST_GROUP = 5;
    /** Texts listed per question on the results page. */
    static final int TEXTS_SHOWN = 20;
    /** The respondent groups a filter may choose. */
    public static final List<String> ROLES = List.of("student", "staff", "member", "visitor");

    private final EntityManager em;

    SurveyResults(EntityManager em) {
        this.em = em;
    }

    /** A bar: an option (or point) with its count and its share of those who answered, in percent. */
    public record Bar(String id, String label, long count, double percent) {
    }

    /** A Likert statement: counts per point, 1 to the scale's size. */
    public record Statement(String id, String label, long answered, List<Bar> points) {
    }

    /** A number's summary. */
    public record Numbers(double mean, double median, double lowerQuartile, double upperQuartile, double min,
            double max) {
    }

    /** One question's results. */
    public record QuestionResult(SurveyFile.Question question, String text, long answered, List<Bar> bars,
            List<Statement> statements, Numbers numbers, Double recommendScore, List<String> texts, long textCount) {
        public String type() {
            return question.type();
        }
    }

    /** The results: the respondents counted, and per question; {@code hidden} when the group is too small. */
    public record Results(long respondents, boolean hidden, String role, String about,
            List<QuestionResult> questions) {
    }

    /**
     * The results of a survey, for the responses in the scope: all, one group (see {@link #ROLES}), one course of a
     * survey that follows every course, or an instructor's courses.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Results of(long surveyId, SurveyFile definition, boolean anonymous, ResultsAccess.Scope scope,
            Locale locale) {
        String r = scope.role() == null ? "" : scope.role();
        long total = ((Number) rows("select count(*) from survey_response r where " + ResultsAccess.Scope.CONDITION,
                surveyId, scope).get(0)[0]).longValue();
        List<SurveyFile.Question> questions = definition.pages().stream().flatMap(p -> p.questions().stream())
                .filter(q -> q.kind() != QuestionType.DESCRIPTION).toList();
        if (anonymous && scope.partial() && total > 0 && total < SMALLEST_GROUP) {
            return new Results(total, true, scope.role(), scope.about(), List.of());
        }
        Map<String, Long> answered = new HashMap<>();
        for (Object[] row : rows("select a.key, count(*) from survey_response r cross join lateral"
                + " jsonb_object_keys(r.answers) a(key) where " + ResultsAccess.Scope.CONDITION + " group by a.key",
                surveyId, scope)) {
            answered.put((String) row[0], ((Number) row[1]).longValue());
        }
        List<String> counted = ids(questions, QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.DROPDOWN,
                QuestionType.RATING, QuestionType.RECOMMEND);
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Object[] row : rows("select a.key, x.value, count(*) from survey_response r cross join lateral"
                + " jsonb_each(r.answers) a(key, value) cross join lateral jsonb_array_elements_text(case"
                + " jsonb_typeof(a.value) when 'array' then a.value when 'object' then case when"
                + " jsonb_exists(a.value, 'options') then a.value -> 'options' when jsonb_exists(a.value, 'option')"
                + " then jsonb_build_array(a.value -> 'option') else '[]'::jsonb end else jsonb_build_array(a.value)"
                + " end) x(value) where " + ResultsAccess.Scope.CONDITION + " and a.key = any(cast(?6 as text[]))"
                + " group by a.key, x.value", surveyId, scope, SqlArrays.texts(counted))) {
            counts.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((String) row[1],
                    ((Number) row[2]).longValue());
        }
        Map<String, Map<String, Map<String, Long>>> likert = new HashMap<>();
        for (Object[] row : rows("select a.key, s.key, s.value #>> '{}', count(*) from survey_response r cross join"
                + " lateral jsonb_each(r.answers) a(key, value) cross join lateral jsonb_each(a.value) s(key, value)"
                + " where " + ResultsAccess.Scope.CONDITION + " and jsonb_typeof(a.value) = 'object' and a.key ="
                + " any(cast(?6 as text[])) group by 1, 2, 3", surveyId, scope,
                SqlArrays.texts(ids(questions, QuestionType.LIKERT)))) {
            likert.computeIfAbsent((String) row[0], k -> new HashMap<>())
                    .computeIfAbsent((String) row[1], k -> new HashMap<>())
                    .put((String) row[2], ((Number) row[3]).longValue());
        }
        Map<String, Numbers> numbers = new HashMap<>();
        for (Object[] row : rows("select a.key, avg(v), percentile_cont(0.25) within group (order by v),"
                + " percentile_cont(0.5) within group (order by v), percentile_cont(0.75) within group (order by v),"
                + " min(v), max(v) from survey_response r cross join lateral jsonb_each(r.answers) a(key,"
                + " value) cross join lateral (select (a.value #>> '{}')::float8) n(v) where "
                + ResultsAccess.Scope.CONDITION + " and jsonb_typeof(a.value) = 'number' and a.key ="
                + " any(cast(?6 as text[])) group by a.key", surveyId, scope, SqlArrays.texts(ids(questions,
                        QuestionType.NUMBER, QuestionType.RATING, QuestionType.RECOMMEND)))) {
            numbers.put((String) row[0], new Numbers(number(row[1]), number(row[3]), number(row[2]), number(row[4]),
                    number(row[5]), number(row[6])));
        }
        Map<String, List<String>> texts = new HashMap<>();
        Map<String, Long> textCounts = new HashMap<>();
        for (Object[] row : rows("select key, text, n from (select a.key, coalesce(case jsonb_typeof(a.value) when"
                + " 'object' then a.value ->> 'other' end, case jsonb_typeof(a.value) when 'string' then a.value"
                + " #>> '{}' end) as text, row_number() over (partition by a.key order by r.submitted_on desc, r.id)"
                + " as rn, count(*) over (partition by a.key) as n from survey_response r cross join lateral"
                + " jsonb_each(r.answers) a(key, value) where " + ResultsAccess.Scope.CONDITION + " and (a.key ="
                + " any(cast(?6 as text[])) and jsonb_typeof(a.value) = 'string' or a.key = any(cast(?7 as text[]))"
                + " and jsonb_typeof(a.value) = 'object' and jsonb_exists(a.value, 'other'))) t where rn <= "
                + TEXTS_SHOWN + " order by key, rn", surveyId, scope,
                SqlArrays.texts(ids(questions, QuestionType.TEXT, QuestionType.LONGTEXT)),
                SqlArrays.texts(ids(questions, QuestionType.SINGLE, QuestionType.MULTIPLE)))) {
            texts.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
            textCounts.put((String) row[0], ((Number) row[2]).longValue());
        }
        List<QuestionResult> out = new ArrayList<>();
        for (SurveyFile.Question q : questions) {
            long n = answered.getOrDefault(q.id(), 0L);
            Map<String, Long> c = counts.getOrDefault(q.id(), Map.of());
            List<Bar> bars = new ArrayList<>();
            List<Statement> statements = new ArrayList<>();
            Double score = null;
            switch (q.kind()) {
                case SINGLE, MULTIPLE, DROPDOWN -> {
                    q.optionList().forEach(o -> bars.add(bar(o.id(), LocalizedText.pick(o.text(), locale),
                            c.getOrDefault(o.id(), 0L), n)));
                    if (q.hasOther()) {
                        bars.add(bar(SurveyCheck.OTHER, null, c.getOrDefault(SurveyCheck.OTHER, 0L), n));
                    }
                }
                case RATING -> {
                    for (int p = 1; p <= 5; p++) {
                        bars.add(bar(String.valueOf(p), String.valueOf(p), c.getOrDefault(String.valueOf(p), 0L), n));
                    }
                }
                case RECOMMEND -> {
                    long promoters = 0;
                    long detractors = 0;
                    for (int p = 0; p <= 10; p++) {
                        long k = c.getOrDefault(String.valueOf(p), 0L);
                        bars.add(bar(String.valueOf(p), String.valueOf(p), k, n));
                        promoters += p >= 9 ? k : 0;
                        detractors += p <= 6 ? k : 0;
                    }
                    score = n == 0 ? null : Math.round(1000.0 * (promoters - detractors) / n) / 10.0;
                }
                case LIKERT -> {
                    Map<String, Map<String, Long>> byStatement = likert.getOrDefault(q.id(), Map.of());
                    for (SurveyFile.Option s : q.statementList()) {
                        Map<String, Long> points = byStatement.getOrDefault(s.id(), Map.of());
                        long m = points.values().stream().mapToLong(Long::longValue).sum();
                        List<Bar> pb = new ArrayList<>();
                        for (int p = 1; p <= q.points(); p++) {
                            pb.add(bar(String.valueOf(p), null, points.getOrDefault(String.valueOf(p), 0L), m));
                        }
                        statements.add(new Statement(s.id(), LocalizedText.pick(s.text(), locale), m, pb));
                    }
                }
                default -> {
                }
            }
            out.add(new QuestionResult(q, LocalizedText.pick(q.text(), locale), n, bars, statements,
                    numbers.get(q.id()), score, texts.getOrDefault(q.id(), List.of()),
                    textCounts.getOrDefault(q.id(), 0L)));
        }
        return new Results(total, false, scope.role(), scope.about(), out);
    }

    private static Bar bar(String id, String label, long count, long of) {
        return new Bar(id, label, count, of == 0 ? 0 : Math.round(1000.0 * count / of) / 10.0);
    }

    private static List<String> ids(List<SurveyFile.Question> questions, QuestionType... types) {
        List<QuestionType> wanted = List.of(types);
        return questions.stream().filter(q -> wanted.contains(q.kind())).map(SurveyFile.Question::id).toList();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    /** Rows of a query on the responses in the scope: ?1 the survey, ?2 to ?5 the scope, ?6 on the others. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long surveyId, ResultsAccess.Scope scope, Object... others) {
        var q = em.createNativeQuery(sql).setParameter(1, surveyId);
        List<Object> params = scope.parameters();
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 2, params.get(i));
        }
        for (int i = 0; i < others.length; i++) {
            q.setParameter(i + 6, others[i]);
        }
        List<?> rows = q.getResultList();
        return rows.stream().map(row -> row instanceof Object[] a ? a : new Object[] {row}).toList();
    }

    /** One page of the texts written for a question: how many match in all, and this page's, newest first. */
    public record Texts(long total, boolean hidden, List<String> items) {
    }

    /** Texts shown per page of a question's texts. */
    public static final int TEXTS_PER_PAGE = 50;

    /**
     * The texts written for one question (its text, or its "other, please specify"), in the scope, containing
     * {@code search} (any case; blank for all), newest first, page {@code page} (1-based) of
     * {@link #TEXTS_PER_PAGE}: three statements whatever the number of responses. Hidden, as the figures are, for a
     * group of an anonymous survey smaller than {@link #SMALLEST_GROUP}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Texts texts(long surveyId, boolean anonymous, String question, ResultsAccess.Scope scope, String search,
            int page) {
        long respondents = ((Number) rows("select count(*) from survey_response r where "
                + ResultsAccess.Scope.CONDITION, surveyId, scope).get(0)[0]).longValue();
        if (anonymous && scope.partial() && respondents > 0 && respondents < SMALLEST_GROUP) {
            return new Texts(0, true, List.of());
        }
        String like = search == null || search.isBlank() ? "" : "%" + search.strip().replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        String texts = "from (select coalesce(case jsonb_typeof(r.answers -> ?6) when 'object' then r.answers -> ?6"
                + " ->> 'other' end, case jsonb_typeof(r.answers -> ?6) when 'string' then r.answers ->> ?6 end) as"
                + " text, r.submitted_on, r.id from survey_response r where " + ResultsAccess.Scope.CONDITION
                + " and jsonb_exists(r.answers, ?6)) t where text is not null and (?7 = '' or text ilike ?7)";
        long total = ((Number) rows("select count(*) " + texts, surveyId, scope, question, like).get(0)[0])
                .longValue();
        List<String> items = rows("select text " + texts + " order by submitted_on desc, id limit "
                + TEXTS_PER_PAGE + " offset " + (long) (Math.max(page, 1) - 1) * TEXTS_PER_PAGE, surveyId, scope,
                question, like).stream().map(r -> (String) r[0]).toList();
        return new Texts(total, false, items);
    }

    /**
     * What a follow-up survey's responses are about (its subjects' keys: the courses, or sessions), with how many
     * responses each, in the scope's group and limits.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> subjects(long surveyId, ResultsAccess.Scope scope) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] row : rows("select r.subject, count(*) from survey_response r where "
                + ResultsAccess.Scope.CONDITION + " and r.subject is not null group by r.subject order by r.subject",
                surveyId, new ResultsAccess.Scope(scope.role(), null, scope.within()))) {
            out.put((String) row[0], ((Number) row[1]).longValue());
        }
        return out;
    }

    /** The order the results list questions in, for exports: every answerable question by page. */
    public static Map<String, SurveyFile.Question> answerable(SurveyFile definition) {
        Map<String, SurveyFile.Question> out = new LinkedHashMap<>();
        definition.pages().forEach(p -> p.questions().stream().filter(q -> q.kind() != QuestionType.DESCRIPTION)
                .forEach(q -> out.put(q.id(), q)));
        return out;
    }
}
