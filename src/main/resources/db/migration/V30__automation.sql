-- Automation: rules (trigger, conditions, ordered actions), their firings, deliveries, routing state and macros.
-- Conditions and actions are lists of typed objects, stored as JSON arrays whose elements name their "type".
create table automation_rule (
    id             bigserial primary key,
    name           text        not null,
    description    text        not null default '',
    trigger        text        not null,
    elapsed_moment text check (elapsed_moment in ('CREATED', 'UPDATED', 'STATUS_CHANGED')),
    elapsed_hours  integer check (elapsed_hours > 0),
    match_mode     text        not null default 'ALL' check (match_mode in ('ALL', 'ANY')),
    conditions     jsonb       not null default '[]',
    actions        jsonb       not null default '[]',
    stops_later    boolean     not null default false,
    active         boolean     not null default true,
    position       integer     not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
create index automation_rule_trigger on automation_rule (trigger, position) where active;

-- A rule acts at most once per event chain (time rules: once per ticket per stay in a status).
create table automation_firing (
    rule_id   bigint      not null references automation_rule (id) on delete cascade,
    event_key text        not null,
    ticket_id bigint      not null references ticket (id) on delete cascade,
    fired_at  timestamptz not null,
    outcome   text        not null check (outcome in ('APPLIED', 'PARTLY', 'FAILED')),
    primary key (rule_id, event_key)
);
create index automation_firing_ticket on automation_firing (ticket_id);

-- Events that automation caused itself (its own ticket changes and messages): they never start a new chain.
create table automation_own_event (
    event_key text primary key,
    at        timestamptz not null default now()
);

-- The moments time rules measure from, kept per ticket from the ticket events.
create table automation_ticket_clock (
    ticket_id       bigint primary key references ticket (id) on delete cascade,
    status_category text        not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    status_since    timestamptz not null
);
create index automation_ticket_clock_open on automation_ticket_clock (status_since) where status_category <> 'CLOSED';

-- Round robin: the agent who got the last ticket, per team (0: among all agents).
create table automation_round_robin (
    team_key      bigint primary key,
    last_agent_id bigint
);

-- Emails and webhook calls of rules, delivered after the commit and retried with back-off.
create table automation_delivery (
    id              bigserial primary key,
    ticket_id       bigint      references ticket (id) on delete cascade,
    rule_name       text        not null,
    kind            text        not null check (kind in ('EMAIL', 'WEBHOOK')),
    target          text        not null,
    subject         text,
    payload         text        not null,
    secret          text,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    last_error      text,
    created_at      timestamptz not null,
    delivered_at    timestamptz
);
create index automation_delivery_due on automation_delivery (next_attempt_at) where status = 'PENDING';

-- Macros: a canned response plus field changes, personal (owner) or shared (no owner).
create table automation_macro (
    id         bigserial primary key,
    name       text        not null,
    owner_id   bigint references identity_user (id) on delete cascade,
    body       text        not null default '',
    visibility text        not null default 'PUBLIC' check (visibility in ('PUBLIC', 'INTERNAL')),
    actions    jsonb       not null default '[]',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index automation_macro_owner on automation_macro (owner_id);
