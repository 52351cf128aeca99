-- Gaia TAP+ user space (docs/architecture.md, "TAP+ user space"): every account's schema and the
-- tables it uploaded. These rows describe user tables instead of catalog_table, which is public:
-- nothing of a user table reaches the published TAP_SCHEMA; each caller's view adds only the
-- tables that caller may see (their own). The tables themselves live in the schema user_<name>.

create table tapplus_user_schema (
    account_id  bigint primary key references account on delete cascade,
    schema_name text not null unique
);

create table tapplus_user_table (
    id          bigserial primary key,
    account_id  bigint not null references account on delete cascade,
    schema_name text not null,
    table_name  text not null,                 -- lower case [a-z][a-z0-9_]*, so never quoted wrongly
    description text,
    row_count   bigint not null default 0,
    size_bytes  bigint not null default 0,     -- as PostgreSQL measured it after the load
    created     timestamptz not null default now(),
    unique (schema_name, table_name)
);

create index tapplus_user_table_account on tapplus_user_table (account_id);

create table tapplus_user_column (
    table_id    bigint not null references tapplus_user_table on delete cascade,
    column_name text not null,                 -- lower case [a-z][a-z0-9_]*, like table_name
    position    integer not null,
    datatype    text not null,                 -- VOTable datatype
    arraysize   text,
    xtype       text,
    unit        text,
    ucd         text,
    utype       text,
    description text,
    flags       integer not null default 0,    -- esatapplus:flags: 1 Ra, 2 Dec, 4 Flux, 8 Mag, 16 PK
    indexed     boolean not null default false,
    primary key (table_id, column_name)
);
