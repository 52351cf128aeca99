// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.time.Duration;

/**
 * How a {@link JobWorker} behaves.
 *
 * @param concurrency how many jobs it runs at once
 * @param pollInterval how often it looks for QUEUED jobs submitted through other processes
 * @param monitorInterval how often it beats, notices aborts and deletions, and enforces run limits
 *     (so ABORT stops a statement within about this long)
 * @param staleAfter a worker silent this long is dead: its EXECUTING jobs become ERROR
 * @param reapInterval how often jobs past their destruction time are deleted
 */
public record WorkerSettings(
        int concurrency, Duration pollInterval, Duration monitorInterval, Duration staleAfter, Duration reapInterval) {

    public static final WorkerSettings DEFAULT = new WorkerSettings(
            4, Duration.ofMillis(500), Duration.ofMillis(200), Duration.ofSeconds(30), Duration.ofMinutes(1));

    public WorkerSettings {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        if (staleAfter.compareTo(monitorInterval.multipliedBy(5)) < 0) {
            throw new IllegalArgumentException("staleAfter must be well above the monitor interval");
        }
    }

    public WorkerSettings withConcurrency(int n) {
        return new WorkerSettings(n, pollInterval, monitorInterval, staleAfter, reapInterval);
    }
}
