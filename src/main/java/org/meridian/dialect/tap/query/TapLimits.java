// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import java.time.Duration;

/**
 * The service's limits, declared in capabilities and enforced by the runner.
 *
 * @param defaultMaxrec rows returned when MAXREC is absent
 * @param hardMaxrec the most rows any query returns
 * @param syncTimeout statement timeout of a synchronous query
 * @param concurrentQueries queries running at once before 503
 * @param uploadMaxRows rows per uploaded table
 * @param uploadMaxBytes bytes per uploaded table
 */
public record TapLimits(
        long defaultMaxrec,
        long hardMaxrec,
        Duration syncTimeout,
        int concurrentQueries,
        long uploadMaxRows,
        long uploadMaxBytes) {

    public static final TapLimits DEFAULT =
            new TapLimits(10_000, 10_000_000, Duration.ofMinutes(2), 8, 100_000, 50L * 1024 * 1024);

    /** The MAXREC to apply: the default when absent, never above the hard limit. */
    public long effectiveMaxrec(Long requested) {
        if (requested == null) {
            return defaultMaxrec;
        }
        return Math.min(Math.max(requested, 0), hardMaxrec);
    }
}
