-- SLA clocks now move in the transaction of the ticket change itself (exactly once), so the record of events
-- already applied, one row per ticket event and never pruned, is no longer needed.
drop table sla_applied_event;
