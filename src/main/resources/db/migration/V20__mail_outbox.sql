-- Mail to send, written in the same transaction as the change it tells of (a registration, a reminder claimed), and
-- sent by a job that any instance may run: rows are claimed with FOR UPDATE SKIP LOCKED and marked sent in the
-- transaction that sent them, so each goes out once however many instances drain the table, and none is lost when
-- an instance stops between the request and the send. What to say is rendered when sending, by the feature that
-- owns the kind, from the payload (ids, never secrets).
create table mail_outbox (
    id              bigint generated always as identity primary key,
    kind            varchar(40)  not null,
    payload         jsonb        not null,
    created_at      timestamptz  not null default now(),
    next_attempt_at timestamptz  not null default now(),
    attempts        integer      not null default 0,
    sent_at         timestamptz,
    failed_at       timestamptz,
    last_error      varchar(500)
);
-- The job's queue: only what is still to send, oldest first.
create index mail_outbox_due_idx on mail_outbox (next_attempt_at, id) where sent_at is null and failed_at is null;
