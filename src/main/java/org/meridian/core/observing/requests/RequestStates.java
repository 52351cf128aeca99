// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.requests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.meridian.core.observing.Ipp;
import org.meridian.core.observing.RequestState;
import org.meridian.core.observing.StateAggregation;
import org.meridian.core.observing.UserRequest;
import org.meridian.store.Rows;
import org.meridian.store.SqlFragment;

/**
 * Persisted state changes (with {@link RequestRepository}, the only code that writes the request tables) of Requests and UserRequests (docs/lco-observing.md) with their IPP credits and
 * debits. Callers pass a connection inside their own transaction.
 */
public final class RequestStates {
    private RequestStates() {}

    /** One Request as state changes need it. */
    record Row(long id, long userRequestId, RequestState state, long durationSecs, double ipp, String proposal) {}

    /** Moves one Request, applying valhalla's IPP rule, then re-aggregates its UserRequest. */
    public static void change(Connection c, long requestId, RequestState to, Instant now) throws SQLException {
        Row row = row(c, requestId);
        RequestState next = row.state().transitionTo(to, "request " + requestId);
        write(c, row, next, now);
        aggregate(c, row.userRequestId(), now);
    }

    /** The scheduler placed a block for the Request: SCHEDULED, and one more scheduling counted. */
    public static void scheduled(Connection c, long requestId, Instant now) throws SQLException {
        change(c, requestId, RequestState.SCHEDULED, now);
        try (PreparedStatement s =
                c.prepareStatement("update request set scheduled_count = scheduled_count + 1 where id = ?")) {
            s.setLong(1, requestId);
            s.executeUpdate();
        }
    }

    /** Cancels a UserRequest; its PENDING and SCHEDULED Requests follow. Throws InvalidStateChange. */
    public static void cancel(Connection c, long userRequestId, Instant now) throws SQLException {
        RequestState current = userRequestState(c, userRequestId);
        current.transitionTo(RequestState.CANCELED, "userrequest " + userRequestId);
        for (Row r : rows(c, userRequestId)) {
            if (r.state() == RequestState.PENDING || r.state() == RequestState.SCHEDULED) {
                write(c, r, RequestState.CANCELED, now);
            }
        }
        try (PreparedStatement s =
                c.prepareStatement("update user_request set state = 'CANCELED', modified = ? where id = ?")) {
            s.setObject(1, java.sql.Timestamp.from(now));
            s.setLong(2, userRequestId);
            s.executeUpdate();
        }
    }

