-- Every change to the content epoch is also announced on the channel content_epoch (at the commit, once per
-- transaction: notifications with the same payload are folded), so instances listening there can serve what every
-- visitor sees alike from memory without reading the number per request (ChangeFeed).
create or replace function bump_content_epoch() returns trigger language plpgsql as $$
begin
    update content_epoch set version = version + 1 where id;
    perform pg_notify('content_epoch', '');
    return null;
end;
$$;
