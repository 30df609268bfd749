-- SLA: business-hours calendars, policies with targets per priority, and the clocks of each ticket.
create table sla_calendar (
    id         bigserial primary key,
    name       text        not null,
    time_zone  text        not null,
    created_at timestamptz not null default now()
);
create unique index sla_calendar_name on sla_calendar (lower(name));

create table sla_calendar_hours (
    calendar_id bigint   not null references sla_calendar (id) on delete cascade,
    day_of_week smallint not null check (day_of_week between 1 and 7), -- ISO: 1 Monday .. 7 Sunday
    opens       time     not null,
    closes      time     not null, -- 00:00 means midnight at the end of the day
    primary key (calendar_id, day_of_week, opens)
);

create table sla_holiday (
    calendar_id bigint not null references sla_calendar (id) on delete cascade,
    day         date   not null,
    name        text   not null default '',
    primary key (calendar_id, day)
);

create table sla_policy (
    id                  bigserial primary key,
    name                text     not null,
    position            integer  not null default 0,
    active              boolean  not null default true,
    calendar_id         bigint references sla_calendar (id), -- null: around the clock
    type_keys           text[]   not null default '{}',      -- empty: every type
    organization_ids    bigint[] not null default '{}',      -- empty: every organization (and none)
    warn_before_minutes integer  not null default 60 check (warn_before_minutes >= 0)
);

create table sla_target (
    policy_id               bigint   not null references sla_policy (id) on delete cascade,
    priority                smallint not null check (priority between 1 and 5),
    first_response_minutes  integer check (first_response_minutes > 0),
    next_response_minutes   integer check (next_response_minutes > 0),
    resolution_minutes      integer check (resolution_minutes > 0),
    primary key (policy_id, priority)
);

-- One clock per ticket and metric. Due is null while paused; paused_seconds is business time spent paused.
create table sla_clock (
    ticket_id      bigint      not null references ticket (id) on delete cascade,
    metric         text        not null check (metric in ('FIRST_RESPONSE', 'NEXT_RESPONSE', 'RESOLUTION')),
    policy_id      bigint      not null references sla_policy (id) on delete cascade,
    started_at     timestamptz not null,
    target_minutes integer     not null,
    paused_seconds bigint      not null default 0,
    paused_since   timestamptz,
    due_at         timestamptz,
    stopped_at     timestamptz,
    warned_at      timestamptz,
    breached_at    timestamptz,
    primary key (ticket_id, metric)
);
create index sla_clock_running on sla_clock (due_at) where stopped_at is null and paused_since is null;

-- Ticket events already applied to the clocks (delivery is at least once).
create table sla_applied_event (
    event_key text primary key,
    at        timestamptz not null default now()
);

-- Shipped: office hours and a standard policy, both meant to be edited.
insert into sla_calendar (name, time_zone) values ('Office hours', 'UTC');
insert into sla_calendar_hours (calendar_id, day_of_week, opens, closes)
select c.id, d, time '09:00', time '17:00' from sla_calendar c, generate_series(1, 5) d where c.name = 'Office hours';

insert into sla_policy (name, position, calendar_id)
select 'Standard', 1, id from sla_calendar where name = 'Office hours';
insert into sla_target (policy_id, priority, first_response_minutes, next_response_minutes, resolution_minutes)
select p.id, t.priority, t.first_response, t.next_response, t.resolution
from sla_policy p
join (values (1, 60, 120, 480), (2, 240, 240, 1440), (3, 480, 480, 2400), (4, 960, 960, 4800), (5, 1440, 1440, 7200))
    as t (priority, first_response, next_response, resolution) on true
where p.name = 'Standard';
