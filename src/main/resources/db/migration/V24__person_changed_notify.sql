-- Every change to a person or to their roles is announced on the channel person_changed, with the person's id as
-- the payload (at the commit; one notification per person and transaction, as PostgreSQL folds equal ones), so
-- that instances can keep signed-in people's accounts in memory and drop one exactly when it changes. New people
-- need none (nothing is kept about a person before their first sign-in); their first roles announce them anyway.
-- The triggers, not the code paths, send it: no way of writing people can forget to.
create function notify_person_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('person_changed', old.id::text);
    return null;
end;
$$;

create function notify_person_role_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('person_changed', (case when tg_op = 'DELETE' then old.person_id else new.person_id end)::text);
    if tg_op = 'UPDATE' and old.person_id <> new.person_id then
        perform pg_notify('person_changed', old.person_id::text);
    end if;
    return null;
end;
$$;

create function notify_people_truncated() returns trigger language plpgsql as $$
begin
    perform pg_notify('person_changed', '*');
    return null;
end;
$$;

create trigger person_changed after update or delete on person
    for each row execute function notify_person_changed();
create trigger person_role_changed after insert or update or delete on person_role
    for each row execute function notify_person_role_changed();
create trigger person_truncated after truncate on person
    for each statement execute function notify_people_truncated();
create trigger person_role_truncated after truncate on person_role
    for each statement execute function notify_people_truncated();
