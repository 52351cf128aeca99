// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Expands a cadence into one request per visible window (valhalla's expand_cadence_request, docs/lco-observing.md). */
public final class Cadence {
    static final double MINIMUM_HOURS = 0.02;

    /** Cadence parameters; period and jitter in hours. */
    public record Spec(Instant start, Instant end, double periodHours, double jitterHours) {
        public Spec {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("cadence end must be after its start");
            }
            if (periodHours < MINIMUM_HOURS || jitterHours < MINIMUM_HOURS) {
                throw new IllegalArgumentException("cadence period and jitter must be >= 0.02 hours");
            }
        }
    }

    private final Visibility visibility;
    private final RequestDuration durations;

    public Cadence(TelescopeNetwork network) {
        this.visibility = new Visibility(network);
        this.durations = new RequestDuration(network);
    }

    /**
     * Copies of {@code request}, one window each, for every cadence step whose window holds an
     * observable interval at least as long as the request. Windows ending by {@code now} are dropped.
     */
    public List<Request> expand(Request request, Spec cadence, Instant now) {
        Duration halfJitter = Duration.ofMillis(Math.round(cadence.jitterHours() * 1_800_000));
        Duration period = Duration.ofMillis(Math.round(cadence.periodHours() * 3_600_000));
        long duration = durations.seconds(request);
        List<Request> out = new ArrayList<>();
        for (Instant t = cadence.start(); t.isBefore(cadence.end()); t = t.plus(period)) {
            Window w = new Window(
                    Intervals.max(t.minus(halfJitter), cadence.start()),
                    Intervals.min(t.plus(halfJitter), cadence.end()));
            Request candidate = request.withWindows(List.of(w));
            if (w.end().isAfter(now) && visibility.largestInterval(candidate).getSeconds() >= duration) {
                out.add(candidate);
            }
        }
        return out;
    }
}
