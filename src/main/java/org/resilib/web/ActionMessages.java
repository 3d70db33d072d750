package org.resilib.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What pages say around an action, as {@code act:key}, in {@code messages/act_*.properties}: the confirmation step
 * before destroying something ({@code confirm_}, {@link Confirmation}) and the acknowledgement after a form
 * ({@code done_}, {@link PageContext#getDone()}).
 */
@MessageBundle(value = "act", locale = "zh-CN")
public interface ActionMessages {

    @Message
    String confirm_go_back();

    @Message
    String confirm_delete_module();

    @Message
    String confirm_delete_module_effect();

    @Message
    String confirm_delete_question();

    @Message
    String confirm_delete_question_effect();

    @Message
    String confirm_delete_file();

    @Message
    String confirm_delete_file_effect();

    @Message
    String confirm_remove_author();

    @Message
    String confirm_remove_author_effect();

    @Message
    String confirm_cancel_session();

    @Message
    String confirm_cancel_session_effect();

    @Message
    String confirm_submit_quiz();

    @Message
    String confirm_submit_quiz_effect();

    @Message
    String confirm_revoke_badge();

    @Message
    String confirm_revoke_badge_effect();

    @Message
    String confirm_revoke_token();

    @Message
    String confirm_revoke_token_effect();

    @Message
    String confirm_yes_delete();

    @Message
    String confirm_yes_remove();

    @Message
    String confirm_yes_cancel_session();

    @Message
    String confirm_yes_submit();

    @Message
    String confirm_yes_revoke();

    @Message
    String done_attendance_saved();

    @Message
    String done_account_created();

    @Message
    String done_survey_submitted();

    @Message
    String done_assessment_saved();

    @Message
    String done_sample_submitted();

    @Message
    String done_sample_accepted();

    @Message
    String done_sample_returned();

    @Message
    String done_content_reloaded();

    @Message
    String done_session_cancelled();

    @Message
    String done_badge_revoked();

    @Message
    String done_person_saved();

    @Message
    String done_person_created();

    @Message
    String done_survey_saved();

    @Message
    String done_survey_published();

    @Message
    String done_survey_closed();

    @Message
    String done_emergency_declared();

    @Message
    String done_emergency_ended();

    @Message
    String done_notice_saved();

    @Message
    String done_notice_deleted();

    @Message
    String done_notice_dismissed();
}
