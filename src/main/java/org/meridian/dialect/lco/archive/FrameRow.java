// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One frame as the archive's {@code as_dict} needs it, read from the core tables. */
public record FrameRow(
        long id,
        String basename,
        Instant observationDate,
        LocalDate observationDay,
        String proposalId,
        String instrumentId,
        String targetName,
        int reductionLevel,
        String siteId,
        String telescopeId,
        Double exposureTime,
        String primaryOpticalElement,
        Instant publicDate,
        String configurationType,
        String observationId,
        Long requestId,
        double[] area,
        List<Version> versions,
        List<Long> relatedFrames) {

    /** One stored version of the frame's file; the newest first in {@link #versions}. */
    public record Version(long id, Instant created, String key, String md5, String filename, String extension) {}

    public FrameRow withVersionsAndRelated(List<Version> v, List<Long> related) {
        return new FrameRow(
                id,
                basename,
                observationDate,
                observationDay,
                proposalId,
                instrumentId,
                targetName,
                reductionLevel,
                siteId,
                telescopeId,
                exposureTime,
                primaryOpticalElement,
                publicDate,
                configurationType,
                observationId,
                requestId,
                area,
                List.copyOf(v),
                List.copyOf(related));
    }
}
