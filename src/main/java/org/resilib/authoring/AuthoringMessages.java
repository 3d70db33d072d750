package org.resilib.authoring;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Authoring page texts and errors, as {@code au:key} in templates; long because it declares every text of the
 * editors, one method each, with no logic. Texts in {@code messages/au_zh_CN.properties} and
 * {@code messages/au_en.properties}.
 */
@MessageBundle(value = "au", locale = "zh-CN")
public interface AuthoringMessages {

    @Message
    String author_title();

    @Message
    String author_intro();

    @Message
    String author_my_courses();

    @Message
    String author_none();

    @Message
    String author_status_published();

    @Message
    String author_status_draft();

    @Message
    String author_status_archived();

    @Message
    String author_file_managed_badge();

    @Message
    String author_changed_at(String at);

    @Message
    String author_new_course();

    @Message
    String author_slug();

    @Message
    String author_slug_hint();

    @Message
    String author_in_zh();

    @Message
    String author_in_en();

    @Message
    String author_course_title();

    @Message
    String author_course_summary();

    @Message
    String author_dimension();

    @Message
    String author_audience();

    @Message
    String author_minutes();

    @Message
    String author_competencies();

    @Message
    String author_competencies_hint();

    @Message
    String author_quiz_settings();

    @Message
    String author_pass_percent();

    @Message
    String author_attempts();

    @Message
    String author_time_limit();

    @Message
    String author_shuffle();

    @Message
    String author_create();

    @Message
    String author_import_title();

    @Message
    String author_import_hint();

    @Message
    String author_import_slug();

    @Message
    String author_zip_file();

    @Message
    String author_import();

    @Message
    String author_edit_course(String title);

    @Message
    String author_back_to_list();

    @Message
    String author_view_live();

    @Message
    String author_file_warning(String slug);

    @Message
    String author_detach();

    @Message
    String author_detached(String slug);

    @Message
    String author_attach();

    @Message
    String author_state_published_changes();

    @Message
    String author_state_published_same();

    @Message
    String author_state_never();

    @Message
    String author_publish();

    @Message
    String author_publish_hint();

    @Message
    String author_publish_problems();

    @Message
    String author_course_fields();

    @Message
    String author_save();

    @Message
    String author_modules();

    @Message
    String author_no_modules_yet();

    @Message
    String author_module_n(int n);

    @Message
    String author_edit();

    @Message
    String author_preview();

    @Message
    String author_move_up(String title);

    @Message
    String author_move_down(String title);

    @Message
    String author_remove(String title);

    @Message
    String author_add_module();

    @Message
    String author_module_slug();

    @Message
    String author_module_slug_hint();

    @Message
    String author_module_title();

    @Message
    String author_add();

    @Message
    String author_questions();

    @Message
    String author_questions_count(int n);

    @Message
    String author_edit_questions();

    @Message
    String author_files();

    @Message
    String author_files_hint();

    @Message
    String author_file();

    @Message
    String author_upload();

    @Message
    String author_no_files();

    @Message
    String author_markdown_to_use(String name);

    @Message
    String author_delete_file(String name);

    @Message
    String author_authors();

    @Message
    String author_owner();

    @Message
    String author_co_author();

    @Message
    String author_remove_author(String name);

    @Message
    String author_add_author();

    @Message
    String author_add_author_button();

    @Message
    String author_owner_only();

    @Message
    String author_history();

    @Message
    String author_no_versions();

    @Message
    String author_version();

    @Message
    String author_published_at();

    @Message
    String author_published_by();

    @Message
    String author_source();

    @Message
    String author_source_browser();

    @Message
    String author_source_file();

    @Message
    String author_source_import();

    @Message
    String author_source_restore(int n);

    @Message
    String author_restore(int n);

    @Message
    String author_someone();

    @Message
    String author_import_draft();

    @Message
    String author_import_draft_hint();

    @Message
    String author_export();

    @Message
    String author_edit_module(String title);

    @Message
    String author_new_module();

    @Message
    String author_back_to_course();

    @Message
    String author_markdown_hint();

    @Message
    String author_body();

    @Message
    String author_live_preview();

    @Message
    String author_preview_empty();

    @Message
    String author_preview_unsafe(String items);

    @Message
    String author_preview_button();

    @Message
    String author_saved();

    @Message
    String author_learner_preview();

    @Message
    String author_previous();

    @Message
    String author_next();

    @Message
    String author_questions_title(String title);

    @Message
    String author_no_questions();

    @Message
    String author_question_title();

