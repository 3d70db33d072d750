-- A person who left can be anonymised: identifying data removed, their learning records kept without a name.
alter table person add column anonymised_at timestamptz;
