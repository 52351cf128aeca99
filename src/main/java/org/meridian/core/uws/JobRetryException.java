// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.time.Duration;

/**
 * The job could not start for a passing reason (the service is running its maximum of queries):
 * the worker puts it back in the queue, QUEUED, to be claimed again after {@code after}, instead of
 * failing it.
 */
public final class JobRetryException extends JobFailedException {

    private final Duration after;

    public JobRetryException(String message, Duration after) {
        super(message);
        this.after = after;
    }

    public Duration after() {
        return after;
    }
}
