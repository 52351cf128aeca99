-- Gemini observation logs (FitsStorage's obslog table): plain-text night logs, one per program and
-- UT date, named <yyyymmdd>_<progid>_obslog.txt. Not observations: no dialect lists them as data;
-- the Gemini dialect serves them (/obslogs, /file). Bytes live in the FileStore under storage_key.
create table gemini_obslog (
    id           bigserial primary key,
    filename     text not null unique,
    path         text not null default '',
    program_id   text,
    ut_date      date,
    storage_key  text not null,
    file_size    bigint not null,
    file_md5     text not null,
    lastmod      timestamptz not null,
    entrytime    timestamptz not null default now()
);
create index gemini_obslog_program_date on gemini_obslog (program_id, ut_date);
create index gemini_obslog_date on gemini_obslog (ut_date);
