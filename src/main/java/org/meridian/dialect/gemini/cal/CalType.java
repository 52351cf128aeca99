// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.cal;

import java.util.Locale;
import java.util.Optional;

/**
 * Every calibration type the Gemini archive knows (FitsStorage's {@code cal_types}, in its order:
 * an unrestricted calibration manager request lists them in this order). A {@code processed_X}
 * type is rule {@code X} asked for processed frames; a few (fringe, bpm) exist only processed.
 */
public enum CalType {
    BIAS("bias", false),
    PROCESSED_BIAS("bias", true),
    DARK("dark", false),
    PROCESSED_DARK("dark", true),
    PROCESSED_BPM("bpm", true),
    FLAT("flat", false),
    PROCESSED_FLAT("flat", true),
    ARC("arc", false),
    PROCESSED_ARC("arc", true),
    PINHOLE("pinhole", false),
    PROCESSED_PINHOLE("pinhole", true),
    PROCESSED_FRINGE("fringe", true),
    RONCHI_MASK("ronchi_mask", false),
    LAMPOFF_FLAT("lampoff_flat", false),
    QH_FLAT("qh_flat", false),
    DOMEFLAT("domeflat", false),
    LAMPOFF_DOMEFLAT("lampoff_domeflat", false),
    MASK("mask", false),
    SLITILLUM("slitillum", false),
    PROCESSED_SLITILLUM("slitillum", true),
    STANDARD("standard", false),
    PROCESSED_STANDARD("standard", true),
    TELLURIC("telluric", false),
    PROCESSED_TELLURIC("telluric", true),
    POLARIZATION_STANDARD("polarization_standard", false),
    ASTROMETRIC_STANDARD("astrometric_standard", false),
    POLARIZATION_FLAT("polarization_flat", false),
    SPECPHOT("specphot", false),
    PHOTOMETRIC_STANDARD("photometric_standard", false),
    PROCESSED_SLITFLAT("slitflat", true),
    PROCESSED_SLIT("slit", true);

    private final String rule;
    private final boolean processed;

    CalType(String rule, boolean processed) {
        this.rule = rule;
        this.processed = processed;
    }

    /** The name on the wire: {@code bias}, {@code processed_flat}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The instrument rule that finds this type ({@code processed_flat} → {@code flat}). */
    public String rule() {
        return rule;
    }

    public boolean processed() {
        return processed;
    }

    public static Optional<CalType> fromWire(String name) {
        for (CalType t : values()) {
            if (t.wireName().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
