-- Ask a librarian: questions from the form (and later mail and chat), their threads and their history.
-- A visitor's question is reached by its private link (token); a signed-in asker's under /me. Internal notes are
-- messages with internal = true, written only by staff and never shown or mailed to the asker.
create table consult_question (
    id                  bigint generated always as identity primary key,
    token               varchar(64)  not null unique,
    person_id           bigint       references person (id) on delete set null,
    email               varchar(320),
    name                varchar(200),
    language            varchar(16)  not null,
    category            varchar(30)  not null check (category in ('resources', 'e-reserves', 'delivery', 'research',
                                                                   'courses', 'other')),
    channel             varchar(10)  not null default 'form' check (channel in ('form', 'mail', 'chat')),
    subject             varchar(200) not null,
    state               varchar(20)  not null default 'new' check (state in ('new', 'open', 'waiting', 'answered',
                                                                           'closed')),
    assignee_id         bigint       references person (id) on delete set null,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    first_response_at   timestamptz,
    closed_at           timestamptz
);
create index consult_question_state_idx on consult_question (state, created_at);
create index consult_question_person_idx on consult_question (person_id, created_at desc);

create table consult_message (
    id              bigint generated always as identity primary key,
    question_id     bigint       not null references consult_question (id) on delete cascade,
    from_asker      boolean      not null,
    author_id       bigint       references person (id) on delete set null,
    internal        boolean      not null default false,
    body            text         not null,
    created_at      timestamptz  not null default now(),
    check (not (internal and from_asker))
);
create index consult_message_question_idx on consult_message (question_id, id);

-- Every change to a question, for its history on the desk.
create table consult_event (
    id              bigint generated always as identity primary key,
    question_id     bigint       not null references consult_question (id) on delete cascade,
    at              timestamptz  not null default now(),
    actor_id        bigint       references person (id) on delete set null,
    kind            varchar(30)  not null,
    detail          jsonb        not null default '{}'
);
create index consult_event_question_idx on consult_event (question_id, id);

-- Visitors' questions per hashed address and hour, counted under the row's lock (the throttle).
create table consult_address_count (
    address_hash    varchar(64)  not null,
    hour            timestamptz  not null,
    questions       integer      not null,
    primary key (address_hash, hour)
);
