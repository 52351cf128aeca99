// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

import static org.meridian.dialect.tap.schema.TapColumn.scalar;
import static org.meridian.dialect.tap.schema.TapColumn.text;
import static org.meridian.dialect.tap.schema.TapColumn.timestamp;

/**
 * ivoa.ObsCore (ObsCore 1.1 table 6, with its standard UCDs, utypes and units) plus ESO's
 * last_mod_date: one science file's canonical version per row. Metadata and view SQL in one place.
 */
public final class ObsCoreTable {

    private ObsCoreTable() {}

    private static final String U = "obscore:";

    /**
     * The URL a client fetches: ESO's rows name their DataLink (ivo://eso.org/ID?dp_id, access_format
     * the DataLink MIME type, which pyvo follows), the others the file itself; absolute when the TAP
     * runner sets {@code meridian.base_url} (sync queries do; async results keep relative URLs).
     */
    private static final String BASE_URL = "coalesce(current_setting('meridian.base_url', true), '')";

    public static final ObservationView VIEW = ObservationView.of("ivoa.ObsCore", "ivoa.obscore_all")
            .utype("ivo://ivoa.net/std/ObsCore#core-1.1")
            .description(
                    "Observations of every collection as ObsCore 1.1 (rows filtered by the caller's access rights)")
            .from("observation o\n"
                    + "join file f on f.observation_id = o.id and f.product_type = 'SCIENCE'\n"
                    + "join file_version v on v.file_id = f.id and v.canonical")
            .datalinkId("obs_publisher_did")
            .column(
                    std(text("dataproduct_type"), "meta.code.class", "ObsDataset.dataProductType")
                            .description("Data product type (image, spectrum, ...)"),
                    "case when o.spectroscopy then 'spectrum' else 'image' end::text")
            .column(
                    std(scalar("calib_level", "int"), "meta.code;obs.calib", "ObsDataset.calibLevel")
                            .description("Calibration level (0 raw ... 3 enhanced)"),
                    "coalesce(f.calib_level, o.reduction_level)")
            .column(
                    std(text("obs_collection"), "meta.id", "DataID.Collection")
                            .description("Data collection the product belongs to"),
                    "o.collection")
            .column(
                    std(text("obs_id"), "meta.id", "DataID.observationID").description("Observation identifier"),
                    "coalesce(o.observation_id, o.data_label, o.obs_key)")
            .column(
                    std(text("obs_publisher_did"), "meta.ref.ivoid", "Curation.PublisherDID")
                            .description("Publisher's identifier of the dataset"),
                    // ESO's datasets are named as ESO names them, the ID their DataLink takes.
                    "case when o.collection = 'ESO' then 'ivo://eso.org/ID?' || regexp_replace(f.name, '\\.fits$', '')\n"
                            + "            else 'ivo://meridian/' || lower(o.collection) || '?' || f.name end")
            .column(
                    std(text("access_url"), "meta.ref.url", "Access.Reference").description("URL of the data file"),
                    "case when o.collection = 'ESO'\n"
                            + "            then " + BASE_URL + "\n"
                            + "                 || '/datalink/links?ID=ivo://eso.org/ID?' || regexp_replace(f.name, '\\.fits$', '')\n"
                            + "            else " + BASE_URL + " || '/file/' || v.filename\n"
                            + "       end")
            .column(
                    std(text("access_format"), "meta.code.mime", "Access.Format")
                            .description("MIME type of the data file"),
                    "case when o.collection = 'ESO' then 'application/x-votable+xml;content=datalink'\n"
                            + "            when v.filename like '%.fits%' then 'application/fits'\n"
                            + "            else 'application/octet-stream' end")
            .column(
                    std(scalar("access_estsize", "long"), "phys.size;meta.file", "Access.Size")
                            .unit("kbyte")
                            .description("Estimated size of the data file"),
                    "(v.file_size + 1023) / 1024")
            .column(
                    std(text("target_name"), "meta.id;src", "Target.Name").description("Name of the observed target"),
                    "o.object")
            .column(
                    std(
                                    scalar("s_ra", "double"),
                                    "pos.eq.ra",
                                    "Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C1")
                            .unit("deg")
                            .description("Right ascension of the centre (ICRS)")
                            .indexed(),
                    "o.ra")
            .column(
                    std(
                                    scalar("s_dec", "double"),
                                    "pos.eq.dec",
                                    "Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C2")
                            .unit("deg")
                            .description("Declination of the centre (ICRS)")
                            .indexed(),
                    "o.dec")
            .column(
                    std(
                                    scalar("s_fov", "double"),
                                    "phys.angSize;instr.fov",
                                    "Char.SpatialAxis.Coverage.Bounds.Extent.diameter")
                            .unit("deg")
                            .description("Diameter of the covered region"),
                    "2 * o.fp_radius")
            // ObsCore 1.1 publishes s_region as an STC-S string; the database keeps the vertex array
            // the geometry functions take, and results render it as STC-S.
            .column(
                    std(
                                    text("s_region").xtype("adql:REGION"),
                                    "pos.outline;obs.field",
                                    "Char.SpatialAxis.Coverage.Support.Area")
                            .description("Footprint polygon (ICRS, STC-S)"),
                    "o.footprint")
            .column(
                    std(
                                    scalar("s_resolution", "double"),
                                    "pos.angResolution",
                                    "Char.SpatialAxis.Resolution.Refval.value")
                            .unit("arcsec")
                            .description("Spatial resolution"),
                    "cast(null as double precision)")
            .column(
                    std(scalar("s_xel1", "long"), "meta.number", "Char.SpatialAxis.numBins1")
                            .description("Number of pixels along the first axis"),
                    "cast(o.naxis1 as bigint)")
            .column(
                    std(scalar("s_xel2", "long"), "meta.number", "Char.SpatialAxis.numBins2")
                            .description("Number of pixels along the second axis"),
                    "cast(o.naxis2 as bigint)")
            .column(
                    std(
                                    scalar("t_min", "double"),
                                    "time.start;obs.exposure",
                                    "Char.TimeAxis.Coverage.Bounds.Limits.StartTime")
                            .unit("d")
                            .description("Start time (MJD)")
                            .indexed(),
                    "extract(epoch from o.ut_start) / 86400.0 + 40587.0")
            .column(
                    std(
                                    scalar("t_max", "double"),
                                    "time.end;obs.exposure",
                                    "Char.TimeAxis.Coverage.Bounds.Limits.StopTime")
                            .unit("d")
                            .description("Stop time (MJD)"),
                    "extract(epoch from coalesce(o.ut_end, o.ut_start + make_interval(secs => coalesce(o.exposure_time, 0))))\n"
                            + "           / 86400.0 + 40587.0")
            .column(
                    std(
                                    scalar("t_exptime", "double"),
                                    "time.duration;obs.exposure",
                                    "Char.TimeAxis.Coverage.Support.Extent")
                            .unit("s")
                            .description("Exposure time"),
                    "o.exposure_time")
            .column(
                    std(scalar("t_resolution", "double"), "time.resolution", "Char.TimeAxis.Resolution.Refval.value")
                            .unit("s")
                            .description("Temporal resolution"),
                    "cast(null as double precision)")
            .column(
                    std(scalar("t_xel", "long"), "meta.number", "Char.TimeAxis.numBins")
                            .description("Number of time samples"),
                    "cast(1 as bigint)")
            .column(
                    std(
                                    scalar("em_min", "double"),
                                    "em.wl;stat.min",
                                    "Char.SpectralAxis.Coverage.Bounds.Limits.LoLimit")
                            .unit("m")
                            .description("Minimum wavelength"),
                    "o.em_min")
            .column(
                    std(
                                    scalar("em_max", "double"),
                                    "em.wl;stat.max",
                                    "Char.SpectralAxis.Coverage.Bounds.Limits.HiLimit")
                            .unit("m")
                            .description("Maximum wavelength"),
                    "o.em_max")
            .column(
                    std(
                                    scalar("em_res_power", "double"),
                                    "spect.resolution",
                                    "Char.SpectralAxis.Resolution.ResolPower.refVal")
                            .description("Spectral resolving power"),
                    "cast(null as double precision)")
            .column(
                    std(scalar("em_xel", "long"), "meta.number", "Char.SpectralAxis.numBins")
                            .description("Number of spectral samples"),
                    "cast(null as bigint)")
            .column(
                    std(text("o_ucd"), "meta.ucd", "Char.ObservableAxis.ucd").description("UCD of the observable"),
                    "cast(null as text)")
            .column(
                    std(text("pol_states"), "meta.code;phys.polarization", "Char.PolarizationAxis.stateList")
                            .description("Polarization states"),
                    "cast(null as text)")
            .column(
                    std(scalar("pol_xel", "long"), "meta.number", "Char.PolarizationAxis.numBins")
                            .description("Number of polarization samples"),
                    "cast(null as bigint)")
            .column(
                    std(text("facility_name"), "meta.id;instr.tel", "Provenance.ObsConfig.Facility.name")
                            .description("Telescope or facility"),
                    "o.telescope")
            .column(
                    std(text("instrument_name"), "meta.id;instr", "Provenance.ObsConfig.Instrument.name")
                            .description("Instrument"),
                    "o.instrument")
            .column(
                    std(text("proposal_id"), "meta.id;obs.proposal", "Provenance.Proposal.identifier")
                            .description("Program (proposal) identifier"),
                    "o.program_id")
            // ESO's curation column: the later of the observation's last change and its file version's
            // ingest, so a re-ingested file or corrected metadata shows up in "changed since" queries.
            .column(
                    timestamp("last_mod_date")
                            .ucd("time.processing")
                            .description("Last modification of the metadata (ESO)"),
                    "greatest(o.modified, v.entrytime)")
            .build();

    /** A column ObsCore 1.1 defines, with its UCD and utype. */
    private static TapColumn.Builder std(TapColumn.Builder column, String ucd, String utype) {
        return column.ucd(ucd).utype(U + utype).std();
    }

    public static TapTable table() {
        return VIEW.table();
    }
}
