-- The knowledge base: categories of articles in Markdown. An article keeps the draft being written beside the text
-- that is published (what readers see and search finds); each publication is kept as a version. Readers' votes are
-- counted once per person (or per browser, for people who have not signed in).
create table knowledge_category (
    id          bigserial primary key,
    name        text        not null,
    description text        not null default '',
    position    integer     not null default 0,
    created_at  timestamptz not null default now()
);
create unique index knowledge_category_name on knowledge_category (lower(name));

create table knowledge_article (
    id           bigserial primary key,
    category_id  bigint      not null references knowledge_category (id),
    audience     text        not null check (audience in ('PUBLIC', 'CUSTOMERS', 'ORGANIZATIONS', 'INTERNAL')),
    language     text        not null default 'en' check (language in ('en', 'pt')),
    position     integer     not null default 0,
    draft_title  text        not null,
    draft_body   text        not null default '',
    title        text,
    slug         text        not null default '',
    body         text,
    html         text,
    body_text    text,
    published_at timestamptz,
    version      integer     not null default 0,
    helpful      integer     not null default 0,
    not_helpful  integer     not null default 0,
    created_by   bigint references identity_user (id) on delete set null,
    created_at   timestamptz not null,
    updated_by   bigint references identity_user (id) on delete set null,
    updated_at   timestamptz not null,
    lock_version bigint      not null default 0,
    -- Title words weigh more than body words; each article is stemmed in its own language, without accents.
    search       tsvector generated always as (
        setweight(to_tsvector(case language when 'pt' then 'portuguese'::regconfig else 'english'::regconfig end,
                              tessera_unaccent(coalesce(title, ''))), 'A') ||
        setweight(to_tsvector(case language when 'pt' then 'portuguese'::regconfig else 'english'::regconfig end,
                              tessera_unaccent(coalesce(body_text, ''))), 'B')) stored
);
create index knowledge_article_search on knowledge_article using gin (search);
create index knowledge_article_category on knowledge_article (category_id, position, id);
create index knowledge_article_live on knowledge_article (audience) where published_at is not null;

create table knowledge_article_organization (
    article_id      bigint not null references knowledge_article (id) on delete cascade,
    organization_id bigint not null references identity_organization (id) on delete cascade,
    primary key (article_id, organization_id)
);
create index knowledge_article_organization_org on knowledge_article_organization (organization_id);

create table knowledge_article_version (
    id           bigserial primary key,
    article_id   bigint      not null references knowledge_article (id) on delete cascade,
    number       integer     not null,
    title        text        not null,
    body         text        not null,
    published_by bigint references identity_user (id) on delete set null,
    published_at timestamptz not null,
    unique (article_id, number)
);

create table knowledge_vote (
    article_id bigint      not null references knowledge_article (id) on delete cascade,
    voter      text        not null,
    helpful    boolean     not null,
    voted_at   timestamptz not null default now(),
    primary key (article_id, voter)
);
