// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

/**
 * A job failed for a reason its submitter should read (a bad query, an unsupported format): the
 * message becomes the UWS error summary verbatim.
 */
public sealed class JobFailedException extends Exception permits JobRetryException {

    public JobFailedException(String message) {
        super(message);
    }

    public JobFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
