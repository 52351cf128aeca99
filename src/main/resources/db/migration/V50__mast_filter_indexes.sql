-- MAST (dialect mast): Mashup filters compare text ignoring case, as MAST's SQL Server does, so
-- CaomFilters emits upper(column) = any(...). These expression indexes let the selective filters
-- astroquery sends (proposal_id, obs_id, target_name) use an index instead of a sequential scan of
-- every observation (1 s over 2 * 10^6 rows; 4 ms with the index).
create index if not exists observation_upper_program on observation (upper(program_id));
create index if not exists observation_upper_obs_key on observation (upper(obs_key));
create index if not exists observation_upper_object on observation (upper(object));
-- "if not exists": an operator may already have built them by hand (concurrently) on a large archive.
