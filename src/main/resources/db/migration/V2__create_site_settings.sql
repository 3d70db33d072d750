-- Settings an admin changes in the browser. A missing row means the default from configuration.
create table site_setting (
    key         varchar(64)  primary key,
    value       varchar(2000) not null,
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(254)
);
