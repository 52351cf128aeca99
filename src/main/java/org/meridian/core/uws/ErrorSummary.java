// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

/** Why a job ended in ERROR, as UWS's {@code errorSummary} reports it. */
public record ErrorSummary(String message, Type type) {

    public enum Type {
        /** Might succeed if retried (the server restarted, a resource was busy). */
        TRANSIENT,
        /** Will fail again as submitted (bad query, timeout). */
        FATAL
    }

    public ErrorSummary {
        message = message == null || message.isBlank() ? "the job failed" : message;
    }

    public static ErrorSummary fatal(String message) {
        return new ErrorSummary(message, Type.FATAL);
    }

    public static ErrorSummary transientError(String message) {
        return new ErrorSummary(message, Type.TRANSIENT);
    }
}
