// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.scheduling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.meridian.core.observing.Interval;
import org.meridian.core.observing.Intervals;
import org.meridian.core.observing.Request;
import org.meridian.core.observing.TelescopeNetwork;
import org.meridian.core.observing.Visibility;
import org.meridian.core.observing.Window;
import org.meridian.core.observing.requests.RequestRepository;
import org.meridian.core.observing.requests.RequestStates;
import org.meridian.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process scheduler of the simulated network. Each pass: extends the telescopes' state
 * series, expires requests whose windows have passed, finishes blocks that have ended (observed
 * when the telescope stayed available, failed otherwise), and places PENDING requests into the
 * first visible stretch of a free telescope within the planning horizon.
 */
public final class Scheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    static final Duration HORIZON = Duration.ofDays(2);

    private final Database db;
    private final Visibility visibility;
    private final TelescopeWeather weather;
    private final BlockCompletion completion;
    private final ScheduledExecutorService loop;

    public Scheduler(Database db, TelescopeNetwork network, FrameSink sink) {
        this.db = db;
        this.visibility = new Visibility(network);
        this.weather = new TelescopeWeather(network);
        this.completion = new BlockCompletion(sink);
        this.loop = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("lco-scheduler").daemon(true).factory());
    }

    /** Starts a scheduler that runs a pass every {@code period} on the wall clock. */
    public static Scheduler start(Database db, TelescopeNetwork network, FrameSink sink, Clock clock, Duration period) {
        Scheduler s = new Scheduler(db, network, sink);
        s.loop.scheduleWithFixedDelay(() -> s.safePass(clock.instant()), 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return s;
    }

    private void safePass(Instant now) {
        try {
            runOnce(now);
        } catch (SQLException | RuntimeException e) {
            // one bad pass must not stop the loop; the next pass retries
            LOG.warn("scheduler pass failed: {}", e.toString());
        }
    }

    /** One pass at {@code now}; returns how many blocks were placed. */
    public int runOnce(Instant now) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                weather.extend(c, now);
                RequestStates.expire(c, now);
                completion.finishEnded(c, now);
                int placed = place(c, now);
                c.commit();
                return placed;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private int place(Connection c, Instant now) throws SQLException {
        int placed = 0;
        for (long id : RequestRepository.pendingForScheduling(c)) {
            Optional<StoredRequests.Stored> stored = StoredRequests.load(c, id);
            if (stored.isEmpty()) continue;
            Optional<Slot> slot = firstSlot(c, stored.get(), now);
            if (slot.isPresent()) {
                insertBlock(c, id, slot.get());
                RequestStates.scheduled(c, id, now);
                placed++;
            }
        }
        return placed;
    }

    record Slot(String telescope, Instant start, Instant end) {}

    /** The earliest stretch within the horizon where every configuration is visible, on a free telescope. */
    private Optional<Slot> firstSlot(Connection c, StoredRequests.Stored stored, Instant now) throws SQLException {
        Request r = stored.request();
        Instant until = now.plus(HORIZON);
        List<Window> clipped = new ArrayList<>();
        for (Window w : r.windows()) {
            Instant start = Intervals.max(w.start(), now);
            Instant end = Intervals.min(w.end(), until);
            if (start.isBefore(end)) clipped.add(new Window(start, end));
        }
        if (clipped.isEmpty()) return Optional.empty();
        Request near = r.withWindows(clipped);
        Duration length = Duration.ofSeconds(stored.durationSecs());
        Slot best = null;
        // every configuration's target must be observable: the intersection of their intervals
        Map<String, List<Interval>> bySite = visibility.forAll(
                stored.views().stream().map(v -> v.withWindows(clipped)).toList());
        for (Visibility.Placement p : visibility.placements(near)) {
            String telescope = p.site().code() + "." + p.telescope().enclosure() + "."
                    + p.telescope().code();
            for (Interval i : bySite.getOrDefault(p.site().code(), List.of())) {
                Instant start = afterBusy(c, telescope, i.start(), length);
                if (!start.plus(length).isAfter(i.end()) && (best == null || start.isBefore(best.start()))) {
                    best = new Slot(telescope, start, start.plus(length));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first start at or after {@code from} where [start, start+length) meets no other block. */
    private static Instant afterBusy(Connection c, String telescope, Instant from, Duration length)
            throws SQLException {
        Instant start = from;
        while (true) {
            try (PreparedStatement s = c.prepareStatement("select max(\"end\") from scheduled_block where telescope = ?"
                    + " and state in ('SCHEDULED', 'COMPLETED') and start < ? and \"end\" > ?")) {
                s.setString(1, telescope);
                s.setTimestamp(2, Timestamp.from(start.plus(length)));
                s.setTimestamp(3, Timestamp.from(start));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    Timestamp busyUntil = r.getTimestamp(1);
                    if (busyUntil == null) return start;
                    start = busyUntil.toInstant();
                }
            }
        }
    }

    private static void insertBlock(Connection c, long requestId, Slot slot) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "insert into scheduled_block (request_id, telescope, start, \"end\") values (?, ?, ?, ?)")) {
            s.setLong(1, requestId);
            s.setString(2, slot.telescope());
            s.setTimestamp(3, Timestamp.from(slot.start()));
            s.setTimestamp(4, Timestamp.from(slot.end()));
            s.executeUpdate();
        }
    }

    @Override
    public void close() {
        loop.shutdownNow();
    }
}
