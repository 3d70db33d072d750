-- Mail read from the reference mailbox, by Message-ID: a message is imported by the transaction that inserts its
-- row here, so no instance and no second reading imports it twice.
create table consult_mail_ledger (
    message_id      varchar(998) primary key,
    question_id     bigint       references consult_question (id) on delete set null,
    received_at     timestamptz  not null default now()
);
