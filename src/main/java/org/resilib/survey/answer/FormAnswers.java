package org.resilib.survey.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resilib.survey.definition.SurveyCheck;
import org.resilib.survey.definition.SurveyFile;

/**
 * A survey page's form fields read as answers, in the shapes the API takes, so both are checked by
 * {@link AnswerRules} alike: {@code q.<id>} for a question's value (repeated for a multiple choice),
 * {@code q.<id>.other} for the "other" text, {@code q.<id>.<statement>} for a Likert statement's point, and
 * {@code q.<id>.<option>} for an option's place in a ranking.
 */
public final class FormAnswers {

    private FormAnswers() {
    }

    public static Map<String, Object> read(List<SurveyFile.Question> questions, Map<String, List<String>> form) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (SurveyFile.Question q : questions) {
            String name = "q." + q.id();
            List<String> values = form.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
            String other = first(form, name + ".other");
            Object answer = switch (q.kind()) {
                case SINGLE -> values.isEmpty() ? null : SurveyCheck.OTHER.equals(values.get(0))
                        ? otherAnswer("option", SurveyCheck.OTHER, other) : values.get(0);
                case MULTIPLE -> values.contains(SurveyCheck.OTHER)
                        ? otherAnswer("options", values, other) : values;
                case LIKERT -> {
                    Map<String, Object> points = new LinkedHashMap<>();
                    for (SurveyFile.Option s : q.statementList()) {
                        String v = first(form, name + "." + s.id());
                        if (v != null && !v.isBlank()) {
                            points.put(s.id(), v);
                        }
                    }
                    yield points;
                }
                case RANKING -> ranking(q, name, form);
                case DESCRIPTION -> null;
                default -> values.isEmpty() ? null : values.get(0);
            };
            if (answer != null) {
                out.put(q.id(), answer);
            }
        }
        return out;
    }

    private static Object otherAnswer(String key, Object chosen, String other) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, chosen);
        m.put("other", other == null ? "" : other);
        return m;
    }

    /** Options by the place given to each; a ranking with a place missing or given twice is passed on as is. */
    private static Object ranking(SurveyFile.Question q, String name, Map<String, List<String>> form) {
        record Placed(String option, int place) {
        }
        List<Placed> placed = new ArrayList<>();
        for (SurveyFile.Option o : q.optionList()) {
            String v = first(form, name + "." + o.id());
            if (v == null || v.isBlank()) {
                continue;
            }
            try {
                placed.add(new Placed(o.id(), Integer.parseInt(v.strip())));
            } catch (NumberFormatException e) {
                return List.of(o.id(), o.id());
            }
        }
        if (placed.isEmpty()) {
            return null;
        }
        if (placed.stream().map(Placed::place).distinct().count() != placed.size()) {
            return List.of(placed.get(0).option(), placed.get(0).option());
        }
        return placed.stream().sorted(Comparator.comparingInt(Placed::place)).map(Placed::option).toList();
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
