-- Every change to what a learner has done (enrolments, modules done, surveys answered while signed in) is announced
-- on the channel learner_changed with the person's id as the payload, at the commit, so that instances can keep each
-- signed-in learner's progress in memory and drop it exactly when it changes ('*' for everyone, on a truncate).
-- Changes to surveys themselves are announced on survey_changed ('*'), for the feedback offers made from them.
-- The triggers, not the code paths, send them: no way of writing these tables can forget to.
create function notify_learner_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform pg_notify('learner_changed', old.person_id::text);
    end if;
    if tg_op <> 'DELETE' then
        perform pg_notify('learner_changed', new.person_id::text);
    end if;
    return null;
end;
$$;

create function notify_respondent_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' and old.respondent like 'person:%' then
        perform pg_notify('learner_changed', substr(old.respondent, 8));
    end if;
    if tg_op <> 'DELETE' and new.respondent like 'person:%' then
        perform pg_notify('learner_changed', substr(new.respondent, 8));
    end if;
    return null;
end;
$$;

create function notify_learners_truncated() returns trigger language plpgsql as $$
begin
    perform pg_notify('learner_changed', '*');
    return null;
end;
$$;

create function notify_survey_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('survey_changed', '*');
    return null;
end;
$$;

create trigger enrolment_learner_changed after insert or update or delete on enrolment
    for each row execute function notify_learner_changed();
create trigger module_progress_learner_changed after insert or update or delete on module_progress
    for each row execute function notify_learner_changed();
create trigger survey_respondent_learner_changed after insert or update or delete on survey_respondent
    for each row execute function notify_respondent_changed();
create trigger enrolment_truncated after truncate on enrolment
    for each statement execute function notify_learners_truncated();
create trigger module_progress_truncated after truncate on module_progress
    for each statement execute function notify_learners_truncated();
create trigger survey_respondent_truncated after truncate on survey_respondent
    for each statement execute function notify_learners_truncated();
create trigger survey_changed after insert or update or delete on survey
    for each statement execute function notify_survey_changed();
create trigger survey_truncated after truncate on survey
    for each statement execute function notify_survey_changed();
