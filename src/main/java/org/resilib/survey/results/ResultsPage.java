package org.resilib.survey.results;

import java.util.List;
import java.util.Locale;
import org.resilib.survey.definition.QuestionType;

/**
 * The results page: the survey, its results (for a group or a course, or all), each question's chart, and for a
 * survey that follows every course the courses it was answered about.
 */
public record ResultsPage(String slug, String title, boolean anonymous, SurveyResults.Results results,
        List<Item> items, List<String> roles, boolean byCourse, List<CourseOption> courses, Locale locale) {

    /** A course the survey was answered about, with how many responses. */
    public record CourseOption(String slug, String title, long responses) {
    }

    /** The filters as a query (role, course), for the chart and export links: "" or "?role=staff&amp;course=x". */
    public String query() {
        StringBuilder q = new StringBuilder();
        if (results.role() != null) {
            q.append("role=").append(results.role());
        }
        if (results.course() != null) {
            q.append(q.isEmpty() ? "" : "&").append("course=").append(results.course());
        }
        return q.isEmpty() ? "" : "?" + q;
    }

    /** The course filter alone as a query, for the exports (which are not broken down by group). */
    public String courseQuery() {
        return results.course() == null ? "" : "?course=" + results.course();
    }

    /** A question's results with its chart (none for texts, dates and numbers, which are listed or summarised). */
    public record Item(SurveyResults.QuestionResult result, Chart chart) {
        public boolean likert() {
            return result.question().kind() == QuestionType.LIKERT;
        }
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
