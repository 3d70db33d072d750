-- What each course folder looked like when it was last loaded: a fingerprint of its files (and of the content
-- outside courses/, which courses refer to) and the course's source hash that load produced. A reload skips a folder
-- without reading it when both still match, so an unchanged content/ costs one directory walk at start-up.
create table content_folder (
    slug        varchar(64)  primary key,
    fingerprint varchar(64)  not null,
    source_hash varchar(64)  not null,
    loaded_at   timestamptz  not null default now()
);
