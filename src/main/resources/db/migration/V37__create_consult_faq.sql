-- The FAQ that answered questions become: edited and anonymised by a librarian, in both languages. It keeps no
-- personal data: nothing of the asker is copied, and the question it came from is only a reference for the desk.
create table consult_faq (
    id                  bigint generated always as identity primary key,
    question            jsonb        not null,
    answer              jsonb        not null,
    category            varchar(30)  not null,
    from_question_id    bigint       references consult_question (id) on delete set null,
    created_by          bigint       references person (id) on delete set null,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now()
);

create trigger consult_faq_changes_epoch after insert or update or delete or truncate on consult_faq
    for each statement execute function bump_content_epoch();
