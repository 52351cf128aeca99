-- IVOA TAP: ObsCore and ESO's dbo.raw as mappings of the core model (docs/design.md rule 2), and the
-- TAP_SCHEMA tables, rebuilt at startup by org.meridian.dialect.tap.schema.TapSchema.
--
-- The *_all views expose every row plus the observation columns archive.Access needs (alias o:
-- id, engineering, release, program_id, observation_id, instrument, proprietary_coordinates; V14
-- adds collection and reduction_level). ADQL never names them: the TAP dialect rewrites ivoa.ObsCore
-- to (select <public columns> from ivoa.obscore_all o where <Access.listed(caller, "o")>).

create schema ivoa;
create schema dbo;
create schema tap_schema;

create view ivoa.obscore_all as
select case when o.spectroscopy then 'spectrum' else 'image' end::text as dataproduct_type,
       coalesce(f.calib_level, o.reduction_level)                     as calib_level,
       o.collection                                                    as obs_collection,
       coalesce(o.observation_id, o.data_label, o.obs_key)             as obs_id,
       'ivo://meridian/' || lower(o.collection) || '?' || f.name       as obs_publisher_did,
       '/file/' || v.filename                                          as access_url,
       case when v.filename like '%.fits%' then 'application/fits' else 'application/octet-stream' end
                                                                       as access_format,
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
       o.proprietary_coordinates
from observation o
join file f on f.observation_id = o.id and f.product_type = 'SCIENCE'
join file_version v on v.file_id = f.id and v.canonical;

create view dbo.raw_all as
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
       '/datalink/links?ID=' || f.name                                 as datalink_url,
       greatest(o.modified, v.entrytime)                               as last_mod_date,
       o.id, o.engineering, o.release, o.program_id, o.observation_id, o.proprietary_coordinates
from observation o
join file f on f.observation_id = o.id
join file_version v on v.file_id = f.id and v.canonical
where o.collection = 'ESO' and o.reduction_level = 0;

-- TAP_SCHEMA 1.1 (TAP 1.1 section 4). Names as the standard spells them.
create table tap_schema.schemas (
    schema_name  text primary key,
    utype        text,
    description  text,
    schema_index integer
);

create table tap_schema.tables (
    schema_name text not null,
    table_name  text primary key,
    table_type  text not null,
    utype       text,
    description text,
    table_index integer
);

create table tap_schema.columns (
    table_name   text not null,
    column_name  text not null,
    datatype     text not null,
    arraysize    text,
    xtype        text,
    "size"       integer,
    description  text,
    utype        text,
    unit         text,
    ucd          text,
    indexed      integer not null,
    principal    integer not null,
    std          integer not null,
    column_index integer,
    primary key (table_name, column_name)
);

create table tap_schema.keys (
    key_id       text primary key,
    from_table   text not null,
    target_table text not null,
    utype        text,
    description  text
);

create table tap_schema.key_columns (
    key_id        text not null,
    from_column   text not null,
    target_column text not null
);
