// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.gemini;

import java.time.LocalDate;
import java.util.Set;

/** When Gemini data become public (docs/gemini-headers.md). */
final class GeminiRelease {

    /** Classes whose data Gemini releases at once: the partner, day-time and acquisition calibrations. */
    private static final Set<String> PUBLIC_CLASSES = Set.of("partnerCal", "dayCal", "acqCal");

    private GeminiRelease() {}

    /**
     * The RELEASE header wins. Without one we apply the defaults of FitsStorage's header fixer with
     * today's standard 12-month period (the help text; the fixer's 540 days is the pre-2016 period):
     * calibration classes and CAL/ENG programs at once (DATE-OBS), science verification after 90 days,
     * everything else after 365 days.
     */
    static LocalDate of(LocalDate releaseHeader, LocalDate observed, String observationClass, String programId) {
        if (releaseHeader != null) {
            return releaseHeader;
        }
        if (observed == null) {
            return null;
        }
        boolean calOrEng = GeminiProgramIds.isCalibration(programId)
                || GeminiProgramIds.type(programId).map("ENG"::equals).orElse(false);
        if (PUBLIC_CLASSES.contains(observationClass) || calOrEng) {
            return observed;
        }
        if (GeminiProgramIds.isScienceVerification(programId)) {
            return observed.plusDays(90);
        }
        return observed.plusDays(365);
    }
}
