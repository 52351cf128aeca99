-- Gemini open queries (docs/gemini-archive.md, "How many rows") list the first 500 matches in filename order. When
-- the filter is selective (canonical/GNIRS/dayCal, GMOS-N/BIAS: a few thousand matches) PostgreSQL
-- does better to find the matches first and sort them, but with only (instrument, ut_start) to go on
-- it walks the file names and fetches every observation it passes. This index lets it find an
-- instrument's observations of one class and/or type directly (PostgreSQL 18 skips over the class
-- for instrument + type). Few distinct combinations, so deduplication keeps it small: 7 MB for a
-- million observations in the benchmark archive, one more index entry per ingested observation.
create index observation_instrument_class_type on observation (instrument, observation_class, observation_type);
