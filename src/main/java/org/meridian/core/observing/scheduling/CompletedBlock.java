// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.scheduling;

import java.time.Instant;
import java.util.List;

/**
 * A block that has been observed: where, when, what and for whom; enough to write LCO frames
 * ({@code REQNUM}, {@code BLKUID}, {@code GROUPID}, {@code PROPID}, {@code OBJECT}, filters...).
 *
 * @param telescope {@code site.enclosure.telescope}, e.g. {@code ogg.clma.2m0a}
 */
public record CompletedBlock(
        long blockId,
        long requestId,
        long userRequestId,
        String proposal,
        String groupId,
        String submitter,
        String telescope,
        String instrument,
        String targetName,
        Double ra,
        Double dec,
        Instant start,
        Instant end,
        List<Exposure> exposures) {

    /** One molecule's exposures as observed. */
    public record Exposure(String type, String filter, double exposureTime, int count, int binning) {}

    public CompletedBlock {
        exposures = List.copyOf(exposures);
    }

    public String site() {
        return telescope.split("\\.")[0];
    }
}
