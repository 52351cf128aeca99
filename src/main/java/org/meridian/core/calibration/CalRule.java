// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.calibration;

import java.util.Optional;

/**
 * How one instrument finds one kind of calibration: the conditions for a target (empty when the
 * kind does not apply to such data, e.g. arcs for imaging) and how many to return.
 */
public record CalRule(int howManyRaw, int howManyProcessed, Conditions conditions) {

    @FunctionalInterface
    public interface Conditions {
        /** The candidate conditions, or empty when this rule never applies to the target. */
        Optional<CalQuery> build(CalTarget target, boolean processed);
    }

    public static CalRule of(int howManyRaw, int howManyProcessed, Conditions conditions) {
        return new CalRule(howManyRaw, howManyProcessed, conditions);
    }

    /** A rule that only finds raw frames (FitsStorage's {@code not_processed}). */
    public static CalRule rawOnly(int howMany, Conditions conditions) {
        return new CalRule(
                howMany, howMany, (t, processed) -> processed ? Optional.empty() : conditions.build(t, false));
    }

    public int howMany(boolean processed) {
        return processed ? howManyProcessed : howManyRaw;
    }
}
