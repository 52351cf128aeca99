// SPDX-License-Identifier: Apache-2.0
package org.meridian.web.fetch;

import java.time.Duration;

/**
 * How long and how much one fetch may take.
 *
 * @param connect to open a connection
 * @param total for the whole exchange, redirects and body included
 * @param maxBytes of the body
 * @param maxRedirects followed, each checked like the first URL
 */
public record FetchLimits(Duration connect, Duration total, long maxBytes, int maxRedirects) {

    /** TAP uploads by URL: the upload size limit applies on top. */
    public static final FetchLimits UPLOADS =
            new FetchLimits(Duration.ofSeconds(10), Duration.ofMinutes(2), 1L << 30, 5);
}
