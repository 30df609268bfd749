-- Words in the subject, kept beside it instead of computed from it: a search that matches many tickets rechecks
-- every candidate row, and each recheck used to run unaccent and to_tsvector again (prefix queries always recheck).
alter table ticket add column subject_words tsvector
    generated always as (to_tsvector('simple', tessera_unaccent(subject))) stored;
drop index if exists ticket_subject_words;
create index ticket_subject_words on ticket using gin (subject_words);
