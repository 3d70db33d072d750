-- Service levels of the consultation service: opening hours per weekday (a weekday without a row is closed), closed
-- days (holidays), periods when the service runs around the clock (a declared emergency), the duty rota, and per
-- question the targets' due moments. The resolution clock runs only while a question is new or open: paused_at is
-- set when it goes to the asker (waiting, answered, closed) and the due moment moves on by what was left when it
-- comes back. overdue_mailed_at is set once, by the instance that mails the on-duty librarian.
create table consult_hours (
    weekday     smallint primary key check (weekday between 1 and 7),
    opens       time not null,
    closes      time not null,
    check (closes > opens)
);
insert into consult_hours (weekday, opens, closes) values
    (1, '08:00', '20:00'), (2, '08:00', '20:00'), (3, '08:00', '20:00'), (4, '08:00', '20:00'), (5, '08:00', '20:00'),
    (6, '09:00', '17:00');

create table consult_closed_day (
    day         date primary key,
    label       varchar(200) not null
);

create table consult_around_the_clock (
    id              bigint generated always as identity primary key,
    emergency_ref   bigint unique,
    starts_at       timestamptz not null,
    ends_at         timestamptz,
    check (ends_at is null or ends_at > starts_at)
);

create table consult_duty (
    id          bigint generated always as identity primary key,
    person_id   bigint       not null references person (id) on delete cascade,
    starts_at   timestamptz  not null,
    ends_at     timestamptz  not null,
    created_by  bigint       references person (id) on delete set null,
    check (ends_at > starts_at)
);
create index consult_duty_time_idx on consult_duty (ends_at, starts_at);

alter table consult_question
    add column first_due_at      timestamptz,
    add column resolve_due_at    timestamptz,
    add column paused_at         timestamptz,
    add column overdue_mailed_at timestamptz,
    add column read_scale        smallint check (read_scale between 1 and 6),
    add column anonymised_at     timestamptz;
create index consult_question_due_idx on consult_question (resolve_due_at) where state in ('new', 'open')
    and overdue_mailed_at is null;
