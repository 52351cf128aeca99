// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

import static org.meridian.dialect.tap.schema.TapColumn.scalar;
import static org.meridian.dialect.tap.schema.TapColumn.text;
import static org.meridian.dialect.tap.schema.TapColumn.timestamp;

/**
 * ESO's dbo.raw: one row per raw ESO frame, as the tap_obs service publishes it. Metadata and view
 * SQL in one place.
 */
public final class RawTable {

    private RawTable() {}

    private static final String DP_ID = "regexp_replace(f.name, '\\.fits$', '')";

    public static final ObservationView VIEW = ObservationView.of("dbo.raw", "dbo.raw_all")
            .description("ESO raw frames (rows filtered by the caller's access rights)")
            .from("observation o\n"
                    + "join file f on f.observation_id = o.id\n"
                    + "join file_version v on v.file_id = f.id and v.canonical\n"
                    + "where o.collection = 'ESO' and o.reduction_level = 0")
            .datalinkId("dp_id")
            .column(
                    text("dp_id")
                            .ucd("meta.id;meta.main")
                            .description("Data product identifier (archive file name)")
                            .indexed(),
                    DP_ID)
            .column(text("object").ucd("meta.id;src").description("Target name as given by the observer"), "o.object")
            .column(
                    scalar("ra", "double")
                            .unit("deg")
                            .ucd("pos.eq.ra;meta.main")
                            .description("Right ascension (ICRS)")
                            .indexed(),
                    "o.ra")
            .column(
                    scalar("dec", "double")
                            .unit("deg")
                            .ucd("pos.eq.dec;meta.main")
                            .description("Declination (ICRS)")
                            .indexed(),
                    "o.dec")
            .column(
                    text("date_obs").ucd("time.start;obs").description("Start of the observation (ISO 8601, UTC)"),
                    "to_char(o.ut_start at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS')")
            .column(
                    scalar("mjd_obs", "double")
                            .unit("d")
                            .ucd("time.start;obs")
                            .description("Start of the observation (MJD)"),
                    "extract(epoch from o.ut_start) / 86400.0 + 40587.0")
            .column(text("prog_id").ucd("meta.id;obs.proposal").description("ESO programme identifier"), "o.program_id")
            .column(
                    text("dp_cat").ucd("meta.code.class").description("Data category (SCIENCE, CALIB, ...)"),
                    "o.extra ->> 'dp_cat'")
            .column(
                    text("dp_type").ucd("meta.code.class").description("Data type (OBJECT, FLAT, BIAS, ...)"),
                    "coalesce(o.extra ->> 'dp_type', o.observation_type)")
            .column(
                    text("dp_tech")
                            .ucd("meta.code.class;instr.setup")
                            .description("Observing technique (IMAGE, ECHELLE, ...)"),
                    "o.extra ->> 'dp_tech'")
            .column(text("telescope").ucd("meta.id;instr.tel").description("Telescope"), "o.telescope")
            .column(text("instrument").ucd("meta.id;instr").description("Instrument"), "o.instrument")
            .column(text("filter_path").ucd("meta.id;instr.filter").description("Filter"), "o.filter_name")
            .column(
                    scalar("exposure", "double")
                            .unit("s")
                            .ucd("time.duration;obs.exposure")
                            .description("Exposure time"),
                    "o.exposure_time")
            .column(
                    timestamp("release_date").ucd("time.release").description("Date the data become public"),
                    "o.release")
            .column(scalar("tel_airm_start", "double").ucd("obs.airMass").description("Airmass at start"), "o.airmass")
            // ESO's DataLink for the frame, absolute when the TAP runner sets meridian.base_url.
            .column(
                    text("datalink_url").ucd("meta.ref.url").description("DataLink service for this frame"),
                    "coalesce(current_setting('meridian.base_url', true), '')\n"
                            + "           || '/datalink/links?ID=ivo://eso.org/ID?' || " + DP_ID)
            .column(
                    timestamp("last_mod_date").ucd("time.processing").description("Last modification of the metadata"),
                    "greatest(o.modified, v.entrytime)")
            .build();

    public static TapTable table() {
        return VIEW.table();
    }
}
