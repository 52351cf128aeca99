// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

/** A request about a job that cannot be honoured; the kind decides the protocol's status code. */
public final class JobRequestException extends Exception {

    public enum Kind {
        /** No such job (or it was destroyed). */
        NOT_FOUND,
        /** The job belongs to someone else. */
        FORBIDDEN,
        /** The job's phase does not allow this now (e.g. changing parameters of a running job). */
        WRONG_PHASE,
        /** The request itself is malformed. */
        BAD_REQUEST
    }

    private final Kind kind;

    public JobRequestException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
