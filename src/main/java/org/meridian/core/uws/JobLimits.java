// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.time.Duration;

/**
 * How long jobs may run and live. A client may ask for less; asking for more is capped, as UWS
 * lets a server do (§2.2.3.4, §2.2.3.5).
 */
public record JobLimits(
        Duration defaultExecution, Duration maxExecution, Duration defaultLifetime, Duration maxLifetime) {

    public static final JobLimits DEFAULT =
            new JobLimits(Duration.ofHours(1), Duration.ofHours(4), Duration.ofDays(7), Duration.ofDays(30));

    /** The run time granted for a request of {@code requested} (0 = unlimited, which we cap). */
    public Duration execution(Duration requested) {
        if (requested.isNegative() || requested.isZero() || requested.compareTo(maxExecution) > 0) {
            return maxExecution;
        }
        return requested;
    }
}
