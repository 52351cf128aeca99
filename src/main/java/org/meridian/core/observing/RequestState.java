// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.util.EnumSet;
import java.util.Set;

/** States of a Request or UserRequest and valhalla's allowed transitions (docs/lco-observing.md). */
public enum RequestState {
    PENDING,
    SCHEDULED,
    COMPLETED,
    WINDOW_EXPIRED,
    CANCELED;

    /** Thrown for a transition valhalla refuses, with its message. */
    public static final class InvalidStateChange extends RuntimeException {
        public InvalidStateChange(String message) {
            super(message);
        }
    }

    public boolean terminal() {
        return this == COMPLETED || this == CANCELED || this == WINDOW_EXPIRED;
    }

    /** States reachable from this one. FAILED is not a state: it returns a request to PENDING. */
    public Set<RequestState> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(SCHEDULED, COMPLETED, WINDOW_EXPIRED, CANCELED);
            case SCHEDULED -> EnumSet.of(PENDING, COMPLETED, WINDOW_EXPIRED, CANCELED);
            case WINDOW_EXPIRED, CANCELED -> EnumSet.of(COMPLETED);
            case COMPLETED -> EnumSet.noneOf(RequestState.class);
        };
    }

    public boolean canBecome(RequestState target) {
        return next().contains(target);
    }

    /** The new state, or InvalidStateChange naming {@code what}. */
    public RequestState transitionTo(RequestState target, String what) {
        if (!canBecome(target)) {
            throw new InvalidStateChange(
                    "Cannot transition from request state " + this + " to " + target + " for " + what);
        }
        return target;
    }
}
