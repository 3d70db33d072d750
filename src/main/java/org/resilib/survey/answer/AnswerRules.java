package org.resilib.survey.answer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resilib.survey.definition.QuestionType;
import org.resilib.survey.definition.SurveyCheck;
import org.resilib.survey.definition.SurveyFile;

/**
 * What an answer must be, question by question, whether it came from the survey's pages or the API: the value's
 * shape for the question's type, options that exist, selections and numbers in range, texts within their length,
 * required questions answered, and a question hidden by its condition neither required nor answerable. The answers
 * kept are the checked ones, in the question order, with texts trimmed.
 */
public final class AnswerRules {

    /** A text answer's length when the question names none. */
    public static final int TEXT_MAX = 500;
    public static final int LONGTEXT_MAX = 5000;

    private AnswerRules() {
    }

    /** An answer refused: the question's id and the message key saying why. */
    public record Problem(String question, String code) {
    }

    /** The answers kept and the problems found. */
    public record Checked(Map<String, Object> answers, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Every question of the survey, in order. */
    public static List<SurveyFile.Question> all(SurveyFile survey) {
        return survey.pages().stream().flatMap(p -> p.questions().stream()).toList();
    }

    /** Whether a question is shown, given the answers to the questions before it. */
    public static boolean visible(SurveyFile.Question q, Map<String, Object> answers) {
        if (q.showIf() == null) {
            return true;
        }
        Object on = answers.get(q.showIf().question());
        return chosen(on).stream().anyMatch(q.showIf().anyOf()::contains);
    }

    /**
     * Checks {@code answers} against {@code questions} (a page, or the whole survey) with {@code known} the answers
     * to earlier pages (conditions may refer to them). Keys that are not questions of {@code scope} are refused.
     */
    public static Checked check(List<SurveyFile.Question> questions, Map<String, ?> answers,
            Map<String, Object> known, Collection<SurveyFile.Question> scope) {
        Map<String, Object> kept = new LinkedHashMap<>();
        Map<String, Object> context = new LinkedHashMap<>(known);
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        scope.forEach(q -> ids.add(q.id()));
        for (String key : answers.keySet()) {
            if (!ids.contains(key) && !empty(answers.get(key))) {
                problems.add(new Problem(key, "survey_answer_unknown_question"));
            }
        }
        for (SurveyFile.Question q : questions) {
            QuestionType type = q.kind();
            Object value = answers.get(q.id());
            boolean shown = visible(q, context);
            if (type == QuestionType.DESCRIPTION) {
                if (!empty(value)) {
                    problems.add(new Problem(q.id(), "survey_answer_invalid"));
                }
                continue;
            }
            if (!shown) {
                if (!empty(value)) {
                    problems.add(new Problem(q.id(), "survey_answer_hidden"));
                }
                context.remove(q.id());
                continue;
            }
            if (empty(value)) {
                if (q.isRequired()) {
                    problems.add(new Problem(q.id(), "survey_answer_required"));
                }
                context.remove(q.id());
                continue;
            }
            Object clean;
            try {
                clean = clean(q, type, value);
            } catch (Refused r) {
                problems.add(new Problem(q.id(), r.code));
                continue;
            }
            if (clean == null) {
                if (q.isRequired()) {
                    problems.add(new Problem(q.id(), "survey_answer_required"));
                }
                continue;
            }
            kept.put(q.id(), clean);
            context.put(q.id(), clean);
        }
        return new Checked(kept, problems);
    }

    /** The option ids an answer to a choice question chose ({@code other} included). */
    public static List<String> chosen(Object answer) {
        if (answer instanceof String s) {
            return List.of(s);
        }
        if (answer instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        if (answer instanceof Map<?, ?> m) {
            List<String> out = new ArrayList<>();
            if (m.get("option") != null) {
                out.add(String.valueOf(m.get("option")));
            }
            if (m.get("options") instanceof Collection<?> c) {
                c.forEach(o -> out.add(String.valueOf(o)));
            }
            if (m.get("other") instanceof String t && !t.isBlank() && !out.contains(SurveyCheck.OTHER)) {
                out.add(SurveyCheck.OTHER);
            }
            return out;
        }
        return List.of();
    }

    private static Object clean(SurveyFile.Question q, QuestionType type, Object value) {
        return switch (type) {
            case SINGLE, DROPDOWN -> single(q, value);
            case MULTIPLE -> multiple(q, value);
            case LIKERT -> likert(q, value);
            case RATING -> whole(value, 1, 5);
            case RECOMMEND -> whole(value, 0, 10);
            case NUMBER -> number(q, value);
            case DATE -> date(value);
            case TEXT -> text(value, q.maxLength() == null ? TEXT_MAX : q.maxLength());
            case LONGTEXT -> text(value, q.maxLength() == null ? LONGTEXT_MAX : q.maxLength());
            case RANKING -> ranking(q, value);
            case DESCRIPTION -> null;
        };
    }

    private static Object single(SurveyFile.Question q, Object value) {
        String option;
        String other = null;
        if (value instanceof String s) {
            option = s.strip();
        } else if (value instanceof Map<?, ?> m && (m.get("option") == null || m.get("option") instanceof String)) {
            option = m.get("option") == null ? null : ((String) m.get("option")).strip();
            other = otherText(q, m.get("other"));
            if (option == null && other != null) {
                option = SurveyCheck.OTHER;
            }
        } else {
            throw new Refused("survey_answer_invalid");
        }
        if (option == null || option.isEmpty()) {
            return null;
        }
        if (SurveyCheck.OTHER.equals(option)) {
            if (!q.hasOther()) {
                throw new Refused("survey_answer_unknown_option");
            }
            if (other == null) {
                throw new Refused("survey_answer_other_missing");
            }
            return Map.of("option", SurveyCheck.OTHER, "other", other);
        }
        requireOption(q, option);
        return option;
    }

    private static Object multiple(SurveyFile.Question q, Object value) {
        List<String> options = new ArrayList<>();
        String other = null;
        if (value instanceof Collection<?> c) {
            c.forEach(o -> options.add(String.valueOf(o).strip()));
        } else if (value instanceof String s) {
            options.add(s.strip());
        } else if (value instanceof Map<?, ?> m) {
            if (m.get("options") instanceof Collection<?> c) {
                c.forEach(o -> options.add(String.valueOf(o).strip()));
            } else if (m.get("options") != null) {
                throw new Refused("survey_answer_invalid");
            }
            other = otherText(q, m.get("other"));
            if (other != null && !options.contains(SurveyCheck.OTHER)) {
                options.add(SurveyCheck.OTHER);
            }
        } else {
            throw new Refused("survey_answer_invalid");
        }
        options.removeIf(String::isEmpty);
        if (options.isEmpty()) {
            return null;
        }
        if (new HashSet<>(options).size() != options.size()) {
            throw new Refused("survey_answer_invalid");
        }
        for (String o : options) {
            if (SurveyCheck.OTHER.equals(o)) {
                if (!q.hasOther()) {
                    throw new Refused("survey_answer_unknown_option");
                }
                if (other == null) {
                    throw new Refused("survey_answer_other_missing");
                }
            } else {
                requireOption(q, o);
            }
        }
        if (q.max() != null && options.size() > q.max()) {
            throw new Refused("survey_answer_too_many");
        }
        if (q.min() != null && options.size() < q.min()) {
            throw new Refused("survey_answer_too_few");
        }
        // In the question's order, whatever order they came in.
        List<String> ordered = new ArrayList<>();
        q.optionList().forEach(o -> {
            if (options.contains(o.id())) {
                ordered.add(o.id());
            }
        });
        if (other != null) {
            ordered.add(SurveyCheck.OTHER);
            return Map.of("options", ordered, "other", other);
        }
        return ordered;
    }

    private static Object likert(SurveyFile.Question q, Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new Refused("survey_answer_invalid");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Set<String> statements = new HashSet<>();
        q.statementList().forEach(s -> statements.add(s.id()));
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!statements.contains(String.valueOf(e.getKey()))) {
                throw new Refused("survey_answer_unknown_option");
            }
        }
        for (SurveyFile.Option s : q.statementList()) {
            Object point = m.get(s.id());
            if (empty(point)) {
                if (q.isRequired()) {
                    throw new Refused("survey_answer_required");
                }
                continue;
            }
            out.put(s.id(), whole(point, 1, q.points()));
        }
        return out.isEmpty() ? null : out;
    }

