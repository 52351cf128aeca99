-- The archive core (docs/architecture.md "Data model"). Every dialect maps these tables; none copies them.

create table program (
    id                   text primary key,             -- GN-2010B-Q-22, LCO2016A-001, 1073, 0101.A-0001
    collection           text not null,                -- GEMINI, LCO, ESO, JWST
    title                text not null default '',
    abstract             text not null default '',
    pi_name              text not null default '',
    co_investigators     text not null default '',
    semester             text,
    engineering          boolean not null default false,
    calibration          boolean not null default false,
    science_verification boolean not null default false,
    too                  boolean not null default false,
    tags                 text[] not null default '{}',  -- portal tags: public, private, internal, ...
    active               boolean not null default true,
    created              timestamptz not null default now()
);

create table semester (
    id    text primary key,                            -- 2016A
    start timestamptz not null,
    "end" timestamptz not null,
    check (start < "end")
);

create table account (
    id              bigserial primary key,
    username        text not null unique,
    email           text not null default '',
    full_name       text not null default '',
    password_hash   text not null,                     -- PBKDF2, see core.auth.Passwords
    staff           boolean not null default false,
    instrument_team text,                              -- Gemini: sees all data of this instrument
    created         timestamptz not null default now()
);

create table membership (
    account_id      bigint not null references account on delete cascade,
    program_id      text not null references program on delete cascade,
    role            text not null default 'CI' check (role in ('PI', 'CI', 'MEMBER')),
    time_limit_secs double precision,                  -- LCO per-member limit; null = none
    primary key (account_id, program_id)
);

create table time_allocation (
    id                  bigserial primary key,
    program_id          text not null references program on delete cascade,
    semester_id         text not null references semester,
    telescope_class     text not null,                 -- 1m0, 2m0, 0m4
    instrument_type     text not null default '',
    std_allocation      double precision not null default 0,  -- hours
    std_time_used       double precision not null default 0,
    rr_allocation       double precision not null default 0,
    rr_time_used        double precision not null default 0,
    tc_allocation       double precision not null default 0,
    tc_time_used        double precision not null default 0,
    ipp_limit           double precision not null default 0,
    ipp_time_available  double precision not null default 0,
    unique (program_id, semester_id, telescope_class, instrument_type)
);

create table api_token (
    token      text primary key,
    account_id bigint not null references account on delete cascade,
    created    timestamptz not null default now()
);

create table web_session (
    id         text primary key,                       -- random, sent as each dialect's cookie
    account_id bigint not null references account on delete cascade,
    created    timestamptz not null default now(),
    expires    timestamptz not null
);
create index on web_session (expires);

