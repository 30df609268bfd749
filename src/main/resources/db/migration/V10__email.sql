-- The email channel: mailboxes, every inbound email with its raw original and how it was threaded, a quarantine for
-- what cannot be taken in, and the outbox every outgoing email goes through.

-- conversation: a message that arrived formatted keeps its sanitized HTML; an inline image its Content-ID.
alter table conversation_message add column body_html text;
alter table conversation_attachment add column content_id text;
alter table conversation_attachment add column inline boolean not null default false;

create table email_mailbox (
    id                  bigserial primary key,
    name                text        not null,
    address             text        not null,
    protocol            text        not null default 'NONE' check (protocol in ('NONE', 'IMAP', 'POP3')),
    host                text,
    port                integer,
    security            text        not null default 'SSL' check (security in ('SSL', 'STARTTLS', 'NONE')),
    username            text,
    password            text,
    auth                text        not null default 'PASSWORD' check (auth in ('PASSWORD', 'XOAUTH2')),
    oauth_token_url     text,
    oauth_client_id     text,
    oauth_client_secret text,
    oauth_refresh_token text,
    oauth_scope         text,
    folder              text        not null default 'INBOX',
    after_import        text        not null default 'DELETE' check (after_import in ('DELETE', 'MOVE', 'FLAG')),
    move_to_folder      text,
    use_idle            boolean     not null default true,
    poll_seconds        integer     not null default 60 check (poll_seconds >= 5),
    team_id             bigint references identity_team (id) on delete set null,
    type_key            text,
    plus_addressing     boolean     not null default true,
    smtp_host           text,
    smtp_port           integer,
    smtp_security       text        not null default 'STARTTLS' check (smtp_security in ('SSL', 'STARTTLS', 'NONE')),
    smtp_username       text,
    smtp_password       text,
    active              boolean     not null default true,
    last_checked_at     timestamptz,
    last_error          text,
    last_error_at       timestamptz,
    created_at          timestamptz not null default now()
);
create unique index email_mailbox_address on email_mailbox (lower(address));

-- Every inbound email taken in, once per Message-ID: the unique key is what makes a second delivery a no-op.
create table email_message (
    id                      bigserial primary key,
    message_id              text        not null unique,
    raw_sha256              text        not null references conversation_blob (sha256),
    raw_size                bigint      not null,
    mailbox_id              bigint references email_mailbox (id) on delete set null,
    received_via            text        not null,
    received_at             timestamptz not null,
    ticket_id               bigint references ticket (id) on delete cascade,
    conversation_message_id bigint references conversation_message (id) on delete set null,
    from_address            text,
    from_name               text,
    to_addresses            text        not null default '',
    cc_addresses            text        not null default '',
    subject                 text,
    sent_at                 timestamptz,
    in_reply_to             text,
    reference_ids           text[]      not null default '{}',
    automatic               text,
    bulk                    boolean     not null default false,
    threaded_by             text        not null default 'PENDING',
    threading_detail        text,
    parsed_at               timestamptz,
    problems                text
);
create index email_message_ticket on email_message (ticket_id, id);
create index email_message_conversation on email_message (conversation_message_id);

create table email_quarantine (
    id           bigserial primary key,
    message_id   text,
    raw_sha256   text        not null references conversation_blob (sha256),
    raw_size     bigint      not null,
    mailbox_id   bigint references email_mailbox (id) on delete set null,
    received_via text        not null,
    received_at  timestamptz not null,
    from_address text,
    subject      text,
    reason       text        not null,
    released_at  timestamptz,
    released_by  bigint references identity_user (id),
    outcome      text
);
create index email_quarantine_waiting on email_quarantine (received_at desc) where released_at is null;
create unique index email_quarantine_once on email_quarantine (message_id) where released_at is null;

-- Every email Tessera sends: written in the transaction that decides to send it, sent after commit by the
-- dispatcher, once per event and recipient.
create table email_outbox (
    id              bigserial primary key,
    event_key       text        not null,
    recipient       text        not null,
    recipient_name  text,
    ticket_id       bigint references ticket (id) on delete cascade,
    mailbox_id      bigint references email_mailbox (id) on delete set null,
    from_address    text        not null,
    from_name       text,
    reply_to        text,
    message_id      text        not null unique,
    in_reply_to     text,
    reference_ids   text[]      not null default '{}',
    thread_topic    text,
    thread_index    text,
    subject         text        not null,
    body_text       text        not null,
    body_html       text,
    attachment_ids  bigint[]    not null default '{}',
    automatic       boolean     not null default false,
    internal        boolean     not null default false,
    status          text        not null default 'QUEUED'
                                check (status in ('QUEUED', 'SENT', 'FAILED', 'SUPPRESSED', 'BOUNCED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    sent_at         timestamptz,
    created_at      timestamptz not null default now(),
    unique (event_key, recipient)
);
create index email_outbox_due on email_outbox (next_attempt_at) where status = 'QUEUED';
create index email_outbox_ticket on email_outbox (ticket_id, id);
create index email_outbox_recent on email_outbox (recipient, created_at) where automatic;

-- The key that signs our Message-IDs, so that a reply names its ticket without a lookup and cannot be forged.
create table email_secret (
    id       integer primary key check (id = 1),
    hmac_key text not null
);

-- POP3 mailboxes that keep their mail remember which messages they have taken.
create table email_pop3_seen (
    mailbox_id bigint      not null references email_mailbox (id) on delete cascade,
    uid        text        not null,
    seen_at    timestamptz not null default now(),
    primary key (mailbox_id, uid)
);
