package org.resilib.survey.edit;

import java.util.List;
import java.util.Locale;
import org.resilib.text.LocalizedText;

/** The surveys a person may manage, with their status and responses. */
public record ManagePage(List<SurveyEditing.Managed> surveys, Locale locale) {

    public String title(SurveyEditing.Managed s) {
        return LocalizedText.pick(s.title(), locale);
    }

    /** The message key naming a status: {@code survey_status_draft}. */
    public String statusKey(SurveyEditing.Managed s) {
        return "survey_status_" + s.status();
    }
}
