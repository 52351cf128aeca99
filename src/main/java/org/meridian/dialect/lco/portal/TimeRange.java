// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import org.meridian.web.DjangoTime;

/**
 * The {@code start} and {@code end} query parameters of the telescope state endpoints, at most
 * {@link #MAX_SPAN} apart. The work grows with the span (every night of it, at every site, for
 * availability): ten years took 220 s of a core, so a century (start=2000-01-01&amp;end=2100-01-01)
 * kept one busy for most of an hour, long after the client had given up. LCO documents no limit here; a year is what its
 * archive allows for a range (frames/aggregate, 365 days), and covers the plots the portal draws.
 */
record TimeRange(Instant start, Instant end) {

    static final Duration MAX_SPAN = Duration.ofDays(365);

    /** The range asked for, each end defaulting as given; a field error when unreadable or too long. */
    static TimeRange read(Context ctx, Instant defaultStart, Instant defaultEnd) {
        TimeRange range = new TimeRange(time(ctx, "start", defaultStart), time(ctx, "end", defaultEnd));
        if (Duration.between(range.start(), range.end()).compareTo(MAX_SPAN) > 0) {
            throw new PortalError(
                    400,
                    new DrfErrors()
                            .add("end", "The range from start to end may span at most " + MAX_SPAN.toDays() + " days.")
                            .toJson());
        }
        return range;
    }

    private static Instant time(Context ctx, String name, Instant fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        return DjangoTime.parse(v)
                .orElseThrow(() -> new PortalError(
                        400,
                        new DrfErrors().add(name, "Enter a valid date/time.").toJson()));
    }
}
