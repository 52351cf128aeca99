// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meridian.core.observing.RequestState.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateMachineTest {

    @Test
    void transitionsFollowValhalla() {
        assertThat(PENDING.next()).containsExactlyInAnyOrder(SCHEDULED, COMPLETED, WINDOW_EXPIRED, CANCELED);
        assertThat(SCHEDULED.next()).containsExactlyInAnyOrder(PENDING, COMPLETED, WINDOW_EXPIRED, CANCELED);
        assertThat(WINDOW_EXPIRED.next()).containsExactly(COMPLETED);
        assertThat(CANCELED.next()).containsExactly(COMPLETED);
        assertThat(COMPLETED.next()).isEmpty();
        assertThatThrownBy(() -> COMPLETED.transitionTo(PENDING, "request 7"))
                .isInstanceOf(InvalidStateChange.class)
                .hasMessage("Cannot transition from request state COMPLETED to PENDING for request 7");
        assertThat(List.of(COMPLETED, CANCELED, WINDOW_EXPIRED)).allMatch(RequestState::terminal);
    }

    @Test
    void userRequestStateFollowsTheOperatorPriority() {
        List<RequestState> mixed = List.of(COMPLETED, WINDOW_EXPIRED, PENDING);
        assertThat(StateAggregation.derived(UserRequest.Operator.AND, mixed)).contains(WINDOW_EXPIRED);
        assertThat(StateAggregation.derived(UserRequest.Operator.ONEOF, mixed)).contains(COMPLETED);
        assertThat(StateAggregation.derived(UserRequest.Operator.MANY, mixed)).contains(PENDING);
        assertThat(StateAggregation.derived(UserRequest.Operator.MANY, List.of(SCHEDULED)))
                .isEmpty();
    }

    @Test
    void aggregateAppliesOnlyAllowedTransitionsAndCascadeFollows() {
        Request done = Fixtures.cadenceRequest().withState(COMPLETED);
        Request open = Fixtures.cadenceRequest();
        UserRequest ur = new UserRequest("p", "g", UserRequest.Operator.ONEOF, 1.0, null, PENDING, List.of(done, open));
        assertThat(StateAggregation.aggregate(ur).state()).isEqualTo(COMPLETED);
        UserRequest canceled = StateAggregation.cascade(
                new UserRequest("p", "g", UserRequest.Operator.MANY, 1.0, null, PENDING, List.of(done, open)),
                CANCELED);
        assertThat(canceled.state()).isEqualTo(CANCELED);
        assertThat(canceled.requests()).extracting(Request::state).containsExactly(COMPLETED, CANCELED);
    }

    @Test
    void blocksDecideCompletionFailureAndExpiry() {
        Instant now = Instant.parse("2016-09-02T00:00:00Z");
        Request r = Fixtures.cadenceRequest();
        var past = new BlockOutcome.Block(
                now.minusSeconds(7200),
                now.minusSeconds(3600),
                false,
                List.of(new BlockOutcome.BlockMolecule(10, 10, 9, false, false)));
        assertThat(BlockOutcome.evaluate(r, List.of(past), now.plusSeconds(86400), now))
                .isEqualTo(new BlockOutcome.Outcome(COMPLETED, false));
        var partial = new BlockOutcome.Block(
                now.minusSeconds(7200),
                now.minusSeconds(3600),
                false,
                List.of(new BlockOutcome.BlockMolecule(10, 10, 3, false, true)));
        assertThat(BlockOutcome.evaluate(r, List.of(partial), now.plusSeconds(86400), now))
                .isEqualTo(new BlockOutcome.Outcome(PENDING, true));
        assertThat(BlockOutcome.evaluate(r, List.of(partial), now.minusSeconds(1), now)
                        .state())
                .isEqualTo(WINDOW_EXPIRED);
    }
}
