package org.resilib.survey.results;

import java.util.List;
import java.util.Locale;
import org.resilib.survey.Subject;
import org.resilib.survey.definition.QuestionType;

/**
 * The results page: the survey, its results (for a group, a course or a session, or all), each question's chart,
 * and for a survey that follows every course, or sessions, what it was answered about ({@code follows}: course or
 * session; null for others).
 */
public record ResultsPage(String slug, String title, boolean anonymous, SurveyResults.Results results,
        List<Item> items, List<String> roles, String follows, List<SubjectOption> subjects, Locale locale) {

    /** A course or session the survey was answered about (its slug or id), with how many responses. */
    public record SubjectOption(String ref, String title, long responses) {
    }

    /** A question's results with its chart (none for texts, dates and numbers, which are listed or summarised). */
    public record Item(SurveyResults.QuestionResult result, Chart chart) {
        public boolean likert() {
            return result.question().kind() == QuestionType.LIKERT;
        }
    }

    /** The course or session chosen (its slug or id), or null. */
    public String chosen() {
        return results.about() == null ? null : Subject.of(results.about()).ref();
    }

    /** The filters as a query (role, course or session), for the chart links: "" or "?role=staff&course=x". */
    public String query() {
        return query(results.role(), results.about());
    }

    /** A group and a subject's key as the results' query: "" or "?role=staff&course=x". */
    static String query(String role, String about) {
        StringBuilder q = new StringBuilder();
        if (role != null) {
            q.append("role=").append(role);
        }
        if (about != null) {
            q.append(q.isEmpty() ? "" : "&").append(Subject.of(about).query());
        }
        return q.isEmpty() ? "" : "?" + q;
    }

    /** The course or session filter alone as a query, for the exports (which are not broken down by group). */
    public String aboutQuery() {
        return results.about() == null ? "" : "?" + Subject.of(results.about()).query();
    }

    public int smallestGroup() {
        return SurveyResults.SMALLEST_GROUP;
    }

    /** The message key naming a respondent group. */
    public String roleKey(String role) {
        return "survey_role_" + role;
    }

    /** A figure to two decimals at most: 3.5, 3.33, 4. */
    public String fmt(Double d) {
        if (d == null) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%.2f", d);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
