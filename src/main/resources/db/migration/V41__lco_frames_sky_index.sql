-- LCO science archive: covers/intersects pre-filter on the footprint centre's HEALPix index within
-- the LCO collection. The core's index on fp_hpx alone also returns every other collection's
-- observations near the point (half the candidates with 10^6 JWST observations beside 10^6 frames),
-- each costing a heap fetch and an exact spherical test before it is thrown away.
-- "if not exists": on a large archive an operator may build it by hand (concurrently) beforehand.
create index if not exists observation_collection_fp_hpx on observation (collection, fp_hpx);
