package org.resilib.guide;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The emergency guide's texts, as {@code gd:key} in templates; also its refusals ({@code guide_*}), which the error pages and problems look up here. Texts in {@code messages/gd_zh_CN.properties} and {@code messages/gd_en.properties}.
 */
@MessageBundle(value = "gd", locale = "zh-CN")
public interface GuideMessages {

    @Message
    String guide_banner_label();

    @Message
    String guide_banner_open();

    @Message
    String guide_banner_expected_end(String time);

    @Message
    String guide_banner_more();

    @Message
    String guide_banner_notices_label();

    @Message
    String guide_nav();

    @Message
    String guide_home_title();

    @Message
    String guide_home_open();

    @Message
    String guide_affected(String areas);

    @Message
    String guide_area_building();

    @Message
    String guide_area_lending();

    @Message
    String guide_area_reading_rooms();

    @Message
    String guide_area_on_site_help();

    @Message
    String guide_status_normal();

    @Message
    String guide_severity_info();

    @Message
    String guide_severity_important();

    @Message
    String guide_severity_critical();

    @Message
    String guide_audience_everyone();

    @Message
    String guide_audience_members();

    @Message
    String guide_audience_students();

    @Message
    String guide_audience_staff();

    @Message
    String guide_notice_dismiss();

    @Message
    String guide_notice_dismiss_label(String title);

    @Message
    String guide_notices_title();

    @Message
    String guide_notices_help();

    @Message
    String guide_notices_none();

    @Message
    String guide_notices_feed();

    @Message
    String guide_notices_feed_title();

    @Message
    String guide_notice_published(String time);

    @Message
    String guide_notice_expires(String time);

    @Message
    String guide_notice_updated(String time);

    @Message
    String guide_notice_expired();

    @Message
    String guide_notices_manage();

    @Message
    String guide_notices_new();

    @Message
    String guide_notices_edit();

    @Message
    String guide_notices_upcoming();

    @Message
    String guide_notices_expired_list();

    @Message
    String guide_notice_delete();

    @Message
    String guide_notice_field_title_zh();

    @Message
    String guide_notice_field_title_en();

    @Message
    String guide_notice_field_body_zh();

    @Message
    String guide_notice_field_body_en();

    @Message
    String guide_notice_field_severity();

    @Message
    String guide_notice_field_audience();

    @Message
    String guide_notice_field_publish();

    @Message
    String guide_notice_field_expires();

    @Message
    String guide_notice_field_time_hint(String zone);

    @Message
    String guide_save();

    @Message
    String guide_emergency_title();

    @Message
    String guide_emergency_help();

    @Message
    String guide_emergency_current();

    @Message
    String guide_emergency_scheduled(String time);

    @Message
    String guide_emergency_none();

    @Message
    String guide_emergency_declare();

    @Message
    String guide_emergency_end();

    @Message
    String guide_emergency_end_confirm();

    @Message
    String guide_emergency_field_title_zh();

    @Message
    String guide_emergency_field_title_en();

    @Message
    String guide_emergency_field_message_zh();

    @Message
    String guide_emergency_field_message_en();

    @Message
    String guide_emergency_field_starts();

    @Message
    String guide_emergency_field_starts_hint(String zone);

    @Message
    String guide_emergency_field_expected_end();

    @Message
    String guide_emergency_field_affected();

    @Message
    String guide_emergency_field_mail();

    @Message
    String guide_emergency_history();

    @Message
    String guide_emergency_history_none();

    @Message
    String guide_emergency_declared_by(String time, String who);

    @Message
    String guide_emergency_ended_by(String time, String who);

    @Message
    String guide_emergency_mailing(Integer queued);

    @Message
    String guide_emergency_mailing_done();

    @Message
    String guide_emergency_col_title();

    @Message
    String guide_emergency_col_period();

    @Message
    String guide_emergency_col_state();

    @Message
    String guide_emergency_open();

    @Message
    String guide_emergency_ended();

    @Message
    String guide_emergency_mail_subject(String title);

    @Message
    String guide_emergency_mail_guide();

    @Message
    String guide_emergency_mail_expected(String time);

    @Message
    String guide_emergency_mail_why();

    @Message
    String guide_error_emergency_open();

    @Message
    String guide_error_emergency_none();

    @Message
    String guide_error_end_before_start();

    @Message
    String guide_error_expiry_before_publish();

    @Message
    String guide_error_text_required();

    @Message
    String guide_error_unknown_area();

