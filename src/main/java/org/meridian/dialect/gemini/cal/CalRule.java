// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.cal;

import java.util.Optional;

/**
 * How one instrument finds one kind of calibration: the conditions for a target (empty when the
 * kind does not apply to such data, e.g. arcs for imaging) and how many to return.
 */
record CalRule(int howManyRaw, int howManyProcessed, Conditions conditions) {

    @FunctionalInterface
    interface Conditions {
        /** The candidate conditions, or empty when this rule never applies to the target. */
        Optional<CalQuery> build(CalTarget target, boolean processed);
    }

    static CalRule of(int howManyRaw, int howManyProcessed, Conditions conditions) {
        return new CalRule(howManyRaw, howManyProcessed, conditions);
    }

    /** A rule that only finds raw frames (FitsStorage's {@code not_processed}). */
    static CalRule rawOnly(int howMany, Conditions conditions) {
        return new CalRule(
                howMany, howMany, (t, processed) -> processed ? Optional.empty() : conditions.build(t, false));
    }

    int howMany(boolean processed) {
        return processed ? howManyProcessed : howManyRaw;
    }

    /** Bad pixel masks, the same rule for every instrument: the same instrument and binning, made no later than the target. */
    static CalRule badPixelMask() {
        return CalRule.of(
                1,
                1,
                (t, processed) -> Optional.of(CalQuery.of(t)
                        .rawOrProcessed("BPM", processed)
                        .match("instrument", "detector_binning")
                        .notAfter()));
    }
}
