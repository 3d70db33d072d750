-- The format of a question's general feedback when a GIFT marker ("####[html]...") gives it one other than the
-- question text's; null means the question text's. Answers, feedbacks and matching items keep theirs in the
-- answers and pairs JSON.
alter table question_version add column general_feedback_format varchar(10)
    check (general_feedback_format in ('moodle', 'markdown', 'html', 'plain'));
