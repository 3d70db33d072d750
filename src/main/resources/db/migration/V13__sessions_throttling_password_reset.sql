-- Signed session cookies name the person and this version; changing or resetting the password bumps it, which ends
-- every session the person has open.
alter table person add column session_version integer not null default 0;

-- Failed local sign-ins, for throttling by account and by address; old rows are pruned by a scheduled job.
create table login_failure (
    id       bigint       generated always as identity primary key,
    email    varchar(254) not null,
    address  varchar(64),
    at       timestamptz  not null default now()
);
create index login_failure_email on login_failure (lower(email), at);
create index login_failure_address on login_failure (address, at);

-- Single-use password reset tokens (stored hashed), valid for a limited time.
create table password_reset (
    token_hash  char(64)     primary key,
    person_id   bigint       not null references person (id),
    created_at  timestamptz  not null default now(),
    expires_at  timestamptz  not null,
    used_at     timestamptz
);
create index password_reset_person on password_reset (person_id);
