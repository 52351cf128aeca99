// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A one-line progress bar with rate and ETA on a terminal; on a pipe or in CI (no console) it
 * prints a plain line every 10% instead of redrawing.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final String unit;
    private final boolean interactive;
    private final long startNanos = System.nanoTime();
    private long total;
    private long lastDrawNanos;
    private int lastDecile = -1;

    public ProgressBar(PrintStream out, String label, String unit) {
        this.out = out;
        this.label = label;
        this.unit = unit;
        this.interactive = System.console() != null && System.getenv("CI") == null;
    }

    public synchronized void total(long total) {
        this.total = total;
    }

    /** Shows {@code done} of the total; cheap to call often (redraws at most 10 times a second). */
    public synchronized void update(long done, String detail) {
        long now = System.nanoTime();
        double fraction = total > 0 ? Math.min(1.0, (double) done / total) : 0;
        if (interactive) {
            if (now - lastDrawNanos < 100_000_000L && done < total) {
                return;
            }
            lastDrawNanos = now;
            out.print("\r" + line(done, fraction, now, detail) + "\u001b[K");
            out.flush();
        } else {
            int decile = (int) (fraction * 10);
            if (decile != lastDecile) {
                lastDecile = decile;
                out.println(line(done, fraction, now, detail));
            }
        }
    }

    public synchronized void finish(String summary) {
        if (interactive) {
            out.print("\r\u001b[K");
        }
        out.println(label + ": " + summary);
    }

    private String line(long done, double fraction, long now, String detail) {
        double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
        double rate = done / seconds;
        int filled = (int) Math.round(fraction * WIDTH);
        String eta = rate > 0 && total > done ? format(Duration.ofSeconds((long) ((total - done) / rate))) : "0:00";
        return String.format(
                "%s [%s%s] %3.0f%% %d/%d %s  %.1f %s/s  ETA %s%s",
                label,
                "#".repeat(filled),
                " ".repeat(WIDTH - filled),
                fraction * 100,
                done,
                total,
                unit,
                rate,
                unit,
                eta,
                detail == null || detail.isEmpty() ? "" : "  " + detail);
    }

    private static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600
                ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