    @Message
    String author_question_category();

    @Message
    String author_question_type_label();

    @Message
    String author_question_text_label();

    @Message
    String author_new_question();

    @Message
    String author_create_question();

    @Message
    String author_import_gift();

    @Message
    String author_import_gift_hint();

    @Message
    String author_gift_text();

    @Message
    String author_gift_file();

    @Message
    String author_export_gift();

    @Message
    String author_gift_problems();

    @Message
    String author_edit_question(int n);

    @Message
    String author_question_new();

    @Message
    String author_question_format();

    @Message
    String author_format_markdown();

    @Message
    String author_format_moodle();

    @Message
    String author_format_html();

    @Message
    String author_format_plain();

    @Message
    String author_text_after();

    @Message
    String author_answers();

    @Message
    String author_answers_hint();

    @Message
    String author_answer_n(int n);

    @Message
    String author_answer();

    @Message
    String author_tolerance();

    @Message
    String author_percent();

    @Message
    String author_feedback();

    @Message
    String author_pairs();

    @Message
    String author_pair_left();

    @Message
    String author_pair_right();

    @Message
    String author_truth();

    @Message
    String author_true();

    @Message
    String author_false();

    @Message
    String author_feedback_true();

    @Message
    String author_feedback_false();

    @Message
    String author_general_feedback();

    @Message
    String author_save_question();

    @Message
    String author_delete_question();

    @Message
    String author_question_preview();

    @Message
    String author_answer_key();

    @Message
    String author_question_problems();

    @Message
    String author_choose();

    @Message
    String author_your_answer();

    @Message
    String author_form_errors();

    @Message
    String author_notice_saved();

    @Message
    String author_notice_published();

    @Message
    String author_notice_restored();

    @Message
    String author_notice_author_added();

    @Message
    String author_notice_author_removed();

    @Message
    String author_notice_detached();

    @Message
    String author_notice_attached();

    @Message
    String author_notice_draft_imported();

    @Message
    String author_notice_uploaded();

    @Message
    String author_notice_file_deleted();

    @Message
    String author_notice_module_removed();

    @Message
    String author_notice_imported();

    @Message
    String author_notice_questions_imported();

    @Message
    String author_notice_question_deleted();

    @Message
    String author_invalid();

    @Message
    String author_not_publishable();

    @Message
    String author_not_author();

    @Message
    String author_not_owner();

    @Message
    String author_text_required();

    @Message
    String author_text_too_long();

    @Message
    String author_language_invalid();

    @Message
    String author_dimension_invalid();

    @Message
    String author_audience_invalid();

    @Message
    String author_minutes_invalid();

    @Message
    String author_competency_invalid();

    @Message
    String author_pass_percent_invalid();

    @Message
    String author_attempts_invalid();

    @Message
    String author_time_limit_invalid();

    @Message
    String author_number_invalid();

    @Message
    String author_module_slug_invalid();

    @Message
    String author_module_slug_taken();

    @Message
    String author_too_many_modules();

    @Message
    String author_markdown_unsafe();

    @Message
    String author_no_modules();

    @Message
    String author_quiz_invalid();

    @Message
    String author_person_unknown();

    @Message
    String author_person_not_instructor();

    @Message
    String author_owner_stays();

    @Message
    String author_not_file_managed();

    @Message
    String author_asset_empty();

    @Message
    String author_asset_too_large();

    @Message
    String author_asset_type();

    @Message
    String author_gift_invalid();

    @Message
    String author_question_type();

    @Message
    String author_question_invalid();

    @Message
    String author_question_percent();

    @Message
    String author_question_number();

    @Message
    String author_actions();

    @Message
    String author_format_marker_hint();

    @Message
    String author_type_hint();

    @Message
    String author_translate_question(int n, String language);

    @Message
    String author_translation_original();

    @Message
    String author_translation_preview();

    @Message
    String author_translation_hint();

    @Message
    String author_save_translation();

    @Message
    String author_translation_mismatch();

    @Message
    String author_translation_needs_title();

    @Message
    String author_translation_done();

    @Message
    String author_translation_missing();

    @Message
    String author_translation_column(String language);

    @Message
    String author_import_as();

    @Message
    String author_import_original();

    @Message
    String author_import_translation(String language);

    @Message
    String author_export_translation(String language);

    @Message
    String author_translation_language_en();

    @Message
    String author_translation_language_zh_CN();

    @Message
    String author_slug_invalid();

    @Message
    String author_slug_taken();
}
