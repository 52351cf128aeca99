// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.cal;

import java.util.Locale;

/**
 * The GMOS calibration rules (§1.10), each as SQL comparing a candidate {@code o} with the
 * science target {@code t}: what the candidate must be, what must match, the time window in days
 * and how many to return. Raw types select {@code reduction = 'RAW'} frames of the observation type;
 * processed types select the {@code PROCESSED_*} reduction.
 */
public enum CalType {
    BIAS("o.observation_type = 'BIAS' and o.reduction = 'RAW'", Rule.DETECTOR, 90, 50),
    PROCESSED_BIAS("o.reduction = 'PROCESSED_BIAS'", Rule.DETECTOR, 90, 1),
    FLAT(
            "((not t.spectroscopy and o.observation_class = 'dayCal' and o.observation_type = 'OBJECT'"
                    + " and o.object = 'Twilight') or (t.spectroscopy and o.observation_type = 'FLAT'))"
                    + " and o.reduction = 'RAW'",
            Rule.FLAT,
            180,
            20),
    PROCESSED_FLAT("o.reduction = 'PROCESSED_FLAT'", Rule.FLAT, 180, 1),
    ARC("o.observation_type = 'ARC' and o.reduction = 'RAW'", Rule.ARC, 365, 1),
    PROCESSED_ARC("o.reduction = 'PROCESSED_ARC'", Rule.ARC, 365, 1);

    /** Which configuration must match. */
    enum Rule {
        DETECTOR,
        FLAT,
        ARC
    }

    private static final String DETECTOR_MATCH = "o.instrument = t.instrument"
            + " and o.detector_binning is not distinct from t.detector_binning"
            + " and o.detector_readspeed_setting is not distinct from t.detector_readspeed_setting"
            + " and o.detector_gain_setting is not distinct from t.detector_gain_setting"
            // Amplifier read area: our archive records the ROI name, which determines it.
            + " and o.detector_roi_setting is not distinct from t.detector_roi_setting";

    private static final String CENTRAL_WAVELENGTH =
            "(t.central_wavelength is null" + " or abs(o.central_wavelength - t.central_wavelength) < 0.001)";

    private final String what;
    private final Rule rule;
    private final int windowDays;
    private final int howMany;

    CalType(String what, Rule rule, int windowDays, int howMany) {
        this.what = what;
        this.rule = rule;
        this.windowDays = windowDays;
        this.howMany = howMany;
    }

    /** The name on the wire: {@code bias}, {@code processed_flat}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int howMany() {
        return howMany;
    }

    public boolean processed() {
        return name().startsWith("PROCESSED_");
    }

    /** The candidate conditions over {@code o} (candidate) and {@code t} (target), without the base query. */
    public String sql() {
        String window = "o.ut_start > t.ut_start - interval '" + windowDays + " days'"
                + " and o.ut_start < t.ut_start + interval '" + windowDays + " days'";
        String match =
                switch (rule) {
                    case DETECTOR -> DETECTOR_MATCH;
                    case FLAT ->
                        DETECTOR_MATCH
                                + " and o.filter_name is not distinct from t.filter_name"
                                + " and o.spectroscopy = t.spectroscopy"
                                + " and o.focal_plane_mask is not distinct from t.focal_plane_mask"
                                + " and o.disperser is not distinct from t.disperser"
                                + " and (not t.spectroscopy or (" + CENTRAL_WAVELENGTH + " and " + elevation() + "))";
                    case ARC ->
                        "o.instrument = t.instrument"
                                + " and o.disperser is not distinct from t.disperser"
                                + " and o.filter_name is not distinct from t.filter_name"
                                + " and o.detector_binning is not distinct from t.detector_binning"
                                + " and o.detector_roi_setting is not distinct from t.detector_roi_setting"
                                + " and " + CENTRAL_WAVELENGTH
                                // A 5.0arcsec target takes an arc through any longslit.
                                + " and (o.focal_plane_mask = t.focal_plane_mask or (t.focal_plane_mask ="
                                + " '5.0arcsec' and o.focal_plane_mask like '%arcsec'))";
                };
        return "(" + what + ") and " + match + " and " + window;
    }

    /** Spectroscopic flats: near the science elevation (flexure), ±7.5° for IFU, ±15° for red or R150 setups. */
    private static String elevation() {
        return "(t.elevation is null or o.elevation is null"
                + " or (t.mode = 'IFS' and abs(o.elevation - t.elevation) < 7.5)"
                + " or (t.mode <> 'IFS' and (t.central_wavelength > 0.55 or t.disperser like 'R150%')"
                + " and abs(o.elevation - t.elevation) < 15)"
                + " or (t.mode <> 'IFS' and not (t.central_wavelength > 0.55 or t.disperser like 'R150%')))";
    }

    public static CalType fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
