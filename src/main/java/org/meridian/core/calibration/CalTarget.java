// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.calibration;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The science frame a calibration is sought for: its descriptors, named by the {@code observation}
 * columns they compare with, and its tags. It comes from the archive's own row (GET) or from a
 * client's descriptors (POST), so the rules never care which.
 *
 * @param observationRowId the archive row when the target is stored (it is then never its own calibration), else null
 * @param ut the observation start; the rules' time windows and ordering centre on it
 * @param engineering whether the target is engineering data; null when a client did not say (then no filter)
 */
public record CalTarget(
        Long observationRowId, Instant ut, Boolean engineering, Map<String, Object> descriptors, Set<String> types) {

    /** The columns a target carries, as read from {@code observation} and accepted from clients. */
    public static final List<String> COLUMNS = List.of(
            "data_label",
            "observation_id",
            "program_id",
            "instrument",
            "observation_type",
            "observation_class",
            "object",
            "reduction",
            "spectroscopy",
            "mode",
            "detector_binning",
            "detector_readspeed_setting",
            "detector_gain_setting",
            "detector_roi_setting",
            "detector_readmode_setting",
            "detector_welldepth_setting",
            "filter_name",
            "disperser",
            "focal_plane_mask",
            "camera",
            "central_wavelength",
            "exposure_time",
            "coadds",
            "elevation",
            "cass_rotator_pa",
            "gcal_lamp");

    public CalTarget {
        descriptors = Collections.unmodifiableMap(new HashMap<>(descriptors));
        types = Set.copyOf(types);
    }

    public Object value(String column) {
        return descriptors.get(column);
    }

    public String text(String column) {
        Object v = descriptors.get(column);
        return v == null ? null : v.toString();
    }

    /** The value as a number, or null when absent or not numeric. */
    public Double number(String column) {
        return switch (descriptors.get(column)) {
            case Number n -> n.doubleValue();
            case String s -> {
                try {
                    yield Double.valueOf(s.trim());
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
            case null, default -> null;
        };
    }

    public boolean is(String column, String value) {
        return value.equals(text(column));
    }

    public boolean spectroscopy() {
        return Boolean.TRUE.equals(descriptors.get("spectroscopy")) || types.contains("SPECT");
    }

    public boolean hasTag(String tag) {
        return types.contains(tag);
    }

    public boolean acquisition() {
        return is("observation_class", "acq") || is("observation_class", "acqCal");
    }
}
