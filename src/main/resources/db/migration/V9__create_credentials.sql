-- The platform's signing key when none is given in RESILIB_SIGNING_KEY (the embedded default), and the Open Badges
-- credentials issued with it.
create table signing_key (
    kid          varchar(64)  primary key,
    private_pem  text         not null,
    created_at   timestamptz  not null default now()
);

create table badge_credential (
    id          uuid         primary key,
    person_id   bigint       not null references person (id),
    code        varchar(64)  not null,
    level       integer      not null,
    issued_at   timestamptz  not null default now(),
    jwt         text         not null,
    revoked_at  timestamptz,
    revoked_by  bigint       references person (id),
    unique (person_id, code)
);