    private static Object ranking(SurveyFile.Question q, Object value) {
        if (!(value instanceof Collection<?> c)) {
            throw new Refused("survey_answer_invalid");
        }
        List<String> order = c.stream().map(o -> String.valueOf(o).strip()).toList();
        Set<String> ids = new HashSet<>();
        q.optionList().forEach(o -> ids.add(o.id()));
        if (order.size() != ids.size() || !ids.containsAll(order) || new HashSet<>(order).size() != order.size()) {
            throw new Refused("survey_answer_ranking");
        }
        return order;
    }

    private static Integer whole(Object value, int min, int max) {
        double d = numeric(value);
        if (d != Math.rint(d) || d < min || d > max) {
            throw new Refused("survey_answer_out_of_range");
        }
        return (int) d;
    }

    private static Number number(SurveyFile.Question q, Object value) {
        double d = numeric(value);
        if (Double.isNaN(d) || Double.isInfinite(d) || q.min() != null && d < q.min()
                || q.max() != null && d > q.max()) {
            throw new Refused("survey_answer_out_of_range");
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Number) (long) d : (Number) d;
    }

    private static double numeric(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                throw new Refused("survey_answer_invalid");
            }
        }
        throw new Refused("survey_answer_invalid");
    }

    private static String date(Object value) {
        if (!(value instanceof String s)) {
            throw new Refused("survey_answer_invalid");
        }
        try {
            return LocalDate.parse(s.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new Refused("survey_answer_invalid");
        }
    }

    private static String text(Object value, int max) {
        if (!(value instanceof String s)) {
            throw new Refused("survey_answer_invalid");
        }
        String t = s.strip();
        if (t.codePointCount(0, t.length()) > max) {
            throw new Refused("survey_answer_too_long");
        }
        return t.isEmpty() ? null : t;
    }

    private static String otherText(SurveyFile.Question q, Object other) {
        if (other == null) {
            return null;
        }
        if (!(other instanceof String s)) {
            throw new Refused("survey_answer_invalid");
        }
        String t = s.strip();
        if (t.codePointCount(0, t.length()) > (q.maxLength() == null ? TEXT_MAX : q.maxLength())) {
            throw new Refused("survey_answer_too_long");
        }
        return t.isEmpty() ? null : t;
    }

    private static void requireOption(SurveyFile.Question q, String option) {
        if (q.optionList().stream().noneMatch(o -> o.id().equals(option))) {
            throw new Refused("survey_answer_unknown_option");
        }
    }

    /** No answer: nothing, blank text, or an empty list or map. */
    public static boolean empty(Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof Collection<?> c
                && c.isEmpty() || value instanceof Map<?, ?> m && m.values().stream().allMatch(AnswerRules::empty);
    }

    /** An answer refused, with the key saying why. */
    private static final class Refused extends RuntimeException {
        private final String code;

        Refused(String code) {
            super(code, null, false, false);
            this.code = code;
        }
    }
}
