package org.resilib.survey;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Survey texts, as {@code sv:key} in templates; also the survey refusals ({@code survey_*}), which the error pages
 * and problems look up here. Texts in {@code messages/sv_zh_CN.properties} and {@code messages/sv_en.properties}.
 */
@MessageBundle(value = "sv", locale = "zh-CN")
public interface SurveyMessages {

    @Message
    String survey_nav();

    @Message
    String survey_list_title();

    @Message
    String survey_list_help();

    @Message
    String survey_list_none();

    @Message
    String survey_answered();

    @Message
    String survey_anonymous();

    @Message
    String survey_closes(String time);

    @Message
    String survey_anonymous_note();

    @Message
    String survey_page_of(Integer n, Integer total);

    @Message
    String survey_has_errors();

    @Message
    String survey_trap();

    @Message
    String survey_required();

    @Message
    String survey_other();

    @Message
    String survey_other_specify();

    @Message
    String survey_choose_limits(String limits);

    @Message
    String survey_choose_any();

    @Message
    String survey_choose();

    @Message
    String survey_likert5_1();

    @Message
    String survey_likert5_2();

    @Message
    String survey_likert5_3();

    @Message
    String survey_likert5_4();

    @Message
    String survey_likert5_5();

    @Message
    String survey_likert7_1();

    @Message
    String survey_likert7_2();

    @Message
    String survey_likert7_3();

    @Message
    String survey_likert7_4();

    @Message
    String survey_likert7_5();

    @Message
    String survey_likert7_6();

    @Message
    String survey_likert7_7();

    @Message
    String survey_stars(Integer n);

    @Message
    String survey_recommend_scale();

    @Message
    String survey_rank_hint();

    @Message
    String survey_previous();

    @Message
    String survey_next();

    @Message
    String survey_submit();

    @Message
    String survey_state_answered();

    @Message
    String survey_state_closed();

    @Message
    String survey_state_not_open();

    @Message
    String survey_state_open();

    @Message
    String survey_answer_required();

    @Message
    String survey_answer_unknown_option();

    @Message
    String survey_answer_too_many();

    @Message
    String survey_answer_too_few();

    @Message
    String survey_answer_out_of_range();

    @Message
    String survey_answer_too_long();

    @Message
    String survey_answer_invalid();

    @Message
    String survey_answer_hidden();

    @Message
    String survey_answer_other_missing();

    @Message
    String survey_answer_unknown_question();

    @Message
    String survey_answer_ranking();

    @Message
    String survey_closed();

    @Message
    String survey_not_open();

    @Message
    String survey_already_answered();

    @Message
    String survey_wrong_audience();

    @Message
    String survey_not_found();

    @Message
    String survey_token_missing();

    @Message
    String survey_results_title(String title);

    @Message
    String survey_results_group();

    @Message
    String survey_results_everyone();

    @Message
    String survey_role_student();

    @Message
    String survey_role_staff();

    @Message
    String survey_role_member();

    @Message
    String survey_role_visitor();

    @Message
    String survey_results_show();

    @Message
    String survey_results_respondents(Long n);

    @Message
    String survey_results_anonymous(Integer n);

    @Message
    String survey_results_csv();

    @Message
    String survey_results_too_few(Integer n);

    @Message
    String survey_results_answered(Long n);

    @Message
    String survey_results_recommend(String score);

    @Message
    String survey_results_numbers(String mean, String median);

    @Message
    String survey_results_svg();

    @Message
    String survey_results_statement();

    @Message
    String survey_results_answered_head();

    @Message
    String survey_results_option();

    @Message
    String survey_results_count();

    @Message
    String survey_results_percent();

    @Message
    String survey_results_min();

    @Message
    String survey_results_quartiles();

    @Message
    String survey_results_max();

    @Message
    String survey_results_texts(Long n);

    @Message
    String survey_results_forbidden();

    @Message
    String survey_results_link();

    @Message
    String survey_results_xlsx();

    @Message
    String survey_reminder_subject(String title);

    @Message
    String survey_reminder_greeting(String name);

    @Message
    String survey_reminder_body(String closes);

    @Message
    String survey_reminder_footer();

    @Message
    String survey_feedback_offer(String title);

    @Message
    String survey_course_missing();

    @Message
    String survey_course_unknown();

    @Message
    String survey_course_not_taken();

    @Message
    String survey_about(String title);

    @Message
    String survey_results_course();

    @Message
    String survey_results_all_courses();

    @Message
    String survey_session_missing();

    @Message
    String survey_session_unknown();

    @Message
    String survey_session_not_attended();

    @Message
    String survey_about_session(String title);

    @Message
    String survey_results_session();

    @Message
    String survey_results_all_sessions();

    @Message
    String survey_texts_title(String question);

    @Message
    String survey_texts_search();

    @Message
    String survey_texts_search_button();

    @Message
    String survey_texts_count(Long n);

    @Message
    String survey_texts_found(Long n, String search);

    @Message
    String survey_texts_pages();

    @Message
    String survey_texts_all(Long n);

    @Message
    String survey_address_limit();

    @Message
    String survey_file_managed();

    @Message
    String survey_edit_forbidden();

    @Message
    String survey_import_refused();

    @Message
    String survey_not_published();

    @Message
    String survey_manage_title();

    @Message
    String survey_manage_help();

    @Message
    String survey_manage_new();

    @Message
    String survey_manage_none();

    @Message
    String survey_manage_survey();

    @Message
    String survey_manage_status();

    @Message
    String survey_manage_responses();

    @Message
    String survey_manage_actions();

    @Message
    String survey_manage_from_file();

    @Message
    String survey_manage_edit();

    @Message
    String survey_manage_publish();

    @Message
    String survey_manage_close();

    @Message
    String survey_status_draft();

    @Message
    String survey_status_published();

    @Message
    String survey_status_closed();

    @Message
    String survey_edit_title(String slug);

    @Message
    String survey_edit_help();

    @Message
    String survey_edit_problems();

    @Message
    String survey_edit_line(Integer line);

    @Message
    String survey_edit_slug();

    @Message
    String survey_edit_slug_hint();

    @Message
    String survey_edit_text();

    @Message
    String survey_edit_create();

    @Message
    String survey_edit_save();

    @Message
    String survey_slug_taken();

    @Message
    String survey_manage_link();

    @Message
    String survey_import_title();

    @Message
    String survey_import_help();

    @Message
    String survey_import_json();

    @Message
    String survey_import_button();

    @Message
    String survey_import_unsupported();

    @Message
    String survey_import_not_a_survey();

    @Message
    String survey_import_not_json();
}
