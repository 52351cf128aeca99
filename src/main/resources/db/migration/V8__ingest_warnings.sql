-- What ingest could not read from a file it still ingested (no observation time, a degenerate WCS,
-- a facility rule the headers do not meet): kept with the version, listed by `meridian warnings`
-- (docs/operations.md). Empty for every file ingested before.
alter table file_version add column ingest_warnings text[] not null default '{}';
create index file_version_with_warnings on file_version (id) where cardinality(ingest_warnings) > 0;