    @Message
    String guide_error_unknown_severity();

    @Message
    String guide_error_unknown_audience();

    @Message
    String guide_error_time();

    @Message
    String guide_error_too_long();

    @Message
    String guide_not_found_notice();

    @Message
    String guide_admin_emergency_help();

    @Message
    String guide_admin_notices_help();

    @Message
    String guide_affected_label();

    @Message
    String guide_contents();

    @Message
    String guide_live_none();

    @Message
    String guide_live_more();

    @Message
    String guide_list_title();

    @Message
    String guide_list_none();

    @Message
    String guide_resources_title();

    @Message
    String guide_resources_lead();

    @Message
    String guide_resources_search();

    @Message
    String guide_resources_subject();

    @Message
    String guide_resources_any();

    @Message
    String guide_resources_access();

    @Message
    String guide_resources_flag();

    @Message
    String guide_resources_apply();

    @Message
    String guide_resources_letters();

    @Message
    String guide_resources_all();

    @Message
    String guide_resources_count(Integer count);

    @Message
    String guide_resources_none();

    @Message
    String guide_resources_subjects();

    @Message
    String guide_resources_open_link();

    @Message
    String guide_resources_off_campus_link();

    @Message
    String guide_resources_campus_link();

    @Message
    String guide_resources_campus_only();

    @Message
    String guide_resources_no_template();

    @Message
    String guide_resources_temporary_account();

    @Message
    String guide_resources_csv();

    @Message
    String guide_kind_database();

    @Message
    String guide_kind_ebooks();

    @Message
    String guide_kind_journals();

    @Message
    String guide_kind_free_web();

    @Message
    String guide_kind_other();

    @Message
    String guide_access_ip();

    @Message
    String guide_access_proxy();

    @Message
    String guide_access_webvpn();

    @Message
    String guide_access_carsi();

    @Message
    String guide_access_shibboleth();

    @Message
    String guide_access_open();

    @Message
    String guide_flag_trial();

    @Message
    String guide_flag_free();

    @Message
    String guide_flag_temporary();

    @Message
    String guide_flag_new();

    @Message
    String guide_error_resource_slug();

    @Message
    String guide_error_url();

    @Message
    String guide_error_resource_kind();

    @Message
    String guide_error_access();

    @Message
    String guide_error_template();

    @Message
    String guide_error_date();

    @Message
    String guide_error_resource_slug_taken();

    @Message
    String guide_error_import();

    @Message
    String guide_error_import_empty();

    @Message
    String guide_error_csv_row();

    @Message
    String guide_error_csv_column();

    @Message
    String guide_error_csv_rows();

    @Message
    String guide_error_flag();

    @Message
    String guide_error_letter();

    @Message
    String guide_not_found_resource();

    @Message
    String guide_not_found_guide();

    @Message
    String guide_plan_title();

    @Message
    String guide_plan_help();

    @Message
    String guide_plan_task_label(Integer n);

    @Message
    String guide_plan_duty();

    @Message
    String guide_plan_team();

    @Message
    String guide_plan_no_team();

    @Message
    String guide_plan_title_zh();

    @Message
    String guide_plan_title_en();

    @Message
    String guide_plan_delete();

    @Message
    String guide_plan_add();

    @Message
    String guide_plan_open();

    @Message
    String guide_checklist_title();

    @Message
    String guide_checklist_progress(Integer n, Integer total);

    @Message
    String guide_checklist_task();

    @Message
    String guide_checklist_done();

    @Message
    String guide_checklist_done_by(String time, String who);

    @Message
    String guide_checklist_tick();

    @Message
    String guide_checklist_undo();

    @Message
    String guide_checklist_open();

    @Message
    String guide_duty_online_resources();

    @Message
    String guide_duty_e_reserves();

    @Message
    String guide_duty_it_support();

    @Message
    String guide_duty_online_reference();

    @Message
    String guide_duty_promotion();

    @Message
    String guide_duty_coordination();

    @Message
    String guide_error_duty();

    @Message
    String guide_error_team();

    @Message
    String guide_error_checklist_closed();

    @Message
    String guide_not_found_task();

    @Message
    String guide_edit_list_title();

    @Message
    String guide_edit_list_intro();

    @Message
    String guide_edit_list_none();

    @Message
    String guide_edit_field_title();

    @Message
    String guide_edit_status();

    @Message
    String guide_edit_source();

    @Message
    String guide_edit_emergency_badge();

    @Message
    String guide_edit_unpublished();

    @Message
    String guide_edit_source_files();

