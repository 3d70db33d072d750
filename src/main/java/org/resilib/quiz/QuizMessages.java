package org.resilib.quiz;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Quiz page texts, as {@code qz:key} in templates. Texts in {@code messages/qz_zh_CN.properties} and {@code messages/qz_en.properties}. */
@MessageBundle(value = "qz", locale = "zh-CN")
public interface QuizMessages {

    @Message
    String quiz_title(String course);

    @Message
    String quiz_label();

    @Message
    String quiz_questions();

    @Message
    String quiz_pass_mark();

    @Message
    String quiz_attempts_allowed();

    @Message
    String quiz_unlimited();

    @Message
    String quiz_time_limit();

    @Message
    String quiz_no_time_limit();

    @Message
    String quiz_best();

    @Message
    String quiz_passed();

    @Message
    String quiz_not_passed();

    @Message
    String quiz_continue();

    @Message
    String quiz_start();

    @Message
    String quiz_start_again();

    @Message
    String quiz_my_attempts();

    @Message
    String quiz_attempt_number();

    @Message
    String quiz_state();

    @Message
    String quiz_grade();

    @Message
    String quiz_review();

    @Message
    String quiz_all_attempts();

    @Message
    String attempt_state_in_progress();

    @Message
    String attempt_state_needs_grading();

    @Message
    String attempt_state_graded();

    @Message
    String quiz_attempt_n(int n);

    @Message
    String quiz_deadline(String time);

    @Message
    String quiz_all_on_one_page();

    @Message
    String quiz_one_per_page();

    @Message
    String quiz_information();

    @Message
    String quiz_not_translated();

    @Message
    String quiz_question_n(int n);

    @Message
    String quiz_your_answer();

    @Message
    String quiz_choose_all();

    @Message
    String quiz_true();

    @Message
    String quiz_false();

    @Message
    String quiz_your_number();

    @Message
    String quiz_choose();

    @Message
    String quiz_saved_now();

    @Message
    String quiz_previous();

    @Message
    String quiz_next();

    @Message
    String quiz_save();

    @Message
    String quiz_submit();

    @Message
    String quiz_saved_at(String time);

    @Message
    String quiz_review_title(int n);

    @Message
    String quiz_result();

    @Message
    String quiz_waiting_for_grading();

    @Message
    String quiz_score(String score, String max, String percent);

    @Message
    String quiz_pass_needed(int percent);

    @Message
    String quiz_submitted_at(String time);

    @Message
    String quiz_waiting();

    @Message
    String quiz_correct();

    @Message
    String quiz_partly_correct();

    @Message
    String quiz_incorrect();

    @Message
    String quiz_no_answer();

    @Message
    String quiz_right_answer();

    @Message
    String quiz_feedback();

    @Message
    String quiz_grader_comment();

    @Message
    String quiz_points();

    @Message
    String quiz_back();

    @Message
    String quiz_export_csv();

    @Message
    String quiz_no_attempts();

    @Message
    String quiz_learner();

    @Message
    String quiz_started();

    @Message
    String quiz_grade_now();

    @Message
    String quiz_item_statistics();

    @Message
    String quiz_item_statistics_help();

    @Message
    String quiz_no_graded_attempts();

    @Message
    String quiz_question_title();

    @Message
    String quiz_attempts_count();

    @Message
    String quiz_facility();

    @Message
    String quiz_sd();

    @Message
    String quiz_discrimination();

    @Message
    String quiz_grade_title(String name, int n);

    @Message
    String quiz_answer_given();

    @Message
    String quiz_points_of(String max);

    @Message
    String quiz_save_grades();

    @Message
    String quiz_bank_title();

    @Message
    String quiz_export_gift();

    @Message
    String quiz_category();

    @Message
    String quiz_type();

    @Message
    String quiz_version();

    @Message
    String quiz_retired();

    @Message
    String question_type_multichoice();

    @Message
    String question_type_multianswer();

    @Message
    String question_type_truefalse();

    @Message
    String question_type_shortanswer();

    @Message
    String question_type_numerical();

    @Message
    String question_type_matching();

    @Message
    String question_type_essay();

    @Message
    String question_type_description();

    @Message
    String quiz_questions_link();

    @Message
    String quiz_time_left();

    @Message
    String quiz_five_minutes_left();

    @Message
    String quiz_one_minute_left();

    @Message
    String quiz_time_up();
}
