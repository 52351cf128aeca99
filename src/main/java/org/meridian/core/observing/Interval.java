// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.time.Duration;
import java.time.Instant;

/** A half-open time span [start, end). */
public record Interval(Instant start, Instant end) {
    public Interval {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("interval end " + end + " is before its start " + start);
        }
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}
