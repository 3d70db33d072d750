package org.resilib.competency;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Competency page texts, as {@code cm:key} in templates; long because it lists every text of the feature's pages, one
 * method each. Texts in {@code messages/cm_zh_CN.properties} and {@code messages/cm_en.properties}.
 */
@MessageBundle(value = "cm", locale = "zh-CN")
public interface CompetencyMessages {

    @Message
    String competency_profile_title(String name);

    @Message
    String competency_code();

    @Message
    String competency_name();

    @Message
    String competency_level();

    @Message
    String competency_how();

    @Message
    String competency_evidence();

    @Message
    String competency_proficient();

    @Message
    String competency_assessed_by(String name);

    @Message
    String competency_assess();

    @Message
    String competency_note();

    @Message
    String competency_assess_submit();

    @Message
    String competency_sample();

    @Message
    String competency_sample_help();

    @Message
    String competency_sample_url();

    @Message
    String competency_sample_submit();

    @Message
    String competency_review_title();

    @Message
    String competency_review_empty();

    @Message
    String competency_accept();

    @Message
    String competency_reject();

    @Message
    String evidence_course_completed();

    @Message
    String evidence_quiz_passed();

    @Message
    String evidence_session_attended();

    @Message
    String evidence_work_sample_reviewed();

    @Message
    String evidence_work_sample_submitted();

    @Message
    String competency_plan();

    @Message
    String competency_gap(int level, int target);

    @Message
    String competency_target();

    @Message
    String matrix_title();

    @Message
    String matrix_framework();

    @Message
    String matrix_csv();

    @Message
    String targets_title();

    @Message
    String matrix_heatmap();

    @Message
    String matrix_heatmap_desc();

    @Message
    String matrix_table();

    @Message
    String matrix_gaps();

    @Message
    String matrix_reaching();

    @Message
    String matrix_reaching_n(int reaching, int total);

    @Message
    String targets_help();

    @Message
    String targets_role();

    @Message
    String targets_email();

    @Message
    String targets_email_hint();

    @Message
    String matrix_apply();

    @Message
    String teams_title();

    @Message
    String teams_help();

    @Message
    String teams_requirements();

    @Message
    String teams_min_level();

    @Message
    String teams_size();

    @Message
    String teams_propose();

    @Message
    String teams_proposal();

    @Message
    String teams_uncovered();

    @Message
    String teams_name();

    @Message
    String teams_include();

    @Message
    String teams_covers();

    @Message
    String teams_duty();

    @Message
    String teams_save();

    @Message
    String teams_saved();

    @Message
    String teams_none();

    @Message
    String duty_online_resources();

    @Message
    String duty_e_reserves();

    @Message
    String duty_it_support();

    @Message
    String duty_online_reference();

    @Message
    String duty_promotion();

    @Message
    String duty_coordination();

    @Message
    String credential_title(String name);

    @Message
    String credential_revoked();

    @Message
    String credential_valid();

    @Message
    String credential_invalid();

    @Message
    String credential_holder();

    @Message
    String credential_issued();

    @Message
    String credential_issuer();

    @Message
    String credential_jwt();

    @Message
    String credential_revoke();

    @Message
    String credential_revoke_reason();

    @Message
    String credential_revoked_because(String reason);

    @Message
    String credential_claim();

    @Message
    String credential_public_key();

    @Message
    String matrix_search();

    @Message
    String matrix_showing(int from, int to, int total);

    @Message
    String matrix_pages();

    @Message
    String matrix_previous();

    @Message
    String matrix_next();

    @Message
    String matrix_page_of(int page, int pages);

    @Message
    String frameworks_title();

    @Message
    String frameworks_help();

    @Message
    String frameworks_new();

    @Message
    String frameworks_edit(String slug);

    @Message
    String frameworks_name();

    @Message
    String frameworks_count();

    @Message
    String frameworks_source();

    @Message
    String frameworks_export();

    @Message
    String frameworks_file(String slug);

    @Message
    String frameworks_browser();

    @Message
    String frameworks_file_warning(String slug);

    @Message
    String frameworks_slug();

    @Message
    String frameworks_slug_hint();

    @Message
    String frameworks_in_zh();

    @Message
    String frameworks_in_en();

    @Message
    String frameworks_scale();

    @Message
    String frameworks_scale_hint();

    @Message
    String frameworks_level_name(int level);

    @Message
    String frameworks_proficient();

    @Message
    String frameworks_proficient_at(int level);

    @Message
    String frameworks_rules();

    @Message
    String frameworks_rules_hint();

    @Message
    String frameworks_rule_course();

    @Message
    String frameworks_rule_quiz_percent();

    @Message
    String frameworks_rule_quiz();

    @Message
    String frameworks_rule_session();

    @Message
    String frameworks_rule_sample();

    @Message
    String frameworks_competencies();

    @Message
    String frameworks_competencies_hint();

    @Message
    String frameworks_new_competency();

    @Message
    String frameworks_order();

    @Message
    String frameworks_parent();

    @Message
    String frameworks_description();

    @Message
    String frameworks_remove();

    @Message
    String frameworks_detach();

    @Message
    String frameworks_save();

    @Message
    String frameworks_detached(String slug);

    @Message
    String frameworks_reattach();

    @Message
    String frameworks_export_case();

    @Message
    String competency_scale_caption(String title);

    @Message
    String competency_level_name();

    @Message
    String competency_reached_by();

    @Message
    String competency_proficient_from();

    @Message
    String way_course_completed();

    @Message
    String way_quiz_passed(Integer percent);

    @Message
    String way_session_attended();

    @Message
    String way_work_sample_reviewed();

    @Message
    String way_assessment();

    @Message
    String way_assessment_only();

    @Message
    String competency_samples_not_counted();

    @Message
    String competency_levels_caption_in(String title);

    @Message
    String competency_raise();

    @Message
    String competency_raise_to(Integer level, String name);

    @Message
    String competency_raise_assessed();

    @Message
    String competency_raise_top();

    @Message
    String competency_level_choose();

    @Message
    String competency_samples_none();
}
