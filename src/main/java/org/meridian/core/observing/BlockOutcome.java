// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.time.Instant;
import java.util.List;

/** A Request's state from its telescope blocks (valhalla's state_changes, docs/lco-observing.md "States"). */
public final class BlockOutcome {

    /** One molecule of a block: planned and completed exposures. */
    public record BlockMolecule(
            double exposureTime, int exposureCount, int completedExposures, boolean completed, boolean failed) {}

    public record Block(Instant start, Instant end, boolean canceled, List<BlockMolecule> molecules) {
        public double completionPercent() {
            double planned = 0;
            double done = 0;
            for (BlockMolecule m : molecules) {
                planned += m.exposureTime() * m.exposureCount();
                done += m.exposureTime() * (m.completed() ? m.exposureCount() : m.completedExposures());
            }
            return planned == 0 ? 100.0 : done / planned * 100.0;
        }

        boolean activeAt(Instant now) {
            return !canceled
                    && molecules.stream().noneMatch(BlockMolecule::failed)
                    && start.isBefore(now)
                    && now.isBefore(end);
        }
    }

    /** A request state and whether the blocks count as a failure (fail_count + 1). */
    public record Outcome(RequestState state, boolean failed) {}

    private BlockOutcome() {}

    public static Outcome evaluate(Request request, List<Block> blocks, Instant lastWindowEnd, Instant now) {
        boolean complete = blocks.stream()
                .anyMatch(b -> b.completionPercent() >= request.acceptabilityThreshold()
                        || Math.abs(b.completionPercent() - request.acceptabilityThreshold()) < 1e-9);
        RequestState state = request.state();
        boolean failed = false;
        if (complete) {
            state = RequestState.COMPLETED;
        } else if (blocks.stream().noneMatch(b -> b.activeAt(now) || b.start().isAfter(now))) {
            failed = true;
            state = RequestState.PENDING;
        }
        if (!state.terminal() && lastWindowEnd.isBefore(now)) {
            state = RequestState.WINDOW_EXPIRED;
        }
        return new Outcome(state, failed);
    }
}
