-- Gaia TAP+ sharing (docs/architecture.md, "TAP+ user space"): groups of accounts, and user tables
-- shared for reading with groups. A table shared with a group is visible to the group's members and
-- owner (UserSpace.visibleTo); only its owner may change, share or delete it.

create table tapplus_group (
    id          bigserial primary key,
    owner_id    bigint not null references account on delete cascade,
    title       text not null,
    description text,
    unique (owner_id, title)
);

create table tapplus_group_member (
    group_id   bigint not null references tapplus_group on delete cascade,
    account_id bigint not null references account on delete cascade,
    primary key (group_id, account_id)
);

create index tapplus_group_member_account on tapplus_group_member (account_id);

create table tapplus_shared_item (
    id          bigserial primary key,
    owner_id    bigint not null references account on delete cascade,
    table_id    bigint not null references tapplus_user_table on delete cascade,
    title       text not null,                 -- the qualified table name, as the client sent it
    description text
);

create table tapplus_shared_to (
    item_id  bigint not null references tapplus_shared_item on delete cascade,
    group_id bigint not null references tapplus_group on delete cascade,
    primary key (item_id, group_id)
);

create index tapplus_shared_to_group on tapplus_shared_to (group_id);
