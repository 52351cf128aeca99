// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhaseTest {

    @Test
    void aJobRunsFromPendingThroughTheQueueToAnEnd() {
        assertThat(Phase.PENDING.canMoveTo(Phase.QUEUED)).isTrue();
        assertThat(Phase.QUEUED.canMoveTo(Phase.EXECUTING)).isTrue();
        assertThat(Phase.EXECUTING.successors()).contains(Phase.COMPLETED, Phase.ERROR, Phase.ABORTED);
    }

    @Test
    void settledJobsOnlyArchive() {
        for (Phase end : new Phase[] {Phase.COMPLETED, Phase.ERROR, Phase.ABORTED}) {
            assertThat(end.successors()).containsExactly(Phase.ARCHIVED);
            assertThat(end.isFinal()).isTrue();
            assertThat(end.isActive()).isFalse();
        }
        assertThat(Phase.ARCHIVED.successors()).isEmpty();
    }

    @Test
    void noShortcutsPastTheQueue() {
        assertThat(Phase.PENDING.canMoveTo(Phase.EXECUTING)).isFalse();
        assertThat(Phase.PENDING.canMoveTo(Phase.COMPLETED)).isFalse();
        assertThat(Phase.COMPLETED.canMoveTo(Phase.EXECUTING)).isFalse();
    }

    @Test
    void onlyPendingQueuedAndExecutingBlockAWait() {
        assertThat(Phase.values())
                .filteredOn(Phase::isActive)
                .containsExactlyInAnyOrder(Phase.PENDING, Phase.QUEUED, Phase.EXECUTING);
    }

    @Test
    void abortReachesEveryUnsettledPhase() {
        for (Phase p : Phase.abortable()) {
            assertThat(p.canMoveTo(Phase.ABORTED)).as(p.name()).isTrue();
        }
    }

    @Test
    void namesParseCaseInsensitively() {
        assertThat(Phase.parse("executing")).contains(Phase.EXECUTING);
        assertThat(Phase.parse(" Completed ")).contains(Phase.COMPLETED);
        assertThat(Phase.parse("RUN")).isEmpty();
        assertThat(Phase.parse(null)).isEmpty();
    }
}
