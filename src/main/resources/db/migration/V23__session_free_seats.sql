-- The free seats of each scheduled session that has a capacity, one row per seat: capacity minus the confirmed
-- registrations, never below zero, and none for a session without a capacity. A registration takes a seat by deleting
-- one row it locks with FOR UPDATE SKIP LOCKED, so concurrent registrations for one session take different rows and
-- commit in parallel instead of queueing on the session's row; a registration that rolls back gives its seat back with
-- the rest of its work. Only when no row is left does a registration join the waitlist, and that (with cancellations
-- and promotion) is serialised per session; a change of capacity or a cancelled session locks the session row against
-- every registration (see SessionRegistrations).
create table session_free_seat (
    id          bigint generated always as identity primary key,
    session_id  bigint  not null references live_session (id)
);
create index session_free_seat_session_idx on session_free_seat (session_id);

insert into session_free_seat (session_id)
select s.id
from live_session s
cross join lateral generate_series(1, s.capacity - (select count(*) from session_registration r
                                                   where r.session_id = s.id and r.status = 'CONFIRMED'))
where s.capacity is not null and s.status = 'scheduled';
