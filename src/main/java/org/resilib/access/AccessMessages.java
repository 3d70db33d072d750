package org.resilib.access;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the access pages (tokens, audit log, passwords), as {@code ac:key}; in {@code messages/ac_*.properties}. */
@MessageBundle(value = "ac", locale = "zh-CN")
public interface AccessMessages {

    @Message
    String tokens_title();

    @Message
    String tokens_help();

    @Message
    String tokens_name();

    @Message
    String tokens_create();

    @Message
    String tokens_created(String name);

    @Message
    String tokens_copy_now();

    @Message
    String tokens_none();

    @Message
    String tokens_prefix();

    @Message
    String tokens_created_at();

    @Message
    String tokens_last_used();

    @Message
    String tokens_never_used();

    @Message
    String tokens_revoke();

    @Message
    String tokens_revoke_named(String name);

    @Message
    String tokens_revoked();

    @Message
    String tokens_usage();

    @Message
    String password_title();

    @Message
    String password_help();

    @Message
    String password_current();

    @Message
    String password_new();

    @Message
    String password_change();

    @Message
    String forgot_title();

    @Message
    String forgot_help();

    @Message
    String forgot_send();

    @Message
    String forgot_sent();

    @Message
    String reset_title();

    @Message
    String reset_submit();

    @Message
    String reset_mail_subject();

    @Message
    String reset_mail_greeting(String name);

    @Message
    String reset_mail_body(long minutes);

    @Message
    String reset_mail_ignore();

    @Message
    String login_forgot();

    @Message
    String login_changed();

    @Message
    String login_reset();

    @Message
    String login_locked(long minutes);

    @Message
    String audit_title();

    @Message
    String audit_help();

    @Message
    String audit_action();

    @Message
    String audit_actor();

    @Message
    String audit_from();

    @Message
    String audit_to();

    @Message
    String audit_filter();

    @Message
    String audit_none();

    @Message
    String audit_when();

    @Message
    String audit_detail();

    @Message
    String audit_address();

    @Message
    String audit_pages();

    @Message
    String audit_newer();

    @Message
    String audit_older();

    @Message
    String audit_sign_in();

    @Message
    String audit_sign_in_failed();

    @Message
    String audit_account_locked();

    @Message
    String audit_password_changed();

    @Message
    String audit_password_reset_requested();

    @Message
    String audit_password_reset();

    @Message
    String audit_roles_changed();

    @Message
    String audit_account_deactivated();

    @Message
    String audit_token_created();

    @Message
    String audit_token_revoked();

    @Message
    String audit_content_reloaded();

    @Message
    String audit_grade_changed();

    @Message
    String audit_assessment_recorded();

    @Message
    String audit_credential_revoked();

    @Message
    String audit_framework_changed();

    @Message
    String audit_settings_changed();

    @Message
    String login_sso();

    @Message
    String login_or_local();

    @Message
    String login_sso_failed();

    @Message
    String audit_sso_linked();

    @Message
    String settings_local_sign_in();

    @Message
    String settings_local_sign_in_hint();

    @Message
    String login_sso_only();

    @Message
    String anonymise_title();

    @Message
    String anonymise_help();

    @Message
    String anonymise_confirm();

    @Message
    String anonymise_submit();

    @Message
    String privacy_download();

    @Message
    String audit_data_exported();

    @Message
    String audit_person_anonymised();

    @Message
    String audit_course_created();

    @Message
    String audit_course_published();

    @Message
    String audit_course_authors_changed();

    @Message
    String audit_course_detached();

    @Message
    String audit_emergency_declared();

    @Message
    String audit_emergency_ended();

    @Message
    String audit_notice_changed();

    @Message
    String audit_resource_changed();

    @Message
    String audit_guide_changed();

    @Message
    String audit_faq_changed();

    @Message
    String login_cross_site();

    @Message
    String audit_line_sign_in(String actor, String target);

    @Message
    String audit_line_sign_in_failed(String actor, String target);

    @Message
    String audit_line_account_locked(String actor, String target);

    @Message
    String audit_line_password_changed(String actor, String target);

    @Message
    String audit_line_password_reset_requested(String actor, String target);

    @Message
    String audit_line_password_reset(String actor, String target);

    @Message
    String audit_line_roles_changed(String actor, String target);

    @Message
    String audit_line_account_deactivated(String actor, String target);

    @Message
    String audit_line_token_created(String actor, String target);

    @Message
    String audit_line_token_revoked(String actor, String target);

    @Message
    String audit_line_tokens_ended(String actor, String target);

    @Message
    String audit_line_content_reloaded(String actor, String target);

    @Message
    String audit_line_grade_changed(String actor, String target);

    @Message
    String audit_line_assessment_recorded(String actor, String target);

    @Message
    String audit_line_credential_revoked(String actor, String target);

    @Message
    String audit_line_framework_changed(String actor, String target);

    @Message
    String audit_line_settings_changed(String actor, String target);

    @Message
    String audit_line_sso_linked(String actor, String target);

    @Message
    String audit_line_data_exported(String actor, String target);

    @Message
    String audit_line_person_anonymised(String actor, String target);

    @Message
    String audit_line_course_created(String actor, String target);

    @Message
    String audit_line_course_published(String actor, String target);

    @Message
    String audit_line_course_authors_changed(String actor, String target);

    @Message
    String audit_line_course_detached(String actor, String target);

    @Message
    String audit_line_emergency_declared(String actor, String target);

    @Message
    String audit_line_emergency_ended(String actor, String target);

    @Message
    String audit_line_notice_changed(String actor, String target);

    @Message
    String audit_line_resource_changed(String actor, String target);

    @Message
    String audit_line_guide_changed(String actor, String target);

    @Message
    String audit_line_faq_changed(String actor, String target);

    @Message
    String audit_detail_created();

    @Message
    String audit_detail_competencies();

    @Message
    String audit_detail_detached();

    @Message
    String audit_detail_reason();

    @Message
    String audit_detail_code();

    @Message
    String audit_detail_level();

    @Message
    String audit_detail_loaded();

    @Message
    String audit_detail_updated();

    @Message
    String audit_detail_archived();

    @Message
    String audit_detail_rejected();

    @Message
    String audit_detail_count();

    @Message
    String audit_detail_slot();

    @Message
    String audit_detail_points();

    @Message
    String audit_detail_learner();

    @Message
    String audit_detail_version();

    @Message
    String audit_detail_restoredFrom();

    @Message
    String audit_detail_added();

    @Message
    String audit_detail_owner();

    @Message
    String audit_detail_removed();

    @Message
    String audit_detail_value();

    @Message
    String audit_detail_before();

    @Message
    String audit_detail_after();

    @Message
    String audit_detail_source();

    @Message
    String audit_detail_minutes();

    @Message
    String audit_detail_method();

    @Message
    String audit_detail_subject();

    @Message
    String audit_detail_name();

    @Message
    String audit_detail_setting();

    @Message
    String audit_value_true();

    @Message
    String audit_value_false();

    @Message
    String audit_value_reason_password();

    @Message
    String audit_value_reason_locked();

    @Message
    String audit_value_reason_local_sign_in_off();

    @Message
    String audit_value_reason_password_changed();

    @Message
    String audit_value_reason_password_reset();

    @Message
    String audit_value_reason_deactivated();

    @Message
    String audit_value_method_password();

    @Message
    String audit_value_source_sso();

    @Message
    String audit_setting_local_sign_in();

    @Message
    String audit_setting_accounts_self_registration();

    @Message
    String audit_someone();

    @Message
    String audit_what();

    @Message
    String audit_see(String target);
}
