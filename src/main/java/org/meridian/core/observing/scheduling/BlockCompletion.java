// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.scheduling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meridian.core.observing.BlockOutcome;
import org.meridian.core.observing.Molecule;
import org.meridian.core.observing.RequestState;
import org.meridian.core.observing.requests.RequestStates;
import org.meridian.store.Rows;
import org.meridian.store.SqlFragment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes blocks whose time has passed: a telescope that stayed available observed every exposure
 * (the frames go to the FrameSink and the time is charged to the allocation); a closure fails the
 * block. The request's new state comes from the core's BlockOutcome rules.
 */
final class BlockCompletion {
    private static final Logger LOG = LoggerFactory.getLogger(BlockCompletion.class);

    private record Ended(long id, long requestId, String telescope, Instant start, Instant end) {}

    private final FrameSink sink;

    BlockCompletion(FrameSink sink) {
        this.sink = sink;
    }

    void finishEnded(Connection c, Instant now) throws SQLException {
        List<Ended> ended = Rows.list(
                c,
                SqlFragment.of(
                        "select id, request_id, telescope, start, \"end\" from scheduled_block"
                                + " where state = 'SCHEDULED' and \"end\" <= ? order by \"end\"",
                        Timestamp.from(now)),
                r -> new Ended(
                        r.getLong(1),
                        r.getLong(2),
                        r.getString(3),
                        r.getTimestamp(4).toInstant(),
                        r.getTimestamp(5).toInstant()));
        for (Ended b : ended) {
            finish(c, b, now);
        }
    }

    private void finish(Connection c, Ended b, Instant now) throws SQLException {
        Optional<StoredRequests.Stored> stored = StoredRequests.load(c, b.requestId());
        if (stored.isEmpty()) return;
        StoredRequests.Stored req = stored.get();
        boolean observed = TelescopeWeather.availableThroughout(c, b.telescope(), b.start(), b.end());
        List<Molecule> molecules = req.request().molecules();
        int exposures = molecules.stream().mapToInt(Molecule::exposureCount).sum();
        setBlock(
                c,
                b.id(),
                observed ? "COMPLETED" : "FAILED",
                observed ? exposures : 0,
                observed ? "" : "Telescope closed during the block");
        chargeTime(c, req, b);
        List<BlockOutcome.BlockMolecule> done = molecules.stream()
                .map(m -> new BlockOutcome.BlockMolecule(
                        m.exposureTime(), m.exposureCount(), observed ? m.exposureCount() : 0, observed, !observed))
                .toList();
        Instant lastWindowEnd = req.request().windows().stream()
                .map(w -> w.end())
                .max(Instant::compareTo)
                .orElse(now);
        BlockOutcome.Outcome outcome = BlockOutcome.evaluate(
                req.request(), List.of(new BlockOutcome.Block(b.start(), b.end(), false, done)), lastWindowEnd, now);
        if (outcome.state() == RequestState.COMPLETED) {
            RequestStates.change(c, b.requestId(), RequestState.COMPLETED, now);
            deliver(req, b);
        } else if (outcome.state() == RequestState.WINDOW_EXPIRED) {
            RequestStates.change(c, b.requestId(), RequestState.WINDOW_EXPIRED, now);
        } else if (outcome.failed()) {
            RequestStates.fail(c, b.requestId(), now);
        }
    }

    private void deliver(StoredRequests.Stored req, Ended b) {
        List<CompletedBlock.Exposure> exposures = req.request().molecules().stream()
                .map(m -> new CompletedBlock.Exposure(
                        m.type(), m.filter(), m.exposureTime(), m.exposureCount(), m.binX() == null ? 1 : m.binX()))
                .toList();
        try {
            sink.accept(new CompletedBlock(
                    b.id(),
                    req.id(),
                    req.userRequestId(),
                    req.proposal(),
                    req.groupId(),
                    req.submitter(),
                    b.telescope(),
                    req.request().instrumentName(),
                    req.targetName(),
                    req.ra(),
                    req.dec(),
                    b.start(),
                    b.end(),
                    exposures));
        } catch (Exception e) {
            // the observation stands even if its frames could not be written; the log says why
            LOG.warn("frames of block {} were not delivered: {}", b.id(), e.toString());
        }
    }

    /**
     * Attempted hours are charged to the part of the request's allocation its group's observation
     * type draws on: std for NORMAL, rr for RAPID_RESPONSE, tc for TIME_CRITICAL.
     */
    private static void chargeTime(Connection c, StoredRequests.Stored req, Ended b) throws SQLException {
        double hours = java.time.Duration.between(b.start(), b.end()).toMillis() / 3_600_000.0;
        String column =
                switch (req.observationType()) {
                    case NORMAL -> "std_time_used";
                    case RAPID_RESPONSE -> "rr_time_used";
                    case TIME_CRITICAL -> "tc_time_used";
                };
        try (PreparedStatement s = c.prepareStatement("update time_allocation ta set " + column + " = " + column
                + " + ? from semester sem where ? >= sem.start and ? <= sem.\"end\""
                + " and ta.program_id = ? and ta.semester_id = sem.id and ta.telescope_class = ?"
                + " and (upper(ta.instrument_type) = upper(?) or ta.instrument_type = '')")) {
            s.setDouble(1, hours);
            s.setTimestamp(2, Timestamp.from(b.start()));
            s.setTimestamp(3, Timestamp.from(b.start()));
            s.setString(4, req.proposal());
            s.setString(5, req.request().location().telescopeClass());
            s.setString(6, req.request().instrumentName());
            s.executeUpdate();
        }
    }

    private static void setBlock(Connection c, long id, String state, int completed, String reason)
            throws SQLException {
        Rows.update(
                c,
                SqlFragment.of(
                        "update scheduled_block set state = ?, completed_exposures = ?, reason = ? where id = ?",
                        state,
                        completed,
                        reason,
                        id));
    }
}
