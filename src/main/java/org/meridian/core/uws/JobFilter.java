// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.time.Instant;
import java.util.Set;

/**
 * The UWS 1.1 job-list filters (§2.2.1.1): PHASE (any of; none means every phase but ARCHIVED),
 * AFTER (created after), LAST (only the n most recently created).
 *
 * @param after null for no limit
 * @param last null for no limit
 */
public record JobFilter(Set<Phase> phases, Instant after, Integer last) {

    public static final JobFilter ALL = new JobFilter(Set.of(), null, null);

    public JobFilter {
        phases = Set.copyOf(phases);
        if (last != null && last < 0) {
            throw new IllegalArgumentException("LAST must not be negative: " + last);
        }
    }
}
