package org.resilib.consult;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The consultation service's texts, as {@code cs:key} in templates; also its refusals ({@code consult_*}), which
 * the error pages and problems look up here. Texts in {@code messages/cs_zh_CN.properties} and
 * {@code messages/cs_en.properties}.
 */
@MessageBundle(value = "cs", locale = "zh-CN")
public interface ConsultMessages {

    @Message
    String consult_ask_title();

    @Message
    String consult_ask_sent();

    @Message
    String consult_ask_intro();

    @Message
    String consult_field_category();

    @Message
    String consult_field_category_choose();

    @Message
    String consult_category_resources();

    @Message
    String consult_category_e_reserves();

    @Message
    String consult_category_delivery();

    @Message
    String consult_category_research();

    @Message
    String consult_category_courses();

    @Message
    String consult_category_other();

    @Message
    String consult_field_subject();

    @Message
    String consult_field_subject_hint();

    @Message
    String consult_field_body();

    @Message
    String consult_field_email();

    @Message
    String consult_field_email_hint();

    @Message
    String consult_field_name();

    @Message
    String consult_ask_submit();

    @Message
    String consult_state_new();

    @Message
    String consult_state_open();

    @Message
    String consult_state_waiting();

    @Message
    String consult_state_answered();

    @Message
    String consult_state_closed();

    @Message
    String consult_question_private_link();

    @Message
    String consult_thread_you();

    @Message
    String consult_thread_librarian(String name);

    @Message
    String consult_thread_staff();

    @Message
    String consult_reply_label();

    @Message
    String consult_reply_submit();

    @Message
    String consult_mine_title();

    @Message
    String consult_mine_none();

    @Message
    String consult_desk_title();

    @Message
    String consult_desk_state();

    @Message
    String consult_desk_state_open();

    @Message
    String consult_desk_any();

    @Message
    String consult_desk_who();

    @Message
    String consult_desk_who_me();

    @Message
    String consult_desk_who_none();

    @Message
    String consult_desk_filter();

    @Message
    String consult_desk_none();

    @Message
    String consult_desk_asked();

    @Message
    String consult_desk_from(String email);

    @Message
    String consult_desk_held_by(String name);

    @Message
    String consult_desk_claim();

    @Message
    String consult_desk_reopen();

    @Message
    String consult_desk_close();

    @Message
    String consult_desk_thread();

    @Message
    String consult_desk_note_badge();

    @Message
    String consult_desk_asker();

    @Message
    String consult_desk_reply_label();

    @Message
    String consult_desk_waiting();

    @Message
    String consult_desk_internal();

    @Message
    String consult_desk_send();

    @Message
    String consult_desk_history();

    @Message
    String consult_event_asked();

    @Message
    String consult_event_claimed();

    @Message
    String consult_event_assigned();

    @Message
    String consult_event_answered();

    @Message
    String consult_event_asked_back();

    @Message
    String consult_event_noted();

    @Message
    String consult_event_closed();

    @Message
    String consult_event_reopened();

    @Message
    String consult_event_asker_replied();

    @Message
    String consult_error_category();

    @Message
    String consult_error_body();

    @Message
    String consult_error_too_long();

    @Message
    String consult_error_email();

    @Message
    String consult_error_address_limit();

    @Message
    String consult_error_claimed();

    @Message
    String consult_error_assignee();

    @Message
    String consult_not_found_question();

    @Message
    String consult_mail_asked_subject(String subject);

    @Message
    String consult_mail_asked_body();

    @Message
    String consult_mail_asked_link();

    @Message
    String consult_mail_asked_page();

    @Message
    String consult_mail_answered_subject(String subject);

    @Message
    String consult_mail_answered_by(String name);

    @Message
    String consult_mail_answered();

    @Message
    String consult_mail_answered_link();

    @Message
    String consult_field_website();

    @Message
    String consult_error_internal();

    @Message
    String consult_error_state();

    @Message
    String consult_desk_assign();

    @Message
    String consult_desk_assign_queue();

    @Message
    String consult_desk_assign_submit();

    @Message
    String consult_faq_title();

    @Message
    String consult_faq_search();

    @Message
    String consult_faq_search_submit();

    @Message
    String consult_faq_none();

    @Message
    String consult_faq_none_found();

    @Message
    String consult_faq_delete();

    @Message
    String consult_faq_still();

    @Message
    String consult_desk_to_faq();

    @Message
    String consult_desk_to_faq_hint();

    @Message
    String consult_faq_question_zh();

    @Message
    String consult_faq_answer_zh();

    @Message
    String consult_faq_question_en();

    @Message
    String consult_faq_answer_en();

    @Message
    String consult_desk_to_faq_submit();

    @Message
    String consult_error_faq_question();

    @Message
    String consult_error_faq_answer();

    @Message
    String consult_not_found_faq();

    @Message
    String consult_service_title();

    @Message
    String consult_service_open_now();

    @Message
    String consult_service_closed_now();

    @Message
    String consult_service_on_duty(Integer count);

    @Message
    String consult_service_zone(String zone);

    @Message
    String consult_service_not_saved();

    @Message
    String consult_service_hours();

    @Message
    String consult_service_hours_hint();

    @Message
    String consult_service_weekday();

