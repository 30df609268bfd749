-- The JDBC event publication registry finds a publication by its serialized event (Spring Modulith's own schema
-- has these indexes); completed publications are deleted, so the table stays small.
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
