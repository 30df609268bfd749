-- The rules Tessera ships with; administrators may change, reorder, switch off or delete them.
insert into automation_rule (name, description, trigger, conditions, actions, position, active) values
('Reopen on customer reply',
 'A reply from the customer moves a pending or resolved ticket back to open.',
 'MESSAGE_BY_CUSTOMER',
 '[{"type": "category", "categories": ["PENDING", "RESOLVED"], "negated": false}]',
 '[{"type": "set-status", "category": "OPEN"}]', 1, true),
('Pending after a public agent reply',
 'When an agent answers the customer, the ticket waits for the customer.',
 'MESSAGE_BY_AGENT',
 '[{"type": "message-visibility", "visibility": "PUBLIC"}, {"type": "category", "categories": ["NEW", "OPEN"], "negated": false}]',
 '[{"type": "set-status", "category": "PENDING"}]', 2, true),
('Assign new tickets round robin in their team',
 'New tickets that have a team and no assignee go to the team''s agents in turn.',
 'TICKET_CREATED',
 '[{"type": "team", "teamId": null, "negated": true}, {"type": "assignee", "agentId": null, "negated": false}]',
 '[{"type": "route", "strategy": "ROUND_ROBIN", "teamId": null}]', 3, false);

insert into automation_rule (name, description, trigger, elapsed_moment, elapsed_hours, conditions, actions, position, active) values
('Close resolved tickets after 7 days',
 'Resolved tickets nobody reopened are closed a week later.',
 'TIME_ELAPSED', 'STATUS_CHANGED', 168,
 '[{"type": "category", "categories": ["RESOLVED"], "negated": false}]',
 '[{"type": "set-status", "category": "CLOSED"}]', 4, true);
