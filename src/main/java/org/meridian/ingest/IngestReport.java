// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import java.time.Duration;
import java.util.List;

/** The result of an ingest run. */
public record IngestReport(
        int ingested, int unchanged, List<IngestOutcome.Failed> failed, long bytes, Duration elapsed) {

    public IngestReport {
        failed = List.copyOf(failed);
    }

    public boolean ok() {
        return failed.isEmpty();
    }

    public double filesPerSecond() {
        return (ingested + unchanged + failed.size()) / Math.max(1e-3, elapsed.toNanos() / 1e9);
    }

    public double megabytesPerSecond() {
        return bytes / 1e6 / Math.max(1e-3, elapsed.toNanos() / 1e9);
    }
}