-- Grants beyond membership: one observation or one file (Gemini's user_obsid / user_file).
create table access_grant (
    id             bigserial primary key,
    account_id     bigint not null references account on delete cascade,
    observation_id text,
    file_name      text,
    check ((observation_id is null) <> (file_name is null))
);
create index on access_grant (account_id);

create table observation (
    id                   bigserial primary key,
    collection           text not null,
    obs_key              text not null,
    program_id           text references program,
    observation_id       text,
    data_label           text,
    request_id           bigint,
    telescope            text,
    instrument           text,
    site_id              text,
    telescope_id         text,
    -- timing
    ut_start             timestamptz,
    ut_end               timestamptz,
    exposure_time        double precision,
    local_time           text,
    observation_day      date,
    -- pointing
    object               text,
    ra                   double precision,
    dec                  double precision,
    hpx                  bigint,                        -- nested HEALPix order 29 of (ra, dec)
    azimuth              double precision,
    elevation            double precision,
    cass_rotator_pa      double precision,
    airmass              double precision,
    footprint            double precision[],            -- ra1,dec1,ra2,dec2,... (closed implicitly)
    fp_ra                double precision,              -- footprint centre and bounding radius (deg)
    fp_dec               double precision,
    fp_radius            double precision,
    fp_hpx               bigint,
    proprietary_coordinates boolean not null default false,
    -- optical setup
    filter_name          text,
    disperser            text,
    focal_plane_mask     text,
    camera               text,
    central_wavelength   double precision,
    wavelength_band      text,
    em_min               double precision,
    em_max               double precision,
    mode                 text,
    spectroscopy         boolean not null default false,
    adaptive_optics      boolean not null default false,
    laser_guide_star     boolean not null default false,
    wavefront_sensor     text,
    gcal_lamp            text,
    -- detector
    detector_binning     text,
    detector_gain_setting text,
    detector_roi_setting text,
    detector_readspeed_setting text,
    detector_welldepth_setting text,
    detector_readmode_setting text,
    coadds               integer,
    naxis1               integer,
    naxis2               integer,
    -- conditions
    raw_iq integer, raw_cc integer, raw_wv integer, raw_bg integer,
    requested_iq integer, requested_cc integer, requested_wv integer, requested_bg integer,
    -- classification
    observation_type     text,
    observation_class    text,
    types                text[] not null default '{}',
    qa_state             text,
    reduction            text,
    reduction_level      integer not null default 0,
    processing           text,
    engineering          boolean not null default false,
    science_verification boolean not null default false,
    calibration_program  boolean not null default false,
    phot_standard        boolean not null default false,
    release              timestamptz,                   -- null: public at once
    extra                jsonb not null default '{}',
    created              timestamptz not null default now(),
    modified             timestamptz not null default now(),
    unique (collection, obs_key)
);
create index observation_hpx on observation (hpx);
create index observation_fp_hpx on observation (fp_hpx);
create index observation_start on observation (ut_start);
create index observation_program on observation (program_id);
create index observation_obsid on observation (observation_id);
create index observation_label on observation (data_label);
create index observation_instrument_start on observation (instrument, ut_start);
create index observation_object on observation (lower(object));
create index observation_request on observation (request_id);

-- A file by name; its bytes live in file_version rows (one per ingest of changed content).
create table file (
    id             bigserial primary key,
    name           text not null unique,                -- dataset name, no compression suffix
    observation_id bigint not null references observation on delete cascade,
    product_type   text not null default 'SCIENCE',     -- SCIENCE, CALIBRATION, PREVIEW, AUXILIARY, CATALOG
    product_subgroup text not null default '',
    calib_level    integer not null default 1
);
create index on file (observation_id);

create table file_version (
    id          bigserial primary key,
    file_id     bigint not null references file on delete cascade,
    filename    text not null,                          -- as stored, e.g. N20101231S0338.fits.bz2
    path        text not null default '',               -- Gemini "path", usually ''
    storage_key text not null,                          -- FileStore key
    compressed  text,                                   -- null, 'bzip2', 'gzip', 'fpack'
    file_size   bigint not null,
    data_size   bigint not null,
    file_md5    text not null,
    data_md5    text not null,
    lastmod     timestamptz not null,
    entrytime   timestamptz not null default now(),
    present     boolean not null default true,
    canonical   boolean not null default true,
    mdready     boolean not null default true
);
create index on file_version (file_id);
create index on file_version (file_md5);
create index file_version_filename on file_version (filename);
create unique index file_version_one_canonical on file_version (file_id) where canonical;

-- Every header card of every version, HDU by HDU: [[{"k":..,"v":..,"c":..}, ...], ...]
create table header (
    file_version_id bigint primary key references file_version on delete cascade,
    cards           jsonb not null
);

-- Links between files: raw -> reduced, science -> calibration, frame -> related frame, -> preview.
-- target_name may name a file not ingested yet (LCO placeholder frames).
create table product_link (
    source_file_id bigint not null references file on delete cascade,
    target_name    text not null,
    kind           text not null,
    primary key (source_file_id, target_name, kind)
);
create index on product_link (target_name);

-- Catalog columns' metadata as the imported file carried it, for TAP_SCHEMA.
create table catalog_table (
    schema_name  text not null,
    table_name   text not null,
    description  text not null default '',
    ra_column    text,
    dec_column   text,
    row_count    bigint not null default 0,
    imported     timestamptz not null default now(),
    primary key (schema_name, table_name)
);

create table catalog_column (
    schema_name  text not null,
    table_name   text not null,
    column_name  text not null,
    position     integer not null,
    datatype     text not null,                          -- the PostgreSQL type
    unit         text,
    ucd          text,
    utype        text,
    description  text not null default '',
    indexed      boolean not null default false,
    principal    boolean not null default false,
    primary key (schema_name, table_name, column_name),
    foreign key (schema_name, table_name) references catalog_table on delete cascade
);

-- Small facts about the archive itself, e.g. which demo universe has been loaded.
create table archive_state (
    key     text primary key,
    value   text not null,
    updated timestamptz not null default now()
);
