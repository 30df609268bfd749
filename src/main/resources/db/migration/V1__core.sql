-- Core helpdesk schema: identity, ticket, conversation, and the module event registry.
create extension if not exists unaccent;

-- unaccent() is only STABLE; an immutable wrapper with the dictionary named lets indexes use it.
create or replace function tessera_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- identity ------------------------------------------------------------------------------------
create table identity_organization (
    id             bigserial primary key,
    name           text        not null,
    domains        text[]      not null default '{}',
    shares_tickets boolean     not null default false,
    created_at     timestamptz not null default now()
);
create unique index identity_organization_name on identity_organization (lower(name));
create index identity_organization_domains on identity_organization using gin (domains);

create table identity_user (
    id              bigserial primary key,
    email           text        not null,
    name            text        not null,
    role            text        not null check (role in ('ADMIN', 'AGENT', 'COLLABORATOR', 'CUSTOMER')),
    organization_id bigint references identity_organization (id),
    password_hash   text,
    locale          text        not null default 'en',
    active          boolean     not null default true,
    failed_logins   integer     not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null default now()
);
create unique index identity_user_email on identity_user (lower(email));
create index identity_user_organization on identity_user (organization_id);
create index identity_user_role on identity_user (role);

create table identity_team (
    id          bigserial primary key,
    name        text        not null,
    description text        not null default '',
    created_at  timestamptz not null default now()
);
create unique index identity_team_name on identity_team (lower(name));

create table identity_team_member (
    team_id bigint not null references identity_team (id) on delete cascade,
    user_id bigint not null references identity_user (id) on delete cascade,
    primary key (team_id, user_id)
);
create index identity_team_member_user on identity_team_member (user_id);

create table identity_api_token (
    id           bigserial primary key,
    user_id      bigint      not null references identity_user (id) on delete cascade,
    name         text        not null,
    token_hash   text        not null unique,
    hint         text        not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz
);
create index identity_api_token_user on identity_api_token (user_id);

-- ticket --------------------------------------------------------------------------------------
create table ticket_type (
    id       bigserial primary key,
    key      text    not null unique,
    name     text    not null,
    position integer not null default 0,
    active   boolean not null default true
);

create table ticket_status (
    id       bigserial primary key,
    type_id  bigint  not null references ticket_type (id) on delete cascade,
    key      text    not null,
    name     text    not null,
    category text    not null check (category in ('NEW', 'OPEN', 'PENDING', 'RESOLVED', 'CLOSED')),
    position integer not null default 0,
    unique (type_id, key)
);

create table ticket_transition (
    from_status_id bigint not null references ticket_status (id) on delete cascade,
    to_status_id   bigint not null references ticket_status (id) on delete cascade,
    primary key (from_status_id, to_status_id)
);

create table ticket_custom_field (
    id       bigserial primary key,
    type_id  bigint references ticket_type (id) on delete cascade, -- null: every type
    key      text    not null unique,
    label    text    not null,
    kind     text    not null check (kind in ('TEXT', 'LONG_TEXT', 'NUMBER', 'DATE', 'SINGLE_SELECT', 'MULTI_SELECT', 'CHECKBOX')),
    required boolean not null default false,
    options  text[]  not null default '{}',
    position integer not null default 0,
    active   boolean not null default true
);

create sequence ticket_number_seq start with 1001;

create table ticket (
    id                bigserial primary key,
    number            bigint      not null unique default nextval('ticket_number_seq'),
    subject           text        not null,
    description       text        not null default '',
    requester_id      bigint      not null references identity_user (id),
    organization_id   bigint references identity_organization (id),
    type_id           bigint      not null references ticket_type (id),
    status_id         bigint      not null references ticket_status (id),
    status_category   text        not null,
    priority          smallint    not null check (priority between 1 and 5),
    assignee_id       bigint references identity_user (id),
    team_id           bigint references identity_team (id),
    tags              text[]      not null default '{}',
    due_at            timestamptz,
    custom_fields     jsonb       not null default '{}',
    channel           text        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    first_response_at timestamptz,
    resolved_at       timestamptz,
    version           bigint      not null default 0
);
-- The agent queues: category + team/assignee, sorted by priority then last update.
create index ticket_queue on ticket (status_category, team_id, priority, updated_at desc);
create index ticket_assignee_queue on ticket (assignee_id, status_category, updated_at desc);
create index ticket_updated on ticket (updated_at desc);
create index ticket_created on ticket (created_at desc);
create index ticket_requester on ticket (requester_id, updated_at desc);
create index ticket_organization on ticket (organization_id, updated_at desc);
create index ticket_status_idx on ticket (status_id);
create index ticket_type_idx on ticket (type_id);
create index ticket_tags on ticket using gin (tags);
create index ticket_custom_fields on ticket using gin (custom_fields jsonb_path_ops);
create index ticket_subject_words on ticket using gin (to_tsvector('simple', tessera_unaccent(subject)));

create table ticket_follower (
    ticket_id bigint not null references ticket (id) on delete cascade,
    user_id   bigint not null references identity_user (id) on delete cascade,
    primary key (ticket_id, user_id)
);
create index ticket_follower_user on ticket_follower (user_id);

create table ticket_history (
    id        bigserial primary key,
    ticket_id bigint      not null references ticket (id) on delete cascade,
    version   bigint      not null,
    actor_id  bigint references identity_user (id),
    at        timestamptz not null,
    field     text        not null,
    old_value text,
    new_value text
);
create index ticket_history_ticket on ticket_history (ticket_id, id);

create table ticket_view (
    id         bigserial primary key,
    name       text        not null,
    owner_id   bigint references identity_user (id) on delete cascade, -- null: shared with every agent
    query      text        not null,
    position   integer     not null default 0,
    created_at timestamptz not null default now()
);
create index ticket_view_owner on ticket_view (owner_id);

-- conversation --------------------------------------------------------------------------------
create table conversation_message (
    id         bigserial primary key,
    ticket_id  bigint      not null references ticket (id) on delete cascade,
    author_id  bigint      not null references identity_user (id),
    visibility text        not null check (visibility in ('PUBLIC', 'INTERNAL')),
    body       text        not null,
    channel    text        not null,
    created_at timestamptz not null
);
create index conversation_message_ticket on conversation_message (ticket_id, id);

create table conversation_blob (
    sha256     text primary key,
    size       bigint      not null,
    created_at timestamptz not null default now()
);

create table conversation_attachment (
    id           bigserial primary key,
    ticket_id    bigint      not null references ticket (id) on delete cascade,
    message_id   bigint references conversation_message (id) on delete cascade, -- null: part of the description
    sha256       text        not null references conversation_blob (sha256),
    filename     text        not null,
    content_type text        not null,
    size         bigint      not null,
    uploaded_by  bigint references identity_user (id),
    created_at   timestamptz not null
);
create index conversation_attachment_ticket on conversation_attachment (ticket_id);
create index conversation_attachment_message on conversation_attachment (message_id);

-- Spring Modulith event publication registry (schema v2) ------------------------------------------
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
create index event_publication_incomplete on event_publication (publication_date) where completion_date is null;
