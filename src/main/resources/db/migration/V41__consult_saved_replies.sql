-- Saved replies: answers the desk gives often (off-campus access, opening hours), kept once and inserted into a
-- reply; each in the language it is written in.
create table consult_saved_reply (
    id          bigint generated always as identity primary key,
    title       varchar(200)  not null,
    body        text          not null,
    language    varchar(16)   not null,
    created_by  bigint        references person (id) on delete set null,
    created_at  timestamptz   not null default now()
);
