-- Notification templates an administrator changed; the shipped texts live with the code and apply otherwise.
create table notification_template (
    event      text        not null,
    language   text        not null,
    subject    text        not null,
    body       text        not null,
    updated_at timestamptz not null default now(),
    updated_by bigint references identity_user (id) on delete set null,
    primary key (event, language)
);
