-- UWS 1.1 jobs (docs/design.md rule 5): jobs are rows, so any server process sharing the database can
-- serve, run, abort or reap them, and a restart loses none.

create table uws_job (
    id                  text primary key,                  -- random, unguessable: it is also a capability
    job_type            text not null,                     -- which executor runs it: 'tap', ...
    owner_id            bigint references account on delete cascade,  -- null = anonymous
    run_id              text,
    phase               text not null default 'PENDING'
                        check (phase in ('PENDING','QUEUED','EXECUTING','COMPLETED','ERROR','ABORTED',
                                         'HELD','SUSPENDED','ARCHIVED','UNKNOWN')),
    creation_time       timestamptz not null default now(),
    queued_time         timestamptz,                       -- fairness: claimed oldest first
    start_time          timestamptz,
    end_time            timestamptz,
    execution_duration  bigint not null default 0 check (execution_duration >= 0),  -- seconds, 0 = unlimited
    destruction_time    timestamptz not null,
    quote               timestamptz,
    parameters          jsonb not null default '{}',       -- {"query": "...", "lang": "ADQL", ...}
    error_summary       text,
    error_type          text check (error_type in ('transient','fatal')),
    worker_id           text,                              -- the worker running it (EXECUTING only)
    heartbeat           timestamptz                        -- refreshed by that worker while it runs
);

create index uws_job_queue on uws_job (queued_time) where phase = 'QUEUED';
create index uws_job_executing on uws_job (heartbeat) where phase = 'EXECUTING';
create index uws_job_owner on uws_job (owner_id, creation_time);
create index uws_job_destruction on uws_job (destruction_time);

-- Result bytes live in the FileStore under uws/<job id>/<name>, so every process can serve them.
create table uws_result (
    job_id       text not null references uws_job on delete cascade,
    name         text not null,                            -- 'result' for TAP
    storage_key  text not null,
    mime_type    text not null,
    size         bigint not null,
    primary key (job_id, name)
);
