-- Follow-up surveys are answered about something: a course (course:<slug>) or a live session (session:<id>). One
-- survey can follow every course (for_all_courses), so a person answers it once per course, and the results can be
-- read per course. A survey that follows nothing has the subject '' in the ledger and null in its responses.
alter table survey add column for_all_courses boolean not null default false;

alter table survey_response add column subject text;
create index survey_response_subject on survey_response (survey_id, subject);
update survey_response r set subject = 'course:' || s.course_slug from survey s
    where s.id = r.survey_id and s.course_slug is not null;

alter table survey_respondent add column subject text not null default '';
update survey_respondent r set subject = 'course:' || s.course_slug from survey s
    where s.id = r.survey_id and s.course_slug is not null;
alter table survey_respondent drop constraint survey_respondent_pkey;
alter table survey_respondent add primary key (survey_id, respondent, subject);

alter table survey_progress add column subject text not null default '';
update survey_progress p set subject = 'course:' || s.course_slug from survey s
    where s.id = p.survey_id and s.course_slug is not null;
alter table survey_progress drop constraint survey_progress_pkey;
alter table survey_progress add primary key (survey_id, person_id, subject);
