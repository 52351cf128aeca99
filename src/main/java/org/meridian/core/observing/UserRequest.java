// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.util.List;
import java.util.Objects;

/**
 * A named group of scheduling views bound by an operator (valhalla's UserRequest), for the pure
 * state rules ({@link StateAggregation}). What is stored and served is the portal's model,
 * {@link org.meridian.core.observing.requests.RequestGroup}; its operators are these.
 */
public record UserRequest(
        String proposal,
        String groupId,
        Operator operator,
        double ippValue,
        ObservationType observationType,
        RequestState state,
        List<Request> requests) {

    public enum Operator {
        SINGLE,
        MANY,
        AND,
        ONEOF
    }

    public enum ObservationType {
        NORMAL,
        TARGET_OF_OPPORTUNITY
    }

    public UserRequest {
        Objects.requireNonNull(operator, "operator is required");
        if (groupId != null && groupId.length() > 50) {
            throw new IllegalArgumentException("group_id must be at most 50 characters");
        }
        if (ippValue < 0.5) {
            throw new IllegalArgumentException("ipp_value must be >= 0.5");
        }
        requests = requests == null ? List.of() : List.copyOf(requests);
        if (operator == Operator.SINGLE && requests.size() != 1) {
            throw new IllegalArgumentException("When operator is SINGLE, you must specify exactly 1 request");
        }
        if (operator != Operator.SINGLE && requests.size() < 2) {
            throw new IllegalArgumentException(
                    "When operator is " + operator + ", you must specify more than 1 request");
        }
        observationType = observationType == null ? ObservationType.NORMAL : observationType;
        state = state == null ? RequestState.PENDING : state;
    }
}
