package org.resilib.survey;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.resilib.survey.answer.AnswerRules;
import org.resilib.survey.definition.QuestionType;
import org.resilib.survey.definition.SurveyCheck;
import org.resilib.survey.definition.SurveyFile;
import org.resilib.text.LocalizedText;

/**
 * One page of a survey as its form shows it: the questions shown (conditions read from the answers of earlier
 * pages), the answers given so far to fill the inputs again, the errors by question, and, for visitors, the earlier
 * pages' answers carried in the form (signed-in people's are kept on the server); for a follow-up survey, the
 * course it is about ({@code about}) and the address that keeps it ({@code action}).
 */
public record TakePage(SurveyService.View survey, int page, List<SurveyFile.Question> questions,
        Map<String, Object> values, Map<String, String> errors, String carried, boolean signedIn, String action,
        String about, Locale locale) {

    public int pages() {
        return survey.definition().pages().size();
    }

    public boolean last() {
        return page == pages() - 1;
    }

    /** 1-based, for "page 2 of 3". */
    public int number() {
        return page + 1;
    }

    public String title() {
        return survey.title(locale);
    }

    public String description() {
        return survey.definition().description() == null ? null
                : LocalizedText.pick(survey.definition().description(), locale);
    }

    public String pageTitle() {
        Map<String, String> t = survey.definition().pages().get(page).title();
        return t == null ? null : LocalizedText.pick(t, locale);
    }

    /** A text of the definition in the reader's language. */
    public String t(Map<String, String> texts) {
        return LocalizedText.pick(texts, locale);
    }

    public String error(String question) {
        return errors.get(question);
    }

    public boolean invalid(String question) {
        return errors.containsKey(question);
    }

    /** Whether an option was chosen (single, multiple, dropdown). */
    public boolean chosen(String question, String option) {
        return AnswerRules.chosen(values.get(question)).contains(option);
    }

    /** The "other, please specify" text given. */
    public String other(String question) {
        return values.get(question) instanceof Map<?, ?> m && m.get("other") != null ? String.valueOf(m.get("other"))
                : "";
    }

    /** A value as the input shows it (text, number, date). */
    public String value(String question) {
        Object v = values.get(question);
        return v == null || v instanceof Map || v instanceof List ? "" : String.valueOf(v);
    }

    /** Whether a point (Likert statement, rating, recommendation) is the one given. */
    public boolean point(String question, String statement, int point) {
        Object v = statement == null ? values.get(question)
                : values.get(question) instanceof Map<?, ?> m ? m.get(statement) : null;
        return v != null && String.valueOf(point).equals(String.valueOf(v).replaceAll("\\.0$", ""));
    }

    /** The place given to an option in a ranking (1-based), or 0. */
    public int place(String question, String option) {
        return values.get(question) instanceof List<?> l ? l.indexOf(option) + 1 : 0;
    }

    /** 1..n, for scales and ranking places. */
    public List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    /** The points of a Likert question's scale. */
    public List<Integer> points(SurveyFile.Question q) {
        return range(1, q.points() == null ? 5 : q.points());
    }

    /** The message key naming a point of a Likert scale ({@code survey_likert5_3}: "Neither agree nor disagree"). */
    public String pointKey(SurveyFile.Question q, int point) {
        return "survey_likert" + (q.points() == null ? 5 : q.points()) + "_" + point;
    }

    /** The option id of "other, please specify". */
    public String otherId() {
        return SurveyCheck.OTHER;
    }

    /** The selections hint of a multiple choice: "choose up to 3", "choose 2 to 3", or none. */
    public String limits(SurveyFile.Question q) {
        if (q.min() != null && q.max() != null) {
            return q.min().intValue() + "–" + q.max().intValue();
        }
        return q.max() != null ? "≤ " + q.max().intValue() : q.min() != null ? "≥ " + q.min().intValue() : null;
    }

    /** A text question's length limit. */
    public int maxLength(SurveyFile.Question q) {
        return q.maxLength() != null ? q.maxLength() : q.kind() == QuestionType.LONGTEXT
                ? AnswerRules.LONGTEXT_MAX : AnswerRules.TEXT_MAX;
    }
}
