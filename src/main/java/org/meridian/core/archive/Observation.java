// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.archive;

import java.util.Map;

/**
 * One observation as the archive core knows it: the unit users search (a Gemini data label, an LCO
 * frame, a CAOM observation, an ObsCore dataset). Grouped into small records so each dialect's
 * mapping reads like its own field list. Every dialect's view is a mapping of this, never a copy.
 *
 * @param extra facility-specific facts with no column of their own (kept as JSON), e.g. the
 *     Gemini {@code types} tag set lives in {@link Classification}, but an ESO {@code dp_cat} here.
 */
public record Observation(
        Identity identity,
        Timing timing,
        Pointing pointing,
        Setup setup,
        Detector detector,
        Conditions conditions,
        Classification classification,
        Map<String, Object> extra) {

    public Observation {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
