-- The account automation writes messages as; inactive and without password, so nobody can sign in with it.
insert into identity_user (email, name, role, active) values ('tessera@system.invalid', 'Tessera', 'AGENT', false);

-- What made a change besides the actor: an automation rule's name, say.
alter table ticket_history add column via text;
