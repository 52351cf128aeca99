// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.archive;

import java.time.Instant;
import java.util.List;

/**
 * What kind of data this is, its quality and when it becomes public.
 *
 * @param observationType OBJECT, BIAS, DARK, FLAT, ARC, ... (LCO: EXPOSE, SKYFLAT, ...)
 * @param observationClass science, acq, progCal, partnerCal, dayCal, acqCal (Gemini), or null
 * @param types the instrument tag set, e.g. GEMINI_NORTH, GMOS_N, IMAGE, RAW
 * @param qaState Pass, Usable, Fail, Undefined or CHECK
 * @param reduction RAW, PREPARED, PROCESSED_SCIENCE, PROCESSED_BIAS, ...
 * @param reductionLevel LCO RLEVEL: 0 raw, 91 processed, 90 tarball; ObsCore calib_level maps from it
 * @param processing Raw, Quick-Look, Science-Quality
 * @param release when the data become public (UTC); null means public at once
 * @param photStandard true when the target is a photometric standard
 */
public record Classification(
        String observationType,
        String observationClass,
        List<String> types,
        String qaState,
        String reduction,
        int reductionLevel,
        String processing,
        boolean engineering,
        boolean scienceVerification,
        boolean calibrationProgram,
        Instant release,
        boolean photStandard) {

    public Classification {
        types = types == null ? List.of() : List.copyOf(types);
    }
}
