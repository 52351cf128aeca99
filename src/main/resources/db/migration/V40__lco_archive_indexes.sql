-- LCO science archive (dialect lco.archive): indexes its frame queries need beyond the core's.
-- The largest footprint radius bounds the HEALPix pre-filter of covers/intersects; this index
-- answers max(fp_radius) per collection without a scan.
create index observation_collection_fp_radius on observation (collection, fp_radius);
-- Frame lists are ordered by observation date within the LCO collection.
create index observation_collection_start on observation (collection, ut_start desc, id desc);
