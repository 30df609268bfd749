-- The shell's settings: the product's name, logo and colours on every face, and the modules an administrator renamed
-- or switched off (a module without a row is on, under its own name).
create table web_branding (
    id            integer     primary key check (id = 1),
    product_name  text        not null default 'Tessera',
    primary_color text        check (primary_color ~ '^#[0-9a-f]{6}$'),
    header_color  text        check (header_color ~ '^#[0-9a-f]{6}$'),
    logo          bytea,
    logo_type     text,
    logo_version  integer     not null default 0,
    updated_at    timestamptz not null default now()
);
insert into web_branding (id) values (1);

create table web_module (
    key        text        primary key,
    enabled    boolean     not null default true,
    name_en    text,
    name_pt    text,
    updated_at timestamptz not null default now()
);
