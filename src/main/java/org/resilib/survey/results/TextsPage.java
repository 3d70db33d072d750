package org.resilib.survey.results;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.resilib.survey.Subject;

/**
 * The texts people wrote for one question, a page at a time, with the search and the results' filters (a group,
 * what the responses are about: {@code role}, {@code about}) kept in the form and the pager's links.
 */
public record TextsPage(String slug, String surveyTitle, String questionId, String question, String search,
        int page, SurveyResults.Texts texts, String role, String about) {

    public int pages() {
        return (int) Math.max(1, (texts.total() + SurveyResults.TEXTS_PER_PAGE - 1) / SurveyResults.TEXTS_PER_PAGE);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The number of this page's first text in the whole list. */
    public int first() {
        return (page - 1) * SurveyResults.TEXTS_PER_PAGE + 1;
    }

    public int smallestGroup() {
        return SurveyResults.SMALLEST_GROUP;
    }

    /** The results' filters as a query, for the way back to the results. */
    public String filters() {
        return ResultsPage.query(role, about);
    }

    /** The results' filters as the search form's hidden fields. */
    public Map<String, String> filterFields() {
        Map<String, String> out = new LinkedHashMap<>();
        if (role != null) {
            out.put("role", role);
        }
        if (about != null) {
            Subject s = Subject.of(about);
            out.put(s.kind(), s.ref());
        }
        return out;
    }

    public String previousHref() {
        return pageHref(page - 1);
    }

    public String nextHref() {
        return pageHref(page + 1);
    }

    /** The address of another page of these texts, with the search and filters. */
    private String pageHref(int to) {
        StringBuilder q = new StringBuilder("/surveys/").append(slug).append("/results/").append(questionId)
                .append("/texts?page=").append(to);
        if (search != null && !search.isBlank()) {
            q.append("&q=").append(URLEncoder.encode(search, StandardCharsets.UTF_8));
        }
        filterFields().forEach((k, v) -> q.append('&').append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return q.toString();
    }
}
