-- The id a person's Open Badges credentials name them by (credentialSubject.id and the JWT's sub, as urn:uuid:...):
-- random and generated once, so that it is stable across their credentials yet says nothing about who they are.
-- Anonymising a person replaces it.
alter table person add column credential_subject uuid not null default gen_random_uuid();
create unique index person_credential_subject on person (credential_subject);
