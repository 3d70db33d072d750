-- Guides edited in the browser: a draft per guide (the live guide until one exists), and every write of a guide's
-- live rows, from content/ or the browser, kept as its next version. A document is the whole guide as JSON:
-- {"slug", "title", "summary", "emergency", "status", "sections": [{"position", "slug", "title", "body",
-- "embed": {"list", "filters"} | null, "faq"}]}.
-- A guide from content/ that was published in the browser is detached: reloads leave it alone until it is attached
-- again, when the next reload puts the files' version back.
alter table guide_page add column detached boolean not null default false;

create table guide_draft (
    page_id         bigint       primary key references guide_page (id) on delete cascade,
    document        jsonb        not null,
    updated_at      timestamptz  not null default now(),
    updated_by      varchar(320)
);

create table guide_version (
    page_id         bigint       not null references guide_page (id) on delete cascade,
    number          integer      not null,
    document        jsonb        not null,
    source          varchar(20)  not null check (source in ('file', 'browser', 'restore')),
    restored_from   integer,
    created_at      timestamptz  not null default now(),
    created_by      varchar(320),
    primary key (page_id, number)
);

-- The guides loaded before versions were kept start their history here.
insert into guide_version (page_id, number, document, source, created_at)
select p.id, 1, jsonb_build_object('slug', p.slug, 'title', p.title, 'summary', p.summary, 'emergency', p.emergency,
        'status', p.status, 'sections', coalesce((select jsonb_agg(jsonb_build_object('position', s.position,
            'slug', s.slug, 'title', s.title, 'body', s.body, 'embed', case when s.embed is null then null
            else jsonb_build_object('list', s.embed ->> 'list', 'filters', s.embed - 'list') end, 'faq', s.faq)
            order by s.position) from guide_section s where s.page_id = p.id), '[]'::jsonb)), 'file', p.updated_at
from guide_page p;
