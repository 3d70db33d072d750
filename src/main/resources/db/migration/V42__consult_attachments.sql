-- A file an asker sends with their question (checked like authors' uploads: kind by first bytes and extension,
-- size); kept with the question, forgotten with it.
create table consult_attachment (
    id              bigint generated always as identity primary key,
    question_id     bigint        not null references consult_question (id) on delete cascade,
    file_name       varchar(200)  not null,
    content_type    varchar(200)  not null,
    size            integer       not null,
    data            bytea         not null,
    created_at      timestamptz   not null default now()
);
create index consult_attachment_question_idx on consult_attachment (question_id, id);
