-- A number that changes whenever a course or a module changes, in the same transaction as the change.
-- Every instance reads it before using what it keeps in memory about courses (the published outline, rendered
-- catalogue pages), so a publication, a content reload or an import is seen by the next request on any instance.
-- The triggers, not the code paths, bump it: no way of writing courses can forget to.
create table content_epoch (
    id      boolean primary key default true check (id),
    version bigint  not null
);
insert into content_epoch (id, version) values (true, 1);

create function bump_content_epoch() returns trigger language plpgsql as $$
begin
    update content_epoch set version = version + 1 where id;
    return null;
end;
$$;

create trigger course_changes_epoch after insert or update or delete or truncate on course
    for each statement execute function bump_content_epoch();
create trigger course_module_changes_epoch after insert or update or delete or truncate on course_module
    for each statement execute function bump_content_epoch();
