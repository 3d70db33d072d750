-- A revoked credential stays listed in the revocation list for as long as verifiers may hold it, so claiming again
-- issues a new credential beside it: only one unrevoked credential per person and competency.
alter table badge_credential drop constraint badge_credential_person_id_code_key;
create unique index badge_credential_active on badge_credential (person_id, code) where revoked_at is null;
alter table badge_credential add column revocation_reason varchar(500);
create index badge_credential_revoked on badge_credential (revoked_at) where revoked_at is not null;
