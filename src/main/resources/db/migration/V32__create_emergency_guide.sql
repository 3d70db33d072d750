-- The emergency guide: the editor role, declared emergencies (closure mode) with the mailing that tells everyone,
-- notices, and the e-resource directory with how each resource is reached off campus.

-- Editors keep the guide, the notices and the directory.
alter table person_role drop constraint person_role_role_check;
alter table person_role add constraint person_role_role_check
    check (role in ('student', 'librarian', 'instructor', 'editor', 'admin'));
alter table competency_target drop constraint competency_target_role_check;
alter table competency_target add constraint competency_target_role_check
    check (role in ('student', 'librarian', 'instructor', 'editor', 'admin'));

-- A declared emergency. At most one is not ended; the rows of ended ones are the history. Texts are maps from
-- language tag to text. The banner shows from starts_at until ended_at is set.
create table emergency (
    id              bigint generated always as identity primary key,
    title           jsonb        not null,
    message         jsonb        not null,
    starts_at       timestamptz  not null,
    expected_end_at timestamptz,
    affected        varchar(20)[] not null default '{}',
    mail_everyone   boolean      not null default false,
    declared_by     varchar(254) not null,
    declared_at     timestamptz  not null default now(),
    ended_at        timestamptz,
    ended_by        varchar(254),
    check (expected_end_at is null or expected_end_at > starts_at),
    check (affected <@ array['building', 'lending', 'reading-rooms', 'on-site-help']::varchar(20)[])
);
create unique index emergency_one_open_key on emergency ((true)) where ended_at is null;

-- The mail that tells every active person of a declaration, queued in batches by whichever instance claims the row
-- (FOR UPDATE SKIP LOCKED): the cursor moves in the transaction that queues the batch, so a restart resumes after
-- the last person queued and nobody is queued twice.
create table emergency_mailing (
    emergency_id    bigint       primary key references emergency (id),
    after_person    bigint       not null default 0,
    queued          integer      not null default 0,
    finished_at     timestamptz
);
create index emergency_mailing_open_idx on emergency_mailing (emergency_id) where finished_at is null;

-- Notices, bilingual (title and Markdown body per language), shown between their publish and expiry times.
create table notice (
    id              bigint generated always as identity primary key,
    title           jsonb        not null,
    body            jsonb        not null,
    severity        varchar(10)  not null check (severity in ('info', 'important', 'critical')),
    audience        varchar(10)  not null check (audience in ('everyone', 'members', 'students', 'staff')),
    publish_at      timestamptz  not null,
    expires_at      timestamptz,
    created_by      varchar(254) not null,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    check (expires_at is null or expires_at > publish_at)
);
create index notice_current_idx on notice (publish_at, expires_at);

-- Critical notices a signed-in person has dismissed (visitors' dismissals live in their browser's cookie).
create table notice_dismissal (
    person_id       bigint       not null references person (id) on delete cascade,
    notice_id       bigint       not null references notice (id) on delete cascade,
    dismissed_at    timestamptz  not null default now(),
    primary key (person_id, notice_id)
);

-- The e-resource directory. access says how a resource is reached off campus; access_template, when set, is the
-- resource's own template instead of the library's. The flags' dates are the last day they hold.
create table e_resource (
    id              bigint generated always as identity primary key,
    slug            varchar(80)  not null unique,
    name            jsonb        not null,
    description     jsonb        not null default '{}',
    url             varchar(2000) not null,
    kind            varchar(20)  not null check (kind in ('database', 'ebooks', 'journals', 'free-web', 'other')),
    vendor          varchar(200),
    subjects        varchar(60)[] not null default '{}',
    access          varchar(12)  not null check (access in ('ip', 'proxy', 'webvpn', 'carsi', 'shibboleth', 'open')),
    access_template varchar(2000),
    trial_until     date,
    free_until      date,
    temporary_until date,
    temporary_note  jsonb,
    temporary_audience varchar(10) check (temporary_audience in ('members', 'students', 'staff')),
    new_until       date,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);

-- What the link checker last saw of each resource's address (apart from the directory, so a check changes no
-- page).
create table e_resource_link (
    resource_id     bigint       primary key references e_resource (id) on delete cascade,
    status          integer,
    error           varchar(300),
    checked_at      timestamptz  not null,
    broken_since    timestamptz
);

-- What every visitor sees alike (the banner on every page, the directory) is kept in memory under the content
-- epoch, so changes to emergencies, notices and resources bump it as course changes do.
create trigger emergency_changes_epoch after insert or update or delete or truncate on emergency
    for each statement execute function bump_content_epoch();
create trigger notice_changes_epoch after insert or update or delete or truncate on notice
    for each statement execute function bump_content_epoch();
create trigger e_resource_changes_epoch after insert or update or delete or truncate on e_resource
    for each statement execute function bump_content_epoch();
-- The library's off-campus link templates are site settings that the directory's links are made from.
create trigger site_setting_changes_epoch after insert or update or delete or truncate on site_setting
    for each statement execute function bump_content_epoch();

-- A dismissal is announced on the learners' channel with the person's id, so each instance drops what it keeps of
-- that person's dismissals (V28).
create trigger notice_dismissal_changed after insert or update or delete on notice_dismissal
    for each row execute function notify_learner_changed();
