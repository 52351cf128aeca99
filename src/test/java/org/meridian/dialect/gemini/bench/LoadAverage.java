// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's 1-minute load average, and a polite wait for it to drop below a threshold before a
 * measurement (the benchmark machine is shared), giving up after a bounded time.
 */
final class LoadAverage {

    private LoadAverage() {}

    static double now() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN; // not Linux: the figures are reported without it
        }
    }

    /** Waits (30 s steps, at most {@code maxSeconds}) for the load to fall to {@code threshold}; returns it. */
    static double settle(double threshold, int maxSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        double load = now();
        while (load > threshold && System.nanoTime() < deadline) {
            Thread.sleep(30_000);
            load = now();
        }
        return load;
    }
}
