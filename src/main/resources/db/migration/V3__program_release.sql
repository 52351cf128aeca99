-- ESO proprietary periods and JWST exclusive access are set per program, not in each file's
-- header: the ingest uses this when a file states no release date of its own.
alter table program add column release_date timestamptz;
