// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import static org.meridian.dialect.mast.MashupColumn.number;
import static org.meridian.dialect.mast.MashupColumn.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.store.SqlFragment;

/**
 * The CAOM observation fields MAST serves, each mapped from the core tables: {@code observation o}
 * joined to {@code program p}. Nothing here is stored twice (docs/design.md rule 2).
 */
public final class CaomColumns {

    /** Days from the MJD epoch to the Unix epoch. */
    private static final String MJD = "(extract(epoch from %s) / 86400.0 + 40587)";

    /** Exposure types that make an observation a calibration in CAOM's intentType. */
    private static final String CALIBRATION_TYPES =
            "'BIAS','DARK','FLAT','SKYFLAT','LAMPFLAT','DOMEFLAT','ARC','BPM','ZERO','STANDARD'";

    private static final String CANONICAL_FILE =
            "(select 'mast:' || o.collection || '/product/' || v.filename from file f"
                    + " join file_version v on v.file_id = f.id and v.canonical and v.present"
                    + " where f.observation_id = o.id and f.product_type = '%s' order by %s f.id limit 1)";

    /** Columns that observations and their products both have, declared once. */
    static final MashupColumn DATAPRODUCT_TYPE = text(
            "dataproduct_type",
            "case when o.spectroscopy then 'spectrum' else 'image' end",
            "Product Type",
            "Type of product");

    static final MashupColumn PROPOSAL_ID = text("proposal_id", "o.program_id", "Proposal ID", "Proposal ID");
    static final MashupColumn PROJECT = text("project", "o.collection", "Project", "Processing project");

    /** Every observation field, in the order astroquery's tables show them. */
    public static final List<MashupColumn> ALL = List.of(
            text(
                    "intentType",
                    "case when o.calibration_program or upper(o.observation_type) in (" + CALIBRATION_TYPES
                            + ") or o.observation_class in ('dayCal','partnerCal','progCal','acqCal','CALIB')"
                            + " then 'calibration' else 'science' end",
                    "Observation Type",
                    "Whether the observation is for science or calibration"),
            text("obs_collection", "o.collection", "Mission", "Collection").separatedBy(";"),
            text(
                    "provenance_name",
                    "case when o.collection = 'JWST' then 'CALJWST'"
                            + " when o.collection = 'LCO' and o.reduction_level = 91 then 'BANZAI' end",
                    "Provenance Name",
                    "Pipeline that produced the data"),
            text(
                    "instrument_name",
                    "case when o.collection = 'JWST' and o.observation_type like '%\\_IMAGE'"
                            + " then o.instrument || '/IMAGE' else o.instrument end",
                    "Instrument",
                    "Instrument name"),
            PROJECT,
            text("filters", "o.filter_name", "Filters", "Instrument filters").separatedBy(";"),
            text(
                    "wavelength_region",
                    "case when o.collection = 'JWST' then 'INFRARED'"
                            + " when o.em_min is null then null"
                            + " when (o.em_min + o.em_max) / 2 < 3.2e-7 then 'UV'"
                            + " when (o.em_min + o.em_max) / 2 < 7.0e-7 then 'OPTICAL' else 'INFRARED' end",
                    "Waveband",
                    "Energy band"),
            text("target_name", "m.object", "Target Name", "Target name"),
            text("obs_id", "o.obs_key", "Observation ID", "Observation identifier, given by mission"),
            number("s_ra", "m.ra", "RA", "deg", "Observation Right Ascension"),
            number("s_dec", "m.dec", "Dec", "deg", "Observation Declination"),
            DATAPRODUCT_TYPE,
            PROPOSAL_ID,
            text("proposal_pi", "p.pi_name", "Principal Investigator", "Principal investigator's last name"),
            new MashupColumn(
                    "calib_level",
                    MashupColumn.Type.INT,
                    "(select max(cf.calib_level) from file cf where cf.observation_id = o.id)",
                    "Calibration Level",
                    "int",
                    null,
                    null,
                    "Calibration level: 1 uncalibrated, 2 calibrated, 3 science product"),
            number("t_min", MJD.formatted("o.ut_start"), "Start Time", "d", "Observation start datetime (MJD)"),
            number("t_max", MJD.formatted("o.ut_end"), "End Time", "d", "Observation end datetime (MJD)"),
            number("t_exptime", "o.exposure_time", "Exposure Length", "s", "Exposure time"),
            number("em_min", "o.em_min * 1e9", "Min. Wavelength", "nm", "Minimum wavelength"),
            number("em_max", "o.em_max * 1e9", "Max. Wavelength", "nm", "Maximum wavelength"),
            text("obs_title", "p.title", "Observation Title", "Observation description from proposal"),
            number(
                    "t_obs_release",
                    MJD.formatted("coalesce(o.release, o.ut_end)"),
                    "Release Date",
                    "d",
                    "Date the data are public (MJD)"),
            text(
                    "s_region",
                    "case when cardinality(m.footprint) >= 6 then 'POLYGON ICRS ' || array_to_string(m.footprint, ' ')"
                            + " when m.fp_radius is not null then 'CIRCLE ICRS ' || m.fp_ra || ' ' || m.fp_dec"
                            + " || ' ' || m.fp_radius end",
                    "s_region",
                    "STC/S Footprint"),
            text("jpegURL", CANONICAL_FILE.formatted("PREVIEW", ""), "jpegURL", "Preview Image URL"),
            text(
                    "dataURL",
                    CANONICAL_FILE.formatted("SCIENCE", "f.calib_level desc, f.id desc,"),
                    "dataURL",
                    "Data URL of the most processed science product"),
            text(
                    "dataRights",
                    "case when " + Access.released("o") + " then 'PUBLIC' else 'EXCLUSIVE_ACCESS' end",
                    "Data Rights",
                    "PUBLIC or EXCLUSIVE_ACCESS"),
            // astroquery joins obsid values with ',' for get_product_list, which needs strings.
            text("obsid", "o.id::text", "Product Group ID", "Database identifier for obs_id"));

    /** The extra column of position searches: arcseconds from the searched position. */
    public static MashupColumn distance(ConeSearch cone) {
        return new MashupColumn(
                "distance",
                MashupColumn.Type.FLOAT,
                "sky_distance(m.ra, m.dec, " + cone.ra() + ", " + cone.dec() + ") * 3600",
                "Distance (\")",
                "float",
                null,
                "arcsec",
                "Angular separation between searched coordinates and center of observation");
    }

    private static final Map<String, MashupColumn> BY_NAME =
            ALL.stream().collect(Collectors.toMap(c -> c.name().toLowerCase(Locale.ROOT), Function.identity()));

    private CaomColumns() {}

    /** A column by name, ignoring case as MAST's SQL Server does. */
    public static Optional<MashupColumn> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * Observations with their programme, and as {@code m} their positions as the caller may see
     * them ({@link Access#located}): every positional column and the cone's exact test read {@code m}.
     */
    public static SqlFragment from(Caller caller) {
        SqlFragment located = Access.located(caller, "o", "m");
        return new SqlFragment(
                "observation o left join program p on p.id = o.program_id" + located.sql(), located.params());
    }
}
