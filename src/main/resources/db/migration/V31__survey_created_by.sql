-- Who made a survey in the browser (or by a SurveyJS import): they may edit, publish and close it and read its
-- results, as admins may. Files' surveys have none.
alter table survey add column created_by bigint references person (id) on delete set null;
