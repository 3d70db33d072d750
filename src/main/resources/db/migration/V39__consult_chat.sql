-- Live chat: a chat is a question of the chat channel whose thread is its transcript. chat_state says where the
-- conversation stands: waiting for a librarian to accept it, active with the one who did, or ended (by the
-- librarian, or handed back to the queue as a question when its librarian went offline or nobody came).
alter table consult_question add column chat_state varchar(10) check (chat_state in ('waiting', 'active', 'ended'));
create index consult_question_chat_idx on consult_question (chat_state) where chat_state in ('waiting', 'active');

-- Who has the desk open, per instance: a row is refreshed while the librarian's desk stream is connected to that
-- instance and deleted when it closes; a row not refreshed for a while (an instance that died) counts for nothing.
create table consult_presence (
    person_id   bigint       not null references person (id) on delete cascade,
    instance    varchar(64)  not null,
    seen_at     timestamptz  not null default now(),
    primary key (person_id, instance)
);

-- Every new message of a chat, and every change of its state or holder, is announced on consult_chat with the
-- question's id, so that each instance pushes it to the people watching that chat at once.
create function consult_chat_message_notify() returns trigger language plpgsql as $$
begin
    if exists (select 1 from consult_question where id = new.question_id and channel = 'chat') then
        perform pg_notify('consult_chat', new.question_id::text);
    end if;
    return null;
end $$;
create trigger consult_message_chat after insert on consult_message for each row when (not new.internal)
    execute function consult_chat_message_notify();

create function consult_chat_question_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('consult_chat', new.id::text);
    return null;
end $$;
create trigger consult_question_chat after insert or update of chat_state, assignee_id, state on consult_question
    for each row when (new.channel = 'chat') execute function consult_chat_question_notify();
