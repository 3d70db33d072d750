package org.resilib.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every shared user-facing text and every error message, one method per text (which is why it is long: it is a
 * declaration list, not logic). The texts live in {@code messages/msg_zh_CN.properties} (the default) and
 * {@code messages/msg_en.properties}; templates use {@code msg:key}, Java code uses {@link Messages}.
 */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface AppMessages {

    @Message
    String app_name();

    @Message
    String skip_to_content();

    @Message
    String language_label();

    @Message
    String language_zh();

    @Message
    String language_en();

    @Message
    String nav_label();

    @Message
    String nav_catalogue();

    @Message
    String nav_me();

    @Message
    String nav_admin();

    @Message
    String nav_sign_in();

    @Message
    String nav_sign_out();

    @Message
    String nav_authoring();

    @Message
    String not_found_version();

    @Message
    String not_found_question();

    @Message
    String not_found_language();

    @Message
    String admin_base_url_local(String url);

    @Message
    String not_found_file();

    @Message
    String footer_tagline();

    @Message
    String signed_in_as(String name);

    @Message
    String breadcrumb_label();

    @Message
    String back_to_catalogue();

    @Message
    String back_to_course();

    @Message
    String percent_done(int percent);

    @Message
    String catalogue_title();

    @Message
    String catalogue_lead();

    @Message
    String search_label();

    @Message
    String filter_dimension();

    @Message
    String filter_audience();

    @Message
    String filter_all();

    @Message
    String filter_apply();

    @Message
    String filter_reset();

    @Message
    String results_heading();

    @Message
    String result_count(int count);

    @Message
    String catalogue_empty();

    @Message
    String catalogue_pages();

    @Message
    String page_of(int page, int pages);

    @Message
    String dimension_awareness();

    @Message
    String dimension_ability();

    @Message
    String dimension_ethics();

    @Message
    String dimension_new_media();

    @Message
    String audience_students();

    @Message
    String audience_librarians();

    @Message
    String audience_everyone();

    @Message
    String minutes(int n);

    @Message
    String estimated_time(int n);

    @Message
    String module_count(int n);

    @Message
    String has_quiz();

    @Message
    String course_archived();

    @Message
    String course_draft();

    @Message
    String my_progress();

    @Message
    String continue_with(String title);

    @Message
    String course_completed();

    @Message
    String enrol_start();

    @Message
    String sign_in_to_study();

    @Message
    String modules_heading();

    @Message
    String module_done();

    @Message
    String module_position(int position, int total);

    @Message
    String not_translated();

    @Message
    String module_actions();

    @Message
    String module_done_note();

    @Message
    String mark_done();

    @Message
    String mark_not_done();

    @Message
    String module_navigation();

    @Message
    String previous_module(String title);

    @Message
    String next_module(String title);

    @Message
    String dashboard_title();

    @Message
    String dashboard_greeting(String name);

    @Message
    String dashboard_next();

    @Message
    String dashboard_nothing_in_progress();

    @Message
    String modules_done_of(int done, int total);

    @Message
    String dashboard_completed();

    @Message
    String dashboard_none_completed();

    @Message
    String course_completed_badge();

    @Message
    String dashboard_suggestions();

    @Message
    String login_title();

    @Message
    String login_failed();

    @Message
    String registered_now_sign_in();

    @Message
    String field_email();

    @Message
    String field_password();

    @Message
    String field_display_name();

    @Message
    String field_language();

    @Message
    String field_initial_password();

    @Message
    String field_roles();

    @Message
    String login_submit();

    @Message
    String no_account();

    @Message
    String register_link();

    @Message
    String have_account();

    @Message
    String register_title();

    @Message
    String register_submit();

    @Message
    String form_has_errors();

    @Message
    String password_rules();

    @Message
    String role_student();

    @Message
    String role_librarian();

    @Message
    String role_instructor();

    @Message
    String role_editor();

    @Message
    String role_admin();

    @Message
    String people_title();

    @Message
    String people_create();

    @Message
    String people_create_submit();

    @Message
    String people_list();

    @Message
    String pages_label();

    @Message
    String page_previous();

    @Message
    String page_next();

    @Message
    String admin_content_help();

    @Message
    String admin_people_help();

    @Message
    String content_title();

    @Message
    String content_folder(String folder);

    @Message
    String content_reload();

    @Message
    String content_reload_done();

    @Message
    String content_last_reload();

    @Message
    String content_loaded();

    @Message
    String content_updated();

    @Message
    String content_unchanged();

    @Message
    String content_archived();

    @Message
    String content_rejected();

    @Message
    String content_problems();

    @Message
    String content_file();

    @Message
    String content_line();

    @Message
    String content_problem();

    @Message
    String content_error_invalid_slug();

    @Message
    String content_error_missing_file();

    @Message
    String content_error_missing_folder();

    @Message
    String content_error_unreadable();

    @Message
    String content_error_not_utf8();

    @Message
    String content_error_file_too_large();

    @Message
    String content_error_yaml_syntax();

    @Message
    String content_error_unknown_key();

    @Message
    String content_error_missing_key();

    @Message
    String content_error_invalid_value();

    @Message
    String content_error_empty_file();

    @Message
    String content_error_invalid_module_name();

    @Message
    String content_error_duplicate_position();

    @Message
    String content_error_duplicate_language();

    @Message
    String content_error_translation_without_base();

    @Message
    String content_error_missing_front_matter();

    @Message
    String content_error_unclosed_front_matter();

    @Message
    String content_error_no_modules();

    @Message
    String content_error_slug_taken();

    @Message
    String error_title_400();

    @Message
    String error_title_401();

    @Message
    String error_title_403();

    @Message
    String error_title_404();

    @Message
    String error_title_405();

    @Message
    String error_title_409();

    @Message
    String error_title_415();

    @Message
    String error_title_413();

    @Message
    String error_title_429();

    @Message
    String error_title_500();

    @Message
    String error_title_503();

    @Message
    String error_field(String field);

    @Message
    String invalid_input();

    @Message
    String not_found();

    @Message
    String not_found_course();

    @Message
    String not_found_module();

    @Message
    String not_found_page();

    @Message
    String not_found_person();

    @Message
    String forbidden();

    @Message
    String sign_in_required();

    @Message
    String staff_only();

    @Message
    String staff_only_sign_in();

    @Message
    String method_not_allowed();

    @Message
    String unsupported_media_type();

    @Message
    String server_error();

    @Message
    String service_unavailable();

    @Message
    String course_not_open();

    @Message
    String invalid_dimension();

    @Message
    String invalid_number();

    @Message
    String page_size_too_large();

    @Message
    String invalid_audience();

    @Message
    String search_too_long();

    @Message
    String required();

    @Message
    String too_long();

    @Message
    String email_invalid();

    @Message
    String email_taken();

    @Message
    String password_too_short();

    @Message
    String password_too_long();

    @Message
    String password_too_simple();

    @Message
    String invalid_role();

    @Message
    String roles_required();

    @Message
    String cannot_remove_own_admin();
    @Message
    String cross_site_request();

    @Message
    String person_inactive();

    @Message
    String edit_person(String name);

    @Message
    String actions();

    @Message
    String person_active();

    @Message
    String save_person();

    @Message
    String import_title();

    @Message
    String import_help();

    @Message
    String import_file();

    @Message
    String import_submit();

    @Message
    String import_report(int created, int total);

    @Message
    String import_passwords_once();

    @Message
    String import_outcome();

    @Message
    String import_outcome_created();

    @Message
    String import_outcome_exists();

    @Message
    String import_outcome_invalid();

    @Message
    String import_file_missing();

    @Message
    String import_file_too_large();

    @Message
    String import_not_utf8();

    @Message
    String import_too_many_rows();

    @Message
    String import_malformed_csv();

    @Message
    String import_name_missing();

    @Message
    String import_example();

    @Message
    String settings_title();

    @Message
    String settings_saved();

    @Message
    String settings_self_registration();

    @Message
    String settings_self_registration_hint();

    @Message
    String admin_settings_help();

    @Message
    String content_error_gift_error();

    @Message
    String content_error_quiz_translation_mismatch();

    @Message
    String content_error_quiz_translation_without_quiz();

    @Message
    String content_error_quiz_translation_base_language();

    @Message
    String not_found_attempt();

    @Message
    String not_found_attempt_question();

    @Message
    String not_found_quiz();

    @Message
    String no_attempts_left();

    @Message
    String attempt_closed();

    @Message
    String attempt_deadline_passed();

    @Message
    String attempt_not_submitted();

    @Message
    String points_out_of_range();

    @Message
    String response_missing();

    @Message
    String response_choice_expected();

    @Message
    String response_choices_expected();

    @Message
    String response_boolean_expected();

    @Message
    String response_text_expected();

    @Message
    String response_too_long();

    @Message
    String response_number_expected();

    @Message
    String response_pairs_expected();

    @Message
    String response_not_expected();

    @Message
    String take_quiz();

    @Message
    String not_found_session();

    @Message
    String session_time_zone_invalid();

    @Message
    String session_start_in_past();

    @Message
    String session_duration_invalid();

    @Message
    String session_capacity_invalid();

    @Message
    String session_platform_invalid();

    @Message
    String session_url_invalid();

    @Message
    String session_weeks_invalid();

    @Message
    String session_window_invalid();

    @Message
    String session_time_invalid();

    @Message
    String session_cancelled();

    @Message
    String session_wrong_audience();

    @Message
    String session_registration_closed();

    @Message
    String nav_sessions();

    @Message
    String nav_ask();

    @Message
    String nav_desk();

    @Message
    String profile_title();

    @Message
    String field_time_zone();

    @Message
    String time_zone_hint();

    @Message
    String nav_profile();

    @Message
    String content_error_duplicate_code();

    @Message
    String content_error_unknown_parent();

    @Message
    String content_error_survey_change_refused();

    @Message
    String content_error_guide_section_name();

    @Message
    String content_error_guide_embed();

    @Message
    String content_error_guide_faq();

    @Message
    String content_error_guide_emergency_taken();

    @Message
    String framework_code_invalid();

    @Message
    String framework_code_elsewhere();

    @Message
    String framework_slug_invalid();

    @Message
    String framework_slug_taken();

    @Message
    String framework_proficient_required();

    @Message
    String framework_rule_level();

    @Message
    String framework_level_gap();

    @Message
    String not_found_token();

    @Message
    String token_limit();

    @Message
    String password_current_wrong();

    @Message
    String reset_link_invalid();

    @Message
    String date_invalid();

    @Message
    String forbidden_role();

    @Message
    String csrf_failed();

    @Message
    String anonymise_self();

    @Message
    String already_anonymised();

    @Message
    String anonymise_confirm();

    @Message
    String import_invalid_course();

    @Message
    String import_unsafe_path();

    @Message
    String import_layout();

    @Message
    String import_too_large();

    @Message
    String import_zip_invalid();

    @Message
    String course_slug_taken();

    @Message
    String credentials_invalid();

    @Message
    String competency_unknown();

    @Message
    String competency_level_invalid();

    @Message
    String competency_sample_not_counted();

    @Message
    String nav_competencies();

    @Message
    String team_size_invalid();

    @Message
    String credential_not_earned();

    @Message
    String case_invalid();
}
