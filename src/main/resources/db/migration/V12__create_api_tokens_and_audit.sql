-- Personal API tokens: only a SHA-256 hash of the secret is stored; the secret is shown once when created.
create table api_token (
    id            bigint       generated always as identity primary key,
    person_id     bigint       not null references person (id),
    name          varchar(100) not null,
    token_hash    char(64)     not null unique,
    prefix        varchar(12)  not null,
    created_at    timestamptz  not null default now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_person on api_token (person_id) where revoked_at is null;

-- Who did what, for admins: sign-ins, failures, role changes, tokens, content reloads, grade changes.
create table audit_event (
    id        bigint        generated always as identity primary key,
    at        timestamptz   not null default now(),
    actor_id  bigint        references person (id),
    actor     varchar(254),
    action    varchar(40)   not null,
    target    varchar(300),
    detail    jsonb         not null default '{}',
    address   varchar(64)
);
create index audit_event_at on audit_event (at desc, id desc);
create index audit_event_action on audit_event (action, at desc);
create index audit_event_actor on audit_event (actor_id, at desc);
