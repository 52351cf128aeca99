// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.scheduling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.meridian.core.observing.Site;
import org.meridian.core.observing.Telescope;
import org.meridian.core.observing.TelescopeNetwork;

/**
 * The simulated network's "Available For Scheduling Reason" series: each telescope-hour is
 * available, closed by weather, or (rarely) faulted, drawn from a generator seeded by the
 * telescope and hour so every run of the demo sees the same sky. Written as
 * telescope_state_event rows, extending each telescope's series up to now.
 */
final class TelescopeWeather {
    static final String AVAILABLE = "AVAILABLE";
    static final String WEATHER = "NOT_OK_TO_OPEN";
    static final String ENCLOSURE = "ENCLOSURE_INTERLOCK";
    private static final Duration BACKFILL = Duration.ofDays(2);

    private final TelescopeNetwork network;

    TelescopeWeather(TelescopeNetwork network) {
        this.network = network;
    }

    /** Extends every telescope's series to the hour containing {@code now}. */
    void extend(Connection c, Instant now) throws SQLException {
        Instant until = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        for (Site site : network.sites()) {
            for (Telescope t : site.telescopes()) {
                String name = site.code() + "." + t.enclosure() + "." + t.code();
                Instant from = lastEnd(c, name).orElse(now.minus(BACKFILL).truncatedTo(ChronoUnit.HOURS));
                for (Instant h = from; h.isBefore(until); h = h.plus(Duration.ofHours(1))) {
                    append(c, name, state(name, h), h, h.plus(Duration.ofHours(1)));
                }
            }
        }
    }

    /** {type, reason} of one telescope-hour. */
    static String[] state(String telescope, Instant hour) {
        SplittableRandom random =
                new SplittableRandom(telescope.hashCode() * 1_000_003L + hour.getEpochSecond() / 3600);
        double roll = random.nextDouble();
        if (roll < 0.12) {
            return new String[] {WEATHER, "Weather: Humidity too high"};
        }
        if (roll < 0.14) {
            return new String[] {ENCLOSURE, "Enclosure: Enclosure interlock active"};
        }
        return new String[] {AVAILABLE, "Available for scheduling"};
    }

    /** Whether the telescope was available for the whole of [start, end). */
    static boolean availableThroughout(Connection c, String telescope, Instant start, Instant end) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from telescope_state_event where telescope = ?"
                + " and start < ? and \"end\" > ? and event_type <> 'AVAILABLE'")) {
            s.setString(1, telescope);
            s.setTimestamp(2, Timestamp.from(end));
            s.setTimestamp(3, Timestamp.from(start));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) == 0;
            }
        }
    }

    private static java.util.Optional<Instant> lastEnd(Connection c, String telescope) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("select max(\"end\") from telescope_state_event where telescope = ?")) {
            s.setString(1, telescope);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Timestamp t = r.getTimestamp(1);
                return t == null ? java.util.Optional.empty() : java.util.Optional.of(t.toInstant());
            }
        }
    }

    /** Extends the last event when the state is unchanged, else starts a new one. */
    private static void append(Connection c, String telescope, String[] state, Instant start, Instant end)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update telescope_state_event set \"end\" = ? where id ="
                + " (select id from telescope_state_event where telescope = ? order by \"end\" desc limit 1)"
                + " and event_type = ? and event_reason = ? and \"end\" = ?")) {
            s.setTimestamp(1, Timestamp.from(end));
            s.setString(2, telescope);
            s.setString(3, state[0]);
            s.setString(4, state[1]);
            s.setTimestamp(5, Timestamp.from(start));
            if (s.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement s = c.prepareStatement("insert into telescope_state_event (telescope, event_type,"
                + " event_reason, start, \"end\") values (?, ?, ?, ?, ?)")) {
            s.setString(1, telescope);
            s.setString(2, state[0]);
            s.setString(3, state[1]);
            s.setTimestamp(4, Timestamp.from(start));
            s.setTimestamp(5, Timestamp.from(end));
            s.executeUpdate();
        }
    }
}
