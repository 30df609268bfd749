-- Skills of agents (identity), matched by skills-based routing.
create table identity_user_skill (
    user_id bigint not null references identity_user (id) on delete cascade,
    skill   text   not null,
    primary key (user_id, skill)
);
create index identity_user_skill_skill on identity_user_skill (skill);

-- The next SLA due time of a ticket, kept by the sla module, so that lists show and sort by time left.
alter table ticket add column sla_due_at timestamptz;
create index ticket_sla_due on ticket (sla_due_at) where sla_due_at is not null;
