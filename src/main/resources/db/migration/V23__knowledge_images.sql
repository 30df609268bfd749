-- Pictures authors put into articles: kept in the database (so every node serves them), under a random key so that
-- the pictures of unpublished or internal articles cannot be guessed.
create table knowledge_image (
    key          text        primary key,
    filename     text        not null,
    content_type text        not null,
    content      bytea       not null,
    size         integer     not null,
    uploaded_by  bigint references identity_user (id) on delete set null,
    uploaded_at  timestamptz not null default now()
);
