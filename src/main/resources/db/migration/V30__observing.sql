-- LCO observation portal (valhalla): user requests and what they are made of, telescope state
-- events and scheduled blocks. Programs, semesters, time allocations, accounts and memberships are
-- the core's (V1). Valhalla's too_* allocation maps onto the core's rr_* (rapid response) columns.

create table user_request (
    id               bigserial primary key,
    submitter_id     bigint references account on delete set null,
    submitter        text not null,
    proposal_id      text not null references program,
    group_id         text not null,
    observation_type text not null check (observation_type in ('NORMAL', 'TARGET_OF_OPPORTUNITY')),
    operator         text not null check (operator in ('SINGLE', 'MANY', 'AND', 'ONEOF')),
    ipp_value        double precision not null,
    state            text not null default 'PENDING',
    created          timestamptz not null default now(),
    modified         timestamptz not null default now()
);
create index on user_request (proposal_id);
create index on user_request (state);

create table request (
    id                      bigserial primary key,
    user_request_id         bigint not null references user_request on delete cascade,
    position                int not null,
    observation_note        text not null default '',
    state                   text not null default 'PENDING',
    fail_count              int not null default 0,
    scheduled_count         int not null default 0,
    acceptability_threshold double precision not null,
    duration_secs           bigint not null,
    created                 timestamptz not null default now(),
    modified                timestamptz not null default now(),
    completed               timestamptz
);
create index on request (user_request_id);
create index on request (state);

-- Columns for what is searched or computed on; the remaining fields of the chosen target type
-- (proper motions, orbital elements, rotator settings) as they were submitted.
create table target (
    request_id bigint primary key references request on delete cascade,
    type       text not null,
    name       text not null,
    ra         double precision,
    dec        double precision,
    fields     jsonb not null default '{}'
);

create table molecule (
    id              bigserial primary key,
    request_id      bigint not null references request on delete cascade,
    position        int not null,
    type            text not null,
    instrument_name text not null,
    filter          text not null default '',
    exposure_time   double precision not null,
    exposure_count  int not null,
    bin_x           int,
    bin_y           int,
    fields          jsonb not null default '{}'
);
create index on molecule (request_id);
create index on molecule (instrument_name);

create table "window" (
    id         bigserial primary key,
    request_id bigint not null references request on delete cascade,
    start      timestamptz not null,
    "end"      timestamptz not null,
    check (start < "end")
);
create index on "window" (request_id);

create table constraints (
    request_id         bigint primary key references request on delete cascade,
    max_airmass        double precision not null,
    min_lunar_distance double precision not null,
    max_lunar_phase    double precision,
    max_seeing         double precision,
    min_transparency   double precision
);

create table location (
    request_id      bigint primary key references request on delete cascade,
    telescope_class text not null,
    site            text,
    observatory     text,
    telescope       text
);

-- "Available For Scheduling Reason" records per telescope (site.enclosure.telescope).
create table telescope_state_event (
    id           bigserial primary key,
    telescope    text not null,
    event_type   text not null,
    event_reason text not null,
    start        timestamptz not null,
    "end"        timestamptz not null,
    check (start <= "end")
);
create index on telescope_state_event (telescope, start);

create table scheduled_block (
    id                  bigserial primary key,
    request_id          bigint not null references request on delete cascade,
    telescope           text not null,
    start               timestamptz not null,
    "end"               timestamptz not null,
    state               text not null default 'SCHEDULED'
                        check (state in ('SCHEDULED', 'COMPLETED', 'FAILED', 'CANCELED')),
    completed_exposures int not null default 0,
    reason              text not null default '',
    created             timestamptz not null default now()
);
create index on scheduled_block (request_id);
create index on scheduled_block (state, start);
