-- Every filter and sort a view offers is served by an index (EveryViewFilterAndSortUsesAnIndexTests): the default
-- order (priority, then last update) and the priority filter, a team's tickets whatever their status, and the
-- orders by due date, SLA due moment (nulls last, as the lists sort them) and subject.
create index ticket_priority on ticket (priority, updated_at desc);
create index ticket_team on ticket (team_id, updated_at desc);
create index ticket_due on ticket (due_at nulls last);
drop index if exists ticket_sla_due;
create index ticket_sla_due on ticket (sla_due_at nulls last);
create index ticket_subject_order on ticket (lower(subject));
