// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.requests;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.meridian.core.observing.RequestState;
import org.meridian.core.observing.UserRequest;

/**
 * Requests submitted together under one operator (the current portal's RequestGroup, valhalla's
 * UserRequest). {@code id}, {@code created} and {@code modified} are null until stored.
 */
public record RequestGroup(
        Long id,
        String name,
        String proposal,
        Submitter submitter,
        ObservationType observationType,
        UserRequest.Operator operator,
        double ippValue,
        RequestState state,
        Instant created,
        Instant modified,
        List<ObservationRequest> requests) {

    /** Who submitted: the account (null once deleted) and the name shown. */
    public record Submitter(Long accountId, String username) {}

    /**
     * The current portal's observation types; valhalla's TARGET_OF_OPPORTUNITY is RAPID_RESPONSE.
     * Each draws on its own part of a time allocation.
     */
    public enum ObservationType {
        NORMAL,
        RAPID_RESPONSE,
        TIME_CRITICAL;

        /** The name valhalla's API shows (it has no TIME_CRITICAL; that one keeps its name). */
        public String valhallaName() {
            return this == RAPID_RESPONSE ? "TARGET_OF_OPPORTUNITY" : name();
        }

        public static ObservationType parse(String name) {
            return "TARGET_OF_OPPORTUNITY".equals(name) ? RAPID_RESPONSE : valueOf(name);
        }
    }

    public RequestGroup {
        Objects.requireNonNull(operator, "operator is required");
        Objects.requireNonNull(observationType, "observation_type is required");
        requests = List.copyOf(requests);
        state = state == null ? RequestState.PENDING : state;
        name = name == null ? "" : name;
    }

    public RequestGroup withRequests(List<ObservationRequest> newRequests) {
        return new RequestGroup(
                id,
                name,
                proposal,
                submitter,
                observationType,
                operator,
                ippValue,
                state,
                created,
                modified,
                newRequests);
    }
}