    @Message
    String consult_service_opens();

    @Message
    String consult_service_closes();

    @Message
    String consult_service_save_hours();

    @Message
    String consult_service_closed_days();

    @Message
    String consult_service_no_closed_days();

    @Message
    String consult_service_remove();

    @Message
    String consult_service_day();

    @Message
    String consult_service_day_label();

    @Message
    String consult_service_add_closed();

    @Message
    String consult_service_rota();

    @Message
    String consult_service_rota_hint();

    @Message
    String consult_service_no_shifts();

    @Message
    String consult_service_now();

    @Message
    String consult_service_person();

    @Message
    String consult_service_start();

    @Message
    String consult_service_end();

    @Message
    String consult_service_all_day();

    @Message
    String consult_service_add_shift();

    @Message
    String consult_weekday_1();

    @Message
    String consult_weekday_2();

    @Message
    String consult_weekday_3();

    @Message
    String consult_weekday_4();

    @Message
    String consult_weekday_5();

    @Message
    String consult_weekday_6();

    @Message
    String consult_weekday_7();

    @Message
    String consult_error_hours();

    @Message
    String consult_error_day();

    @Message
    String consult_error_label();

    @Message
    String consult_error_shift();

    @Message
    String consult_mail_hello(String name);

    @Message
    String consult_mail_overdue_subject(String subject);

    @Message
    String consult_mail_overdue_body(String due);

    @Message
    String consult_event_overdue();

    @Message
    String consult_desk_overdue();

    @Message
    String consult_desk_due();

    @Message
    String consult_desk_service();

    @Message
    String consult_chat_closed();

    @Message
    String consult_chat_open_hint();

    @Message
    String consult_chat_start();

    @Message
    String consult_chat_waiting();

    @Message
    String consult_chat_active();

    @Message
    String consult_chat_ended();

    @Message
    String consult_chat_lost();

    @Message
    String consult_chat_librarian_label();

    @Message
    String consult_chat_transcript();

    @Message
    String consult_chat_kept();

    @Message
    String consult_chat_message();

    @Message
    String consult_chat_send();

    @Message
    String consult_chat_end();

    @Message
    String consult_chat_question_page();

    @Message
    String consult_chat_taken();

    @Message
    String consult_chat_not_yours();

    @Message
    String consult_chats_title();

    @Message
    String consult_chats_waiting();

    @Message
    String consult_chats_none();

    @Message
    String consult_chats_accept();

    @Message
    String consult_chats_on_duty();

    @Message
    String consult_chats_off_duty();

    @Message
    String consult_event_chat_accepted();

    @Message
    String consult_event_chat_ended();

    @Message
    String consult_event_chat_handed_back();

    @Message
    String consult_event_chat_unanswered();

    @Message
    String consult_report_title();

    @Message
    String consult_report_weeks();

    @Message
    String consult_report_summary(Integer questions, String first, String answer);

    @Message
    String consult_report_by_week();

    @Message
    String consult_report_week();

    @Message
    String consult_report_total();

    @Message
    String consult_report_by_channel();

    @Message
    String consult_report_nothing();

    @Message
    String consult_report_read();

    @Message
    String consult_report_read_hint();

    @Message
    String consult_report_read_level(String level);

    @Message
    String consult_report_hot();

    @Message
    String consult_report_hot_hint();

    @Message
    String consult_channel_form();

    @Message
    String consult_channel_mail();

    @Message
    String consult_channel_chat();

    @Message
    String consult_desk_read_scale();

    @Message
    String consult_desk_read_scale_submit();

    @Message
    String consult_error_read_scale();

    @Message
    String consult_event_read_scale();

    @Message
    String consult_ask_suggestions();

    @Message
    String consult_saved_title();

    @Message
    String consult_saved_manage();

    @Message
    String consult_saved_hint();

    @Message
    String consult_saved_none();

    @Message
    String consult_saved_add();

    @Message
    String consult_saved_field_title();

    @Message
    String consult_saved_field_language();

    @Message
    String consult_saved_field_body();

    @Message
    String consult_error_saved_title();

    @Message
    String consult_error_language();

    @Message
    String consult_desk_merge_into();

    @Message
    String consult_desk_merge_hint();

    @Message
    String consult_desk_merge_submit();

    @Message
    String consult_error_merge();

    @Message
    String consult_event_merged_into();

    @Message
    String consult_event_merged_from();

    @Message
    String consult_lang_zh();

    @Message
    String consult_lang_en();

    @Message
    String consult_field_attachment();

    @Message
    String consult_field_attachment_hint();

    @Message
    String consult_attachments();

    @Message
    String consult_attachment_size(String kilobytes);

    @Message
    String consult_error_attachment_empty();

    @Message
    String consult_error_attachment_too_large();

    @Message
    String consult_error_attachment_type();

    @Message
    String consult_desk_team();

    @Message
    String consult_desk_team_none();

    @Message
    String consult_desk_team_submit();

    @Message
    String consult_desk_team_label(String team);

    @Message
    String consult_desk_who_teams();

    @Message
    String consult_error_team();

    @Message
    String consult_event_team_assigned();

    @Message
    String consult_desk_faq_hints();

    @Message
    String consult_desk_faq_use();
}
