-- The four ticket types Tessera ships with, each with its own workflow. Admins may change all of it.
insert into ticket_type (key, name, position) values
    ('question', 'Question', 1), ('incident', 'Incident', 2), ('problem', 'Problem', 3), ('task', 'Task', 4);

insert into ticket_status (type_id, key, name, category, position)
select t.id, s.key, s.name, s.category, s.position
from ticket_type t
join (values
    ('question', 'new',                 'New',                 'NEW',      1),
    ('question', 'open',                'Open',                'OPEN',     2),
    ('question', 'pending',             'Pending',             'PENDING',  3),
    ('question', 'resolved',            'Resolved',            'RESOLVED', 4),
    ('question', 'closed',              'Closed',              'CLOSED',   5),
    ('incident', 'new',                 'New',                 'NEW',      1),
    ('incident', 'investigating',       'Investigating',       'OPEN',     2),
    ('incident', 'waiting_on_customer', 'Waiting on customer', 'PENDING',  3),
    ('incident', 'resolved',            'Resolved',            'RESOLVED', 4),
    ('incident', 'closed',              'Closed',              'CLOSED',   5),
    ('problem',  'new',                 'New',                 'NEW',      1),
    ('problem',  'analysing',           'Analysing',           'OPEN',     2),
    ('problem',  'known_error',         'Known error',         'OPEN',     3),
    ('problem',  'waiting',             'Waiting',             'PENDING',  4),
    ('problem',  'resolved',            'Resolved',            'RESOLVED', 5),
    ('problem',  'closed',              'Closed',              'CLOSED',   6),
    ('task',     'to_do',               'To do',               'NEW',      1),
    ('task',     'in_progress',         'In progress',         'OPEN',     2),
    ('task',     'blocked',             'Blocked',             'PENDING',  3),
    ('task',     'done',                'Done',                'RESOLVED', 4),
    ('task',     'closed',              'Closed',              'CLOSED',   5)
) as s (type_key, key, name, category, position) on s.type_key = t.key;

-- Transitions: forward through the workflow, back to work from waiting or resolved; closed is final.
insert into ticket_transition (from_status_id, to_status_id)
select f.id, t.id
from ticket_status f
join ticket_status t on t.type_id = f.type_id and t.id <> f.id
where f.category <> 'CLOSED'
  and t.category <> 'NEW'
  and not (f.category = 'RESOLVED' and t.category = 'PENDING');
