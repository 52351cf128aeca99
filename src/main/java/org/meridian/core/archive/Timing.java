// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.archive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When an observation was taken.
 *
 * @param start UT start of the exposure
 * @param end UT end (start + exposure when the header has no end)
 * @param exposureTime seconds (Gemini: total over coadds)
 * @param localTime the header's local time of day as written ({@code LT}), or null
 * @param observationDay the observing night (LCO {@code DAY-OBS}; Gemini: UT date)
 */
public record Timing(Instant start, Instant end, Double exposureTime, String localTime, LocalDate observationDay) {}
