package org.resilib.survey.results;

import java.util.List;
import java.util.Locale;
import org.resilib.survey.definition.QuestionType;

/** The results page: the survey, its results (for a group, or all), and each question's chart. */
public record ResultsPage(String slug, String title, boolean anonymous, SurveyResults.Results results,
        List<Item> items, List<String> roles, Locale locale) {

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
