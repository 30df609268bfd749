-- The customer portal: one-time links sent by email (stored as hashes only), web forms per ticket type, requests
-- waiting for their sender to confirm their address, counters that slow down abuse, and satisfaction ratings.

-- Links that sign a customer in, or let them choose a password (at sign-up or when they forgot it).
create table portal_token (
    hash       text        primary key,
    purpose    text        not null check (purpose in ('SIGN_IN', 'PASSWORD')),
    email      text        not null,
    name       text,
    locale     text,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index portal_token_expiry on portal_token (expires_at);

-- A web form: which fields of a ticket type customers fill in, how they are labelled, who may use it.
create table portal_form (
    id            bigserial primary key,
    key           text        not null unique,
    name          text        not null,
    intro         text        not null default '',
    type_key      text        not null,
    access        text        not null check (access in ('VERIFIED_EMAIL', 'SIGNED_IN')),
    listed        boolean     not null default true,
    active        boolean     not null default true,
    frame_origins text[]      not null default '{}',
    position      integer     not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    lock_version  bigint      not null default 0
);

-- Its fields in order: a standard field (subject, description, priority, attachments) or cf.<custom field key>.
create table portal_form_field (
    form_id  bigint  not null references portal_form (id) on delete cascade,
    position integer not null,
    field    text    not null,
    label    text,
    help     text    not null default '',
    required boolean not null default false,
    primary key (form_id, field)
);

-- A request sent from a form by someone not signed in: it becomes a ticket once they open the link we email them.
create table portal_pending_request (
    id           bigserial primary key,
    token_hash   text        not null unique,
    form_id      bigint      not null references portal_form (id) on delete cascade,
    email        text        not null,
    name         text,
    locale       text,
    subject      text        not null,
    description  text        not null default '',
    priority     integer,
    custom       jsonb       not null default '{}',
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    ticket_id    bigint references ticket (id) on delete set null,
    confirmed_at timestamptz
);
create index portal_pending_request_expiry on portal_pending_request (expires_at) where confirmed_at is null;

create table portal_pending_file (
    id           bigserial primary key,
    request_id   bigint not null references portal_pending_request (id) on delete cascade,
    filename     text   not null,
    content_type text   not null,
    content      bytea  not null
);
create index portal_pending_file_request on portal_pending_file (request_id);

-- Hits per key (an address, an email) and hour; old windows are swept away.
create table portal_rate_limit (
    key          text        not null,
    window_start timestamptz not null,
    hits         integer     not null,
    primary key (key, window_start)
);

-- The key that signs the forms embedded in other sites (they carry no session to hold a CSRF token).
create table portal_secret (
    id       integer primary key check (id = 1),
    hmac_key text    not null
);
insert into portal_secret (id, hmac_key) values (1, encode(sha256(random()::text::bytea || clock_timestamp()::text::bytea), 'hex'));

-- The requester is asked once per ticket, when it is first resolved; the answer is stored with the ticket.
create table portal_rating_request (
    ticket_id     bigint      primary key references ticket (id) on delete cascade,
    ticket_number bigint      not null,
    subject       text        not null,
    requester_id  bigint      not null references identity_user (id) on delete cascade,
    token_hash    text        not null unique,
    asked_at      timestamptz not null
);

create table portal_rating (
    ticket_id     bigint      primary key references ticket (id) on delete cascade,
    ticket_number bigint      not null,
    subject       text        not null,
    score         text        not null check (score in ('GOOD', 'BAD')),
    comment       text        not null default '',
    rated_by      bigint references identity_user (id) on delete set null,
    rated_at      timestamptz not null
);
create index portal_rating_recent on portal_rating (rated_at desc);

-- A form that works out of the box: anyone with an email address can ask for help from the portal. Its empty name
-- shows as "Submit a request" in the reader's language until an administrator names it.
insert into portal_form (key, name, intro, type_key, access, listed, position)
select 'request', '', '', t.key, 'VERIFIED_EMAIL', true, 1
from ticket_type t where t.active order by t.position, t.id limit 1;
insert into portal_form_field (form_id, position, field, required)
select f.id, v.position, v.field, v.required
from portal_form f, (values (1, 'subject', true), (2, 'description', true), (3, 'attachments', false)) as v (position, field, required)
where f.key = 'request';
