// SPDX-License-Identifier: Apache-2.0
package org.meridian.web.fetch;

import java.io.IOException;

/**
 * A URL the server would not or could not fetch. There are only two messages, and neither says
 * anything about the target: whether its port is closed, filtered or open, whether it answered
 * 404 or redirected elsewhere, is nobody's business but the operator's (the cause is kept for logs).
 */
public final class FetchException extends IOException {

    /** The URL itself is refused: not http(s), credentials in it, or a host not on the allow-list. */
    public static final String REFUSED =
            "this service does not fetch from that URL (only http and https, from the hosts its operator allows)";

    /** Everything that can go wrong once a URL is allowed. */
    public static final String FAILED = "the URL could not be fetched";

    private FetchException(String message, Throwable cause) {
        super(message, cause);
    }

    static FetchException refused() {
        return new FetchException(REFUSED, null);
    }

    static FetchException failed(Throwable cause) {
        return new FetchException(FAILED, cause);
    }
}
