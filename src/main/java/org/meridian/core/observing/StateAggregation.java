// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import static org.meridian.core.observing.RequestState.CANCELED;
import static org.meridian.core.observing.RequestState.COMPLETED;
import static org.meridian.core.observing.RequestState.PENDING;
import static org.meridian.core.observing.RequestState.WINDOW_EXPIRED;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Derives a UserRequest's state from its Requests', and cascades it back (docs/lco-observing.md). */
public final class StateAggregation {
    private StateAggregation() {}

    /** The first state of the operator's priority list that any child has. SCHEDULED never counts. */
    public static Optional<RequestState> derived(UserRequest.Operator operator, Collection<RequestState> children) {
        return priority(operator).stream().filter(children::contains).findFirst();
    }

    static List<RequestState> priority(UserRequest.Operator operator) {
        return switch (operator) {
            case AND, SINGLE -> List.of(WINDOW_EXPIRED, PENDING, COMPLETED, CANCELED);
            case ONEOF -> List.of(COMPLETED, PENDING, WINDOW_EXPIRED, CANCELED);
            case MANY -> List.of(PENDING, COMPLETED, WINDOW_EXPIRED, CANCELED);
        };
    }

    /** The UserRequest after re-aggregation; the derived state applies only if the transition is allowed. */
    public static UserRequest aggregate(UserRequest ur) {
        List<RequestState> states = ur.requests().stream().map(Request::state).toList();
        RequestState next = derived(ur.operator(), states)
                .filter(s -> s != ur.state() && ur.state().canBecome(s))
                .orElse(ur.state());
        return next == ur.state() ? ur : withState(ur, next);
    }

    /** Cancel or expire a UserRequest: its PENDING and SCHEDULED children follow it. */
    public static UserRequest cascade(UserRequest ur, RequestState state) {
        if (state != CANCELED && state != WINDOW_EXPIRED) {
            throw new IllegalArgumentException("only CANCELED or WINDOW_EXPIRED cascade to requests");
        }
        RequestState own = ur.state().transitionTo(state, "userrequest " + ur.groupId());
        List<Request> children = new ArrayList<>();
        for (Request r : ur.requests()) {
            boolean open = r.state() == PENDING || r.state() == RequestState.SCHEDULED;
            children.add(open ? r.withState(state) : r);
        }
        return new UserRequest(
                ur.proposal(), ur.groupId(), ur.operator(), ur.ippValue(), ur.observationType(), own, children);
    }

    private static UserRequest withState(UserRequest ur, RequestState state) {
        return new UserRequest(
                ur.proposal(), ur.groupId(), ur.operator(), ur.ippValue(), ur.observationType(), state, ur.requests());
    }
}
