// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.requests;

import java.util.Map;

/**
 * One exposure setting of a configuration (a valhalla molecule's exposures). {@code binX}/{@code binY}
 * null: the instrument's default binning. {@code moleculeFields} keeps the valhalla molecule fields
 * that the current portal's model has no place for (ag_name, readout_mode, args, fill_window...),
 * so a request submitted through {@code /api/userrequests/} reads back as it was sent.
 */
public record InstrumentConfig(
        int exposureCount,
        double exposureTime,
        String mode,
        String rotatorMode,
        Integer binX,
        Integer binY,
        Map<String, Object> opticalElements,
        Map<String, Object> extraParams,
        Map<String, Object> moleculeFields) {

    public InstrumentConfig {
        if (exposureCount < 1) {
            throw new IllegalArgumentException("exposure_count must be >= 1");
        }
        if ((binX == null) != (binY == null)) {
            throw new IllegalArgumentException("bin_x and bin_y must be given together");
        }
        mode = mode == null ? "" : mode;
        rotatorMode = rotatorMode == null ? "" : rotatorMode;
        opticalElements = Params.copy(opticalElements);
        extraParams = Params.copy(extraParams);
        moleculeFields = Params.copy(moleculeFields);
    }

    /** The filter, or else the slit, or "" (what durations and frames call the optical element). */
    public String opticalElement() {
        Object filter = opticalElements.get("filter");
        if (filter != null && !filter.toString().isEmpty()) return filter.toString();
        Object slit = opticalElements.get("slit");
        return slit == null ? "" : slit.toString();
    }

    public boolean fillWindow() {
        return Boolean.TRUE.equals(moleculeFields.get("fill_window"));
    }

    public InstrumentConfig withExposureCount(int count) {
        return new InstrumentConfig(
                count, exposureTime, mode, rotatorMode, binX, binY, opticalElements, extraParams, moleculeFields);
    }
}
