-- ESO's DataLink (docs/urls.md, "ESO"): ObsCore's access_url of ESO rows and dbo.raw's datalink_url
-- become DataLink URLs with ESO's identifiers (ivo://eso.org/ID?<dp_id>) and access_format
-- application/x-votable+xml;content=datalink, which pyvo follows. Every access_url is absolute when
-- the query runs with meridian.base_url set (the TAP runner sets it, per transaction, to the URL the
-- client reached the server by); without it the URLs stay relative, as before. The columns and their
-- order are V14's, as CREATE OR REPLACE VIEW requires.

create or replace view ivoa.obscore_all as
select case when o.spectroscopy then 'spectrum' else 'image' end::text as dataproduct_type,
       coalesce(f.calib_level, o.reduction_level)                     as calib_level,
       o.collection                                                    as obs_collection,
       coalesce(o.observation_id, o.data_label, o.obs_key)             as obs_id,
       'ivo://meridian/' || lower(o.collection) || '?' || f.name       as obs_publisher_did,
       case when o.collection = 'ESO'
            then coalesce(current_setting('meridian.base_url', true), '')
                 || '/datalink/links?ID=ivo://eso.org/ID?' || regexp_replace(f.name, '\.fits$', '')
            else coalesce(current_setting('meridian.base_url', true), '') || '/file/' || v.filename
       end                                                             as access_url,
       case when o.collection = 'ESO' then 'application/x-votable+xml;content=datalink'
            when v.filename like '%.fits%' then 'application/fits'
            else 'application/octet-stream' end                        as access_format,
       (v.file_size + 1023) / 1024                                     as access_estsize,
       o.object                                                        as target_name,
       o.ra                                                            as s_ra,
       o.dec                                                           as s_dec,
       2 * o.fp_radius                                                 as s_fov,
       o.footprint                                                     as s_region,
       cast(null as double precision)                                  as s_resolution,
       cast(o.naxis1 as bigint)                                        as s_xel1,
       cast(o.naxis2 as bigint)                                        as s_xel2,
       extract(epoch from o.ut_start) / 86400.0 + 40587.0              as t_min,
       extract(epoch from coalesce(o.ut_end, o.ut_start + make_interval(secs => coalesce(o.exposure_time, 0))))
           / 86400.0 + 40587.0                                         as t_max,
       o.exposure_time                                                 as t_exptime,
       cast(null as double precision)                                  as t_resolution,
       cast(1 as bigint)                                               as t_xel,
       o.em_min                                                        as em_min,
       o.em_max                                                        as em_max,
       cast(null as double precision)                                  as em_res_power,
       cast(null as bigint)                                            as em_xel,
       cast(null as text)                                              as o_ucd,
       cast(null as text)                                              as pol_states,
       cast(null as bigint)                                            as pol_xel,
       o.telescope                                                     as facility_name,
       o.instrument                                                    as instrument_name,
       o.program_id                                                    as proposal_id,
       greatest(o.modified, v.entrytime)                               as last_mod_date,
       o.id, o.engineering, o.release, o.program_id, o.observation_id, o.instrument,
       o.proprietary_coordinates, o.collection, o.reduction_level
from observation o
join file f on f.observation_id = o.id and f.product_type = 'SCIENCE'
join file_version v on v.file_id = f.id and v.canonical;

create or replace view dbo.raw_all as
select regexp_replace(f.name, '\.fits$', '')                         as dp_id,
       o.object                                                        as object,
       o.ra                                                            as ra,
       o.dec                                                           as dec,
       to_char(o.ut_start at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') as date_obs,
       extract(epoch from o.ut_start) / 86400.0 + 40587.0              as mjd_obs,
       o.program_id                                                    as prog_id,
       o.extra ->> 'dp_cat'                                            as dp_cat,
       coalesce(o.extra ->> 'dp_type', o.observation_type)             as dp_type,
       o.extra ->> 'dp_tech'                                           as dp_tech,
       o.telescope                                                     as telescope,
       o.instrument                                                    as instrument,
       o.filter_name                                                   as filter_path,
       o.exposure_time                                                 as exposure,
       o.release                                                       as release_date,
       o.airmass                                                       as tel_airm_start,
       coalesce(current_setting('meridian.base_url', true), '')
           || '/datalink/links?ID=ivo://eso.org/ID?' || regexp_replace(f.name, '\.fits$', '')
                                                                       as datalink_url,
       greatest(o.modified, v.entrytime)                               as last_mod_date,
       o.id, o.engineering, o.release, o.program_id, o.observation_id, o.proprietary_coordinates,
       o.collection, o.reduction_level
from observation o
join file f on f.observation_id = o.id
join file_version v on v.file_id = f.id and v.canonical
where o.collection = 'ESO' and o.reduction_level = 0;
