package org.resilib.livesession;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Live session page and mail texts, as {@code ls:key} in templates. Texts in {@code messages/ls_zh_CN.properties} and {@code messages/ls_en.properties}. */
@MessageBundle(value = "ls", locale = "zh-CN")
public interface SessionMessages {

    @Message
    String mail_greeting(String name);

    @Message
    String mail_waitlist_position(int position);

    @Message
    String mail_when(String when);

    @Message
    String mail_footer();

    @Message
    String mail_subject_confirmed();

    @Message
    String mail_subject_waitlisted();

    @Message
    String mail_subject_promoted();

    @Message
    String mail_subject_changed();

    @Message
    String mail_subject_cancelled();

    @Message
    String mail_subject_reminder_24h();

    @Message
    String mail_subject_reminder_1h();

    @Message
    String mail_body_confirmed();

    @Message
    String mail_body_waitlisted();

    @Message
    String mail_body_promoted();

    @Message
    String mail_body_changed();

    @Message
    String mail_body_cancelled();

    @Message
    String mail_body_reminder_24h();

    @Message
    String mail_body_reminder_1h();

    @Message
    String sessions_title();

    @Message
    String sessions_lead();

    @Message
    String sessions_empty();

    @Message
    String session_platform();

    @Message
    String session_new();

    @Message
    String calendar_title();

    @Message
    String session_cancelled_badge();

    @Message
    String session_seats(int confirmed, int capacity);

    @Message
    String session_waitlist_count(int n);

    @Message
    String registration_confirmed();

    @Message
    String registration_waitlisted();

    @Message
    String registration_cancelled();

    @Message
    String platform_tencent_meeting();

    @Message
    String platform_rain_classroom();

    @Message
    String platform_zoom();

    @Message
    String platform_bigbluebutton();

    @Message
    String platform_teams();

    @Message
    String platform_in_person();

    @Message
    String platform_other();

    @Message
    String session_overlap_warning();

    @Message
    String session_when();

    @Message
    String session_capacity();

    @Message
    String session_unlimited();

    @Message
    String session_join();

    @Message
    String session_meeting_code(String code);

    @Message
    String session_replay();

    @Message
    String session_position(int n);

    @Message
    String session_join_later();

    @Message
    String session_unregister();

    @Message
    String session_join_waitlist();

    @Message
    String session_register();

    @Message
    String session_sign_in_to_register();

    @Message
    String session_add_to_calendar();

    @Message
    String session_for_organisers();

    @Message
    String session_edit();

    @Message
    String session_attendance();

    @Message
    String session_cancel();

    @Message
    String session_title_zh();

    @Message
    String session_title_en();

    @Message
    String session_description_zh();

    @Message
    String session_description_en();

    @Message
    String session_start_local();

    @Message
    String session_time_zone();

    @Message
    String session_duration();

    @Message
    String session_capacity_field();

    @Message
    String session_join_url();

    @Message
    String session_meeting_code_field();

    @Message
    String session_recording_url();

    @Message
    String session_weeks();

    @Message
    String attendance_report(int n);

    @Message
    String attendance_unmatched();

    @Message
    String attendance_attended();

    @Message
    String attendance_save();

    @Message
    String attendance_import();

    @Message
    String attendance_import_help();

    @Message
    String calendar_help();

    @Message
    String calendar_new_link();

    @Message
    String calendar_link();

    @Message
    String calendar_link_hidden();

    @Message
    String calendar_reset();

    @Message
    String calendar_create();

    @Message
    String session_register_series();

    @Message
    String session_course();

    @Message
    String session_course_hint();

    @Message
    String session_registration_opens();

    @Message
    String session_registration_closes();

    @Message
    String session_registration_hint();

    @Message
    String sessions_filter_apply();

    @Message
    String attendance_status();

    @Message
    String attendance_status_confirmed();

    @Message
    String attendance_status_waitlisted();

    @Message
    String attendance_status_cancelled();

    @Message
    String session_audience_field();

    @Message
    String session_course_none();

    @Message
    String session_course_unpublished(String slug);

    @Message
    String session_form_when();

    @Message
    String session_course_mine();

    @Message
    String session_course_others();

    @Message
    String session_feedback_offer(String title);
}
