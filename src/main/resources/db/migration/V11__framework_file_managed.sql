-- Frameworks loaded from content/competencies are file-managed: a content reload replaces them from their file,
-- unless an admin detached one to keep editing it in the browser. Frameworks made in the browser or imported as
-- CASE are not file-managed and a content reload leaves them alone.
alter table competency_framework add column file_managed boolean not null default false;
alter table competency_framework add column detached boolean not null default false;
update competency_framework set file_managed = true where source_hash not like 'case-%';
alter table competency_framework add column updated_by bigint references person (id);
