-- The current observation portal's model (docs/lco-observing.md): a Request executes
-- Configurations, each with its own target, constraints, acquisition and guiding, exposing one or
-- more InstrumentConfigs. Valhalla's Molecule becomes one Configuration with one InstrumentConfig;
-- the request's single target and constraints are copied onto each of its configurations. The V30
-- molecule, target and constraints tables are migrated, then dropped.

-- valhalla's TARGET_OF_OPPORTUNITY is the portal's RAPID_RESPONSE; TIME_CRITICAL is new.
alter table user_request drop constraint user_request_observation_type_check;
update user_request set observation_type = 'RAPID_RESPONSE' where observation_type = 'TARGET_OF_OPPORTUNITY';
alter table user_request add constraint user_request_observation_type_check
    check (observation_type in ('NORMAL', 'RAPID_RESPONSE', 'TIME_CRITICAL'));

alter table request
    add column configuration_repeats int not null default 1 check (configuration_repeats >= 1),
    add column optimization_type text not null default 'TIME';

-- Columns for what is searched or computed on; the remaining fields of the target, acquisition and
-- guiding configs as they were submitted.
create table configuration (
    id                        bigserial primary key,
    request_id                bigint not null references request on delete cascade,
    position                  int not null,
    type                      text not null,
    instrument_type           text not null,
    priority                  int not null,
    target_type               text not null,
    target_name               text not null,
    ra                        double precision,
    dec                       double precision,
    target                    jsonb not null default '{}',
    max_airmass               double precision not null,
    min_lunar_distance        double precision not null,
    max_lunar_phase           double precision,
    max_seeing                double precision,
    min_transparency          double precision,
    acquisition_mode          text not null,
    acquisition_exposure_time double precision,
    acquisition               jsonb not null default '{}',
    guiding_mode              text not null,
    guiding                   jsonb not null default '{}',
    repeat_duration           double precision,
    extra_params              jsonb not null default '{}',
    unique (request_id, position)
);
create index on configuration (instrument_type);
create index on configuration (target_name);

-- molecule_fields: valhalla molecule fields with no place in the portal's model (ag_name,
-- readout_mode, args, ...), so that /api/userrequests/ reads back what it was sent.
create table instrument_config (
    id               bigserial primary key,
    configuration_id bigint not null references configuration on delete cascade,
    position         int not null,
    exposure_count   int not null,
    exposure_time    double precision not null,
    mode             text not null default '',
    rotator_mode     text not null default '',
    bin_x            int,
    bin_y            int,
    optical_elements jsonb not null default '{}',
    extra_params     jsonb not null default '{}',
    molecule_fields  jsonb not null default '{}',
    unique (configuration_id, position)
);

-- The data: one configuration per molecule, in the molecule's position.
alter table configuration add column molecule_id bigint;

insert into configuration (request_id, position, type, instrument_type, priority, target_type, target_name, ra, dec,
                           target, max_airmass, min_lunar_distance, max_lunar_phase, max_seeing, min_transparency,
                           acquisition_mode, acquisition_exposure_time, guiding_mode, extra_params, molecule_id)
select m.request_id, m.position, m.type, m.instrument_name,
       coalesce((m.fields ->> 'priority')::int, m.position + 1),
       case t.type when 'SIDEREAL' then 'ICRS' when 'STATIC' then 'ICRS'
                   when 'NON_SIDEREAL' then 'ORBITAL_ELEMENTS' else t.type end,
       t.name, t.ra, t.dec, t.fields,
       k.max_airmass, k.min_lunar_distance, k.max_lunar_phase, k.max_seeing, k.min_transparency,
       coalesce(m.fields ->> 'acquire_mode', 'OFF'), (m.fields ->> 'acquire_exp_time')::double precision,
       coalesce(m.fields ->> 'ag_mode', 'OPTIONAL'),
       case when m.fields ? 'defocus' then jsonb_build_object('defocus', m.fields -> 'defocus') else '{}' end,
       m.id
from molecule m
join target t on t.request_id = m.request_id
join constraints k on k.request_id = m.request_id;

insert into instrument_config (configuration_id, position, exposure_count, exposure_time, mode, bin_x, bin_y,
                               optical_elements, molecule_fields)
select c.id, 0, m.exposure_count, m.exposure_time,
       case when m.bin_x is null then '' else m.bin_x || 'x' || m.bin_y end,
       m.bin_x, m.bin_y,
       jsonb_strip_nulls(jsonb_build_object('filter', nullif(m.filter, ''),
                                            'slit', nullif(m.fields ->> 'spectra_slit', ''))),
       m.fields - 'priority' - 'acquire_mode' - 'acquire_exp_time' - 'ag_mode' - 'defocus' - 'spectra_slit'
from configuration c
join molecule m on m.id = c.molecule_id;

alter table configuration drop column molecule_id;

drop table molecule;
drop table target;
drop table constraints;
