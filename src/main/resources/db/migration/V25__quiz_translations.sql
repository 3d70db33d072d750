-- Quizzes in more than one language: a course keeps its quiz's translations (GIFT texts of the same questions, by
-- language, from quiz.en.gift and the like), and each question version the translated texts that fit it
-- (question text, choices, feedback, matching items; a short answer's own accepted answers).
alter table course add column quiz_translations jsonb not null default '{}';
alter table question_version add column translations jsonb not null default '{}';
-- The language a question was written in (the course's language), to tell readers of another one without a
-- translation that they see the original.
alter table question_version add column language varchar(35) not null default 'zh-CN';
