-- How many responses visitors sent to a public survey from one address (hashed) in each clock hour, only to limit
-- them (the address rule of the sign-in throttle): one counter per address and hour, never a row per response, so
-- nothing here points at a response. Counters older than a day are removed.
create table survey_visitor_count (
    survey_id    bigint not null references survey (id) on delete cascade,
    address_hash text not null,
    hour         timestamptz not null,
    responses    int not null,
    primary key (survey_id, address_hash, hour)
);
