package org.resilib.survey.edit;

import java.util.List;
import org.resilib.content.ContentProblem;
import org.resilib.web.Problem;

/**
 * The survey editor: a new survey ({@code status} null, its slug chosen here) or an existing one, its text in the
 * format of {@code content/surveys}, and the problems of the last save, each with its line; for a new survey also
 * the import of a SurveyJS form model ({@code imported}: the JSON pasted, and what could not be mapped, by path).
 */
public record EditPage(String status, String slug, String text, List<ContentProblem> problems, String imported,
        List<Problem.FieldError> importProblems) {

    public EditPage(String status, String slug, String text, List<ContentProblem> problems) {
        this(status, slug, text, problems, "", List.of());
    }

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

    /** The message key for an import problem's code ({@code surveyjs_unsupported}: survey_import_unsupported). */
    public String importKey(String code) {
        if (code.startsWith("surveyjs_")) {
            return "survey_import_" + code.substring("surveyjs_".length());
        }
        return code.equals("survey_change_refused") || !(code.startsWith("survey_") || code.startsWith("framework_"))
                ? "content_error_" + code : code;
    }

    public String statusKey() {
        return "survey_status_" + status;
    }
}
