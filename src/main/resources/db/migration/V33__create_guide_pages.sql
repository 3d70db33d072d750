-- Guide pages (content/guides/<slug>/), each a list of sections in order. Texts are maps from language tag to text;
-- a section's body is Markdown, its embed the live list shown below it ({"list": "resources", "access": "proxy"}).
-- At most one published guide is the emergency guide, which the banner and /guide lead to.
create table guide_page (
    id              bigint generated always as identity primary key,
    slug            varchar(64)  not null unique,
    title           jsonb        not null,
    summary         jsonb        not null default '{}',
    emergency       boolean      not null default false,
    status          varchar(20)  not null check (status in ('published', 'draft')),
    file_managed    boolean      not null default true,
    source_hash     varchar(64),
    updated_at      timestamptz  not null default now()
);
create unique index guide_page_one_emergency_key on guide_page ((true)) where emergency and status = 'published';

create table guide_section (
    page_id         bigint       not null references guide_page (id) on delete cascade,
    position        integer      not null,
    slug            varchar(64)  not null,
    title           jsonb        not null,
    body            jsonb        not null,
    embed           jsonb,
    faq             boolean      not null default false,
    primary key (page_id, position),
    unique (page_id, slug)
);

create trigger guide_page_changes_epoch after insert or update or delete or truncate on guide_page
    for each statement execute function bump_content_epoch();
create trigger guide_section_changes_epoch after insert or update or delete or truncate on guide_section
    for each statement execute function bump_content_epoch();
