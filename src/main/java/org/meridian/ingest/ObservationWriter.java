// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.meridian.core.archive.Observation;
import org.meridian.sky.Healpix;
import org.meridian.sky.Spherical;

/** Upserts an {@link Observation} into the {@code observation} table, keyed by (collection, obs_key). */
final class ObservationWriter {

    /** HEALPix order of the {@code hpx} columns (docs/design.md "Spatial indexing"). */
    static final int HPX_ORDER = 29;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> COLUMNS = List.of(
            "collection",
            "obs_key",
            "program_id",
            "observation_id",
            "data_label",
            "request_id",
            "telescope",
            "instrument",
            "site_id",
            "telescope_id",
            "ut_start",
            "ut_end",
            "exposure_time",
            "local_time",
            "observation_day",
            "object",
            "ra",
            "dec",
            "hpx",
            "azimuth",
            "elevation",
            "cass_rotator_pa",
            "airmass",
            "footprint",
            "fp_ra",
            "fp_dec",
            "fp_radius",
            "fp_hpx",
            "proprietary_coordinates",
            "filter_name",
            "disperser",
            "focal_plane_mask",
            "camera",
            "central_wavelength",
            "wavelength_band",
            "em_min",
            "em_max",
            "mode",
            "spectroscopy",
            "adaptive_optics",
            "laser_guide_star",
            "wavefront_sensor",
            "gcal_lamp",
            "detector_binning",
            "detector_gain_setting",
            "detector_roi_setting",
            "detector_readspeed_setting",
            "detector_welldepth_setting",
            "detector_readmode_setting",
            "coadds",
            "naxis1",
            "naxis2",
            "raw_iq",
            "raw_cc",
            "raw_wv",
            "raw_bg",
            "requested_iq",
            "requested_cc",
            "requested_wv",
            "requested_bg",
            "observation_type",
            "observation_class",
            "types",
            "qa_state",
            "reduction",
            "reduction_level",
            "processing",
            "engineering",
            "science_verification",
            "calibration_program",
            "phot_standard",
            "release",
            "extra");

    private static final String UPSERT = "insert into observation (" + String.join(", ", COLUMNS) + ") values ("
            + COLUMNS.stream().map(c -> c.equals("extra") ? "?::jsonb" : "?").collect(Collectors.joining(", "))
            + ") on conflict (collection, obs_key) do update set "
            + COLUMNS.stream()
                    .filter(c -> !c.equals("collection") && !c.equals("obs_key"))
                    .map(c -> c + " = excluded." + c)
                    .collect(Collectors.joining(", "))
            + ", modified = now() returning id";

    private ObservationWriter() {}

    /** Inserts or updates the observation and returns its row id. */
    static long upsert(Connection c, Observation o) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(UPSERT)) {
            List<Object> v = values(o);
            for (int i = 0; i < v.size(); i++) {
                bind(c, s, i + 1, v.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static List<Object> values(Observation o) {
        var id = o.identity();
        var t = o.timing();
        var p = o.pointing();
        var su = o.setup();
        var d = o.detector();
        var co = o.conditions();
        var cl = o.classification();
        Long hpx = p.ra() != null && p.dec() != null ? Healpix.ang2pix(HPX_ORDER, p.ra(), p.dec()) : null;
        Double[] footprint = null;
        Double fpRa = null, fpDec = null, fpRadius = null;
        Long fpHpx = null;
        if (p.footprint().size() >= 3) {
            footprint = p.footprint().stream()
                    .flatMap(v -> Arrays.stream(new Double[] {v[0], v[1]}))
                    .toArray(Double[]::new);
            var circle = Spherical.boundingCircle(p.footprint());
            fpRa = circle.ra();
            fpDec = circle.dec();
            fpRadius = circle.radius();
            fpHpx = Healpix.ang2pix(HPX_ORDER, fpRa, fpDec);
        }
        List<Object> v = new ArrayList<>(COLUMNS.size());
        v.addAll(Arrays.asList(
                id.collection(),
                id.obsKey(),
                id.programId(),
                id.observationId(),
                id.dataLabel(),
                id.requestId(),
                id.telescope(),
                id.instrument(),
                id.siteId(),
                id.telescopeId()));
        v.addAll(Arrays.asList(
                ts(t.start()),
                ts(t.end()),
                t.exposureTime(),
                t.localTime(),
                t.observationDay() == null ? null : Date.valueOf(t.observationDay())));
        v.addAll(Arrays.asList(
                p.object(),
                p.ra(),
                p.dec(),
                hpx,
                p.azimuth(),
                p.elevation(),
                p.cassRotatorPa(),
                p.airmass(),
                footprint,
                fpRa,
                fpDec,
                fpRadius,
                fpHpx,
                p.proprietaryCoordinates()));
        v.addAll(Arrays.asList(
                su.filter(),
                su.disperser(),
                su.focalPlaneMask(),
                su.camera(),
                su.centralWavelength(),
                su.wavelengthBand(),
                su.wavelengthMin(),
                su.wavelengthMax(),
                su.mode(),
                su.spectroscopy(),
                su.adaptiveOptics(),
                su.laserGuideStar(),
                su.wavefrontSensor(),
                su.gcalLamp()));
        v.addAll(Arrays.asList(
                d.binning(),
                d.gain(),
                d.roi(),
                d.readSpeed(),
                d.wellDepth(),
                d.readMode(),
                d.coadds(),
                d.naxis1(),
                d.naxis2()));
        v.addAll(Arrays.asList(
                co.rawIq(),
                co.rawCc(),
                co.rawWv(),
                co.rawBg(),
                co.requestedIq(),
                co.requestedCc(),
                co.requestedWv(),
                co.requestedBg()));
        v.addAll(Arrays.asList(
                cl.observationType(),
                cl.observationClass(),
                cl.types().toArray(String[]::new),
                cl.qaState(),
                cl.reduction(),
                cl.reductionLevel(),
                cl.processing(),
                cl.engineering(),
                cl.scienceVerification(),
                cl.calibrationProgram(),
                cl.photStandard(),
                ts(cl.release()),
                json(o)));
        return v;
    }

    private static void bind(Connection c, PreparedStatement s, int i, Object value) throws SQLException {
        switch (value) {
            case null -> s.setNull(i, Types.OTHER);
            case String[] a -> s.setArray(i, c.createArrayOf("text", a));
            case Double[] a -> s.setArray(i, c.createArrayOf("float8", a));
            default -> s.setObject(i, value);
        }
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static String json(Observation o) {
        try {
            return JSON.writeValueAsString(o.extra());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("observation extra fields are not JSON: " + e.getMessage(), e);
        }
    }
}
