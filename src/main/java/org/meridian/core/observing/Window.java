// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.time.Instant;
import java.util.Objects;

/** A span in which a Request may be observed. */
public record Window(Instant start, Instant end) {
    public Window {
        Objects.requireNonNull(start, "start is required");
        Objects.requireNonNull(end, "end is required");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("The window end must be after the window start");
        }
    }

    public Interval asInterval() {
        return new Interval(start, end);
    }
}
