-- Gaia TAP+ sharing, events and notifications (docs/architecture.md, "TAP+ user space"): groups of accounts, and user tables
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

-- Events (seed section 3.11): per account and event type, the time of the last such change.
create table tapplus_event (
    account_id bigint not null references account on delete cascade,
    event_type integer not null,               -- 210 shared item created, 4000 table created, ...
    last_time  timestamptz not null,
    primary key (account_id, event_type)
);

-- Notifications (seed section 3.12): messages for one account, kept for a month.
create table tapplus_notification (
    id         bigserial primary key,
    account_id bigint not null references account on delete cascade,
    type       text not null,
    subtype    text not null,
    message    text not null,
    created    timestamptz not null default now()
);

create index tapplus_notification_account on tapplus_notification (account_id, created);