    @Message
    String guide_edit_source_detached();

    @Message
    String guide_edit_source_browser();

    @Message
    String guide_edit_new();

    @Message
    String guide_edit_field_slug();

    @Message
    String guide_edit_field_slug_hint();

    @Message
    String guide_edit_field_title_zh();

    @Message
    String guide_edit_field_title_en();

    @Message
    String guide_edit_create();

    @Message
    String guide_edit_title(String title);

    @Message
    String guide_edit_changed_by(String time, String who);

    @Message
    String guide_edit_files_hint();

    @Message
    String guide_edit_detached_hint();

    @Message
    String guide_edit_preview();

    @Message
    String guide_edit_preview_notice();

    @Message
    String guide_edit_view_live();

    @Message
    String guide_edit_publication();

    @Message
    String guide_edit_publish();

    @Message
    String guide_edit_discard();

    @Message
    String guide_edit_unpublish();

    @Message
    String guide_edit_attach();

    @Message
    String guide_edit_fields();

    @Message
    String guide_edit_field_summary_zh();

    @Message
    String guide_edit_field_summary_en();

    @Message
    String guide_edit_field_emergency();

    @Message
    String guide_edit_sections();

    @Message
    String guide_edit_sections_none();

    @Message
    String guide_edit_field_faq_short();

    @Message
    String guide_edit_move_up();

    @Message
    String guide_edit_move_down();

    @Message
    String guide_edit_delete_section();

    @Message
    String guide_edit_add_section();

    @Message
    String guide_edit_versions();

    @Message
    String guide_edit_versions_none();

    @Message
    String guide_edit_version();

    @Message
    String guide_edit_version_when();

    @Message
    String guide_edit_restore();

    @Message
    String guide_edit_restored_from(Integer number);

    @Message
    String guide_edit_section_title();

    @Message
    String guide_edit_field_section_slug();

    @Message
    String guide_edit_field_section_slug_hint();

    @Message
    String guide_edit_field_body_zh();

    @Message
    String guide_edit_field_body_en();

    @Message
    String guide_edit_field_body_hint();

    @Message
    String guide_edit_field_faq();

    @Message
    String guide_edit_embed();

    @Message
    String guide_edit_embed_hint();

    @Message
    String guide_edit_embed_list();

    @Message
    String guide_edit_embed_none();

    @Message
    String guide_edit_embed_any();

    @Message
    String guide_edit_embed_access();

    @Message
    String guide_edit_embed_flag();

    @Message
    String guide_edit_embed_subject();

    @Message
    String guide_edit_embed_dimension();

    @Message
    String guide_edit_embed_limit();

    @Message
    String guide_edit_back();

    @Message
    String guide_status_published();

    @Message
    String guide_status_draft();

    @Message
    String guide_version_file();

    @Message
    String guide_version_browser();

    @Message
    String guide_version_restore();

    @Message
    String guide_embed_notices();

    @Message
    String guide_embed_resources();

    @Message
    String guide_embed_sessions();

    @Message
    String guide_embed_courses();

    @Message
    String guide_embed_faq();

    @Message
    String guide_error_guide_slug();

    @Message
    String guide_error_guide_slug_taken();

    @Message
    String guide_error_section_slug();

    @Message
    String guide_error_section_slug_taken();

    @Message
    String guide_error_sections();

    @Message
    String guide_error_not_published();

    @Message
    String guide_error_not_file_managed();

    @Message
    String guide_error_emergency_taken();

    @Message
    String guide_error_no_sections();

    @Message
    String guide_error_faq();

    @Message
    String guide_error_title_for_body();

    @Message
    String guide_error_embed();

    @Message
    String guide_not_found_section();

    @Message
    String guide_not_found_version();

    @Message
    String guide_manage_title();

    @Message
    String guide_manage_link();

    @Message
    String guide_manage_imported(Integer added, Integer replaced);

    @Message
    String guide_manage_broken();

    @Message
    String guide_manage_broken_hint();

    @Message
    String guide_manage_broken_none();

    @Message
    String guide_manage_col_resource();

    @Message
    String guide_manage_col_answer();

    @Message
    String guide_manage_col_since();

    @Message
    String guide_manage_import();

    @Message
    String guide_manage_import_hint();

    @Message
    String guide_manage_file();

    @Message
    String guide_manage_import_submit();

    @Message
    String guide_error_file_required();

    @Message
    String guide_error_file_too_large();

    @Message
    String guide_error_file_encoding();
}
