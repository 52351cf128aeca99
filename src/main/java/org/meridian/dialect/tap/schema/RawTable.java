// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

import static org.meridian.dialect.tap.schema.TapColumn.number;
import static org.meridian.dialect.tap.schema.TapColumn.text;

import java.util.List;

/** ESO's dbo.raw: one row per raw ESO frame, as the tap_obs service publishes it. */
public final class RawTable {

    private RawTable() {}

    public static TapTable table() {
        List<TapColumn> columns = List.of(
                text("dp_id", "meta.id;meta.main", "Data product identifier (archive file name)")
                        .indexedColumn(),
                text("object", "meta.id;src", "Target name as given by the observer"),
                number("ra", "double", "deg", "pos.eq.ra;meta.main", "Right ascension (ICRS)")
                        .indexedColumn(),
                number("dec", "double", "deg", "pos.eq.dec;meta.main", "Declination (ICRS)")
                        .indexedColumn(),
                text("date_obs", "time.start;obs", "Start of the observation (ISO 8601, UTC)"),
                number("mjd_obs", "double", "d", "time.start;obs", "Start of the observation (MJD)"),
                text("prog_id", "meta.id;obs.proposal", "ESO programme identifier"),
                text("dp_cat", "meta.code.class", "Data category (SCIENCE, CALIB, ...)"),
                text("dp_type", "meta.code.class", "Data type (OBJECT, FLAT, BIAS, ...)"),
                text("dp_tech", "meta.code.class;instr.setup", "Observing technique (IMAGE, ECHELLE, ...)"),
                text("telescope", "meta.id;instr.tel", "Telescope"),
                text("instrument", "meta.id;instr", "Instrument"),
                text("filter_path", "meta.id;instr.filter", "Filter"),
                number("exposure", "double", "s", "time.duration;obs.exposure", "Exposure time"),
                new TapColumn(
                        "release_date",
                        "char",
                        "*",
                        "timestamp",
                        null,
                        "time.release",
                        null,
                        "Date the data become public",
                        true,
                        false,
                        false),
                number("tel_airm_start", "double", null, "obs.airMass", "Airmass at start"),
                text("datalink_url", "meta.ref.url", "DataLink service for this frame"),
                new TapColumn(
                        "last_mod_date",
                        "char",
                        "*",
                        "timestamp",
                        null,
                        "time.processing",
                        null,
                        "Last modification of the metadata",
                        true,
                        false,
                        false));
        return new TapTable(
                "dbo",
                "dbo.raw",
                "view",
                null,
                "ESO raw frames (rows filtered by the caller's access rights)",
                columns,
                new TapTable.AccessFiltered("dbo.raw_all"));
    }
}
