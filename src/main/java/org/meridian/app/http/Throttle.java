// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets, one per key (an address or a credential): each request takes a token; tokens come
 * back at the limit's rate up to its burst. When none is left the request is throttled, and the
 * answer says when the next token comes, as DRF's throttles do.
 */
final class Throttle {

    private static final int TIDY_ABOVE = 50_000;

    private final RateLimit limit;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    Throttle(RateLimit limit, LongSupplier nanoTime) {
        this.limit = limit;
        this.nanoTime = nanoTime;
    }

    /** 0 when {@code key} may go on now, else the whole seconds until it may. */
    long secondsToWait(String key) {
        if (limit.off()) {
            return 0;
        }
        if (buckets.size() > TIDY_ABOVE) {
            tidy();
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(limit.burst(), nanoTime.getAsLong()))
                .take(limit, nanoTime.getAsLong());
    }

    /** Forgets the buckets that are full again: their clients have been quiet long enough. */
    private void tidy() {
        long now = nanoTime.getAsLong();
        buckets.values().removeIf(b -> b.full(limit, now));
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        synchronized long take(RateLimit limit, long now) {
            refill(limit, now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / limit.perSecond());
        }

        synchronized boolean full(RateLimit limit, long now) {
            refill(limit, now);
            return tokens >= limit.burst();
        }

        private void refill(RateLimit limit, long now) {
            tokens = Math.min(limit.burst(), tokens + (now - at) / 1e9 * limit.perSecond());
            at = now;
        }
    }
}