    /** PENDING requests whose last window has ended become WINDOW_EXPIRED; returns how many. */
    public static int expire(Connection c, Instant now) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select r.id from request r where r.state = 'PENDING'"
                + " and (select max(w.\"end\") from \"window\" w where w.request_id = r.id) < ?")) {
            s.setTimestamp(1, java.sql.Timestamp.from(now));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) ids.add(r.getLong(1));
            }
        }
        for (long id : ids) {
            change(c, id, RequestState.WINDOW_EXPIRED, now);
        }
        return ids.size();
    }

    /** FAILED: fail_count + 1 and back to PENDING. */
    public static void fail(Connection c, long requestId, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "update request set fail_count = fail_count + 1," + " state = 'PENDING', modified = ? where id = ?")) {
            s.setTimestamp(1, java.sql.Timestamp.from(now));
            s.setLong(2, requestId);
            s.executeUpdate();
        }
    }

    private static void write(Connection c, Row r, RequestState to, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update request set state = ?, modified = ?,"
                + " completed = case when ? = 'COMPLETED' then ? else completed end where id = ?")) {
            s.setString(1, to.name());
            s.setTimestamp(2, java.sql.Timestamp.from(now));
            s.setString(3, to.name());
            s.setTimestamp(4, java.sql.Timestamp.from(now));
            s.setLong(5, r.id());
            s.executeUpdate();
        }
        ippChange(c, r, to);
    }

    /** The request's own TimeAllocation takes the credit or debit, clamped to [0, ipp_limit]. */
    private static void ippChange(Connection c, Row r, RequestState to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select ta.id, ta.ipp_limit, ta.ipp_time_available"
                + " from request r join location l on l.request_id = r.id"
                + " join user_request u on u.id = r.user_request_id and u.observation_type <> 'TIME_CRITICAL'"
                + " join configuration m on m.request_id = r.id and m.position = 0"
                + " join \"window\" w on w.request_id = r.id"
                + " join semester sem on w.start >= sem.start and w.\"end\" <= sem.\"end\""
                + " join time_allocation ta on ta.program_id = ? and ta.semester_id = sem.id"
                + "  and ta.telescope_class = l.telescope_class"
                + "  and (upper(ta.instrument_type) = upper(m.instrument_type) or ta.instrument_type = '')"
                + " where r.id = ? order by (ta.instrument_type = '') limit 1")) {
            s.setString(1, r.proposal());
            s.setLong(2, r.id());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) return;
                Ipp.Allocation after = Ipp.onStateChange(
                        new Ipp.Allocation(rs.getDouble(2), rs.getDouble(3)),
                        r.ipp(),
                        r.durationSecs() / 3600.0,
                        r.state(),
                        to);
                try (PreparedStatement u =
                        c.prepareStatement("update time_allocation set ipp_time_available = ? where id = ?")) {
                    u.setDouble(1, after.ippTimeAvailable());
                    u.setLong(2, rs.getLong(1));
                    u.executeUpdate();
                }
            }
        }
    }

    /** Re-derives a UserRequest's state from its Requests' states (StateAggregation). */
    static void aggregate(Connection c, long userRequestId, Instant now) throws SQLException {
        RequestState current = userRequestState(c, userRequestId);
        UserRequest.Operator operator;
        try (PreparedStatement s = c.prepareStatement("select operator from user_request where id = ?")) {
            s.setLong(1, userRequestId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                operator = UserRequest.Operator.valueOf(r.getString(1));
            }
        }
        List<RequestState> children =
                rows(c, userRequestId).stream().map(Row::state).toList();
        RequestState next = StateAggregation.derived(operator, children)
                .filter(st -> st != current && current.canBecome(st))
                .orElse(current);
        if (next != current) {
            try (PreparedStatement s =
                    c.prepareStatement("update user_request set state = ?, modified = ? where id = ?")) {
                s.setString(1, next.name());
                s.setTimestamp(2, java.sql.Timestamp.from(now));
                s.setLong(3, userRequestId);
                s.executeUpdate();
            }
        }
    }

    private static RequestState userRequestState(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select state from user_request where id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) throw new IllegalArgumentException("no userrequest " + id);
                return RequestState.valueOf(r.getString(1));
            }
        }
    }

    private static final String ROW_SQL = "select r.id, r.user_request_id, r.state, r.duration_secs, u.ipp_value,"
            + " u.proposal_id from request r join user_request u on u.id = r.user_request_id where ";

    static Row row(Connection c, long requestId) throws SQLException {
        List<Row> rows = query(c, ROW_SQL + "r.id = ?", requestId);
        if (rows.isEmpty()) throw new IllegalArgumentException("no request " + requestId);
        return rows.get(0);
    }

    static List<Row> rows(Connection c, long userRequestId) throws SQLException {
        return query(c, ROW_SQL + "r.user_request_id = ? order by r.position", userRequestId);
    }

    private static List<Row> query(Connection c, String sql, long id) throws SQLException {
        return Rows.list(
                c,
                SqlFragment.of(sql, id),
                r -> new Row(
                        r.getLong(1),
                        r.getLong(2),
                        RequestState.valueOf(r.getString(3)),
                        r.getLong(4),
                        r.getDouble(5),
                        r.getString(6)));
    }
}
