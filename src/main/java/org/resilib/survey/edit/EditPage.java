package org.resilib.survey.edit;

import java.util.List;
import org.resilib.content.ContentProblem;

/**
 * The survey editor: a new survey ({@code status} null, its slug chosen here) or an existing one, its text in the
 * format of {@code content/surveys}, and the problems of the last save, each with its line.
 */
public record EditPage(String status, String slug, String text, List<ContentProblem> problems) {

    public boolean isNew() {
        return status == null;
    }

    public String action() {
        return isNew() ? "/surveys/manage/new" : "/surveys/" + slug + "/edit";
    }

    /** The message key explaining a problem's code: {@code content_error_invalid_value}, as content reloads say. */
    public String problemKey(ContentProblem p) {
        return p.code().equals("survey_slug_taken") ? p.code() : "content_error_" + p.code();
    }

    public String statusKey() {
        return "survey_status_" + status;
    }
}
