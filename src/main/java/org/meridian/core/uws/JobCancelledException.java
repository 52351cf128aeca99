// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

/** A job stopped because it was told to (abort, timeout, deletion, shutdown). */
public final class JobCancelledException extends Exception {

    private final CancellationToken.Reason reason;

    public JobCancelledException(CancellationToken.Reason reason) {
        super("job cancelled: " + reason);
        this.reason = reason;
    }

    public CancellationToken.Reason reason() {
        return reason;
    }
}
