// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.util.List;

/** An instrument type and the overheads (seconds) configdb holds for it. */
public record InstrumentType(
        String code,
        String telescopeClass,
        boolean spectrograph,
        int defaultBinning,
        List<ReadoutMode> readoutModes,
        double fixedOverheadPerExposure,
        double filterChangeTime,
        double configChangeTime,
        double acquireExposureTime,
        double acquireProcessingTime,
        double frontPadding,
        List<String> filters) {

    public record ReadoutMode(int binning, double readout) {}

    public InstrumentType {
        readoutModes = List.copyOf(readoutModes);
        filters = filters == null ? List.of() : List.copyOf(filters);
        if (readoutModes.stream().noneMatch(m -> m.binning() == defaultBinning)) {
            throw new IllegalArgumentException("instrument " + code + " has no readout mode for its default binning");
        }
    }

    /** Readout time of the mode with this binning, or of the default mode when none matches (as valhalla does). */
    public double readout(Integer binning) {
        int wanted = binning == null ? defaultBinning : binning;
        return readoutModes.stream()
                .filter(m -> m.binning() == wanted)
                .findFirst()
                .or(() -> readoutModes.stream()
                        .filter(m -> m.binning() == defaultBinning)
                        .findFirst())
                .orElseThrow()
                .readout();
    }
}
