// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.cal;

import java.util.ArrayList;
import java.util.List;
import org.meridian.dialect.gemini.query.HeaderRow;

/** Which calibration types a GMOS file needs (FitsStorage's {@code set_applicable}, §1.10). */
final class Applicability {

    private Applicability() {}

    static List<CalType> of(HeaderRow row) {
        String instrument = row.text("instrument");
        if (instrument == null || !instrument.startsWith("GMOS")) {
            return List.of();
        }
        String type = String.valueOf(row.text("observation_type"));
        String klass = String.valueOf(row.text("observation_class"));
        boolean spectroscopy = Boolean.TRUE.equals(row.get("spectroscopy"));
        // Blanked object names (proprietary coordinates) are never "Twilight".
        boolean twilight = "Twilight".equals(row.text("object"));
        List<CalType> types = new ArrayList<>();
        boolean acquisition = klass.equals("acq") || klass.equals("acqCal");
        if (!type.equals("BIAS")
                && !type.equals("ARC")
                && !acquisition
                && !"Central Stamp".equals(row.text("detector_roi_setting"))) {
            types.add(CalType.BIAS);
            types.add(CalType.PROCESSED_BIAS);
        }
        if (type.equals("OBJECT") && !twilight) {
            if (spectroscopy) {
                types.add(CalType.ARC);
                types.add(CalType.PROCESSED_ARC);
                types.add(CalType.FLAT);
                types.add(CalType.PROCESSED_FLAT);
            } else if (!acquisition) {
                types.add(CalType.FLAT);
                types.add(CalType.PROCESSED_FLAT);
            }
        }
        return types;
    }
}
