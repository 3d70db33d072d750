-- A question handed to a service team (the emergency teams formed from librarians' skills): in that team's queue
-- until one of its members takes it.
alter table consult_question add column team_id bigint references service_team (id) on delete set null;
create index consult_question_team_idx on consult_question (team_id) where team_id is not null;
