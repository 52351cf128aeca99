// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.requests;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.core.observing.RequestState;
import org.meridian.core.observing.UserRequest;
import org.meridian.store.Rows;
import org.meridian.store.SqlFragment;

/**
 * The one owner of the observing request tables (V30, V31; docs/lco-observing.md): RequestGroups
 * ({@code user_request}), their Requests ({@code request}, {@code location}, {@code "window"}),
 * Configurations ({@code configuration}) and InstrumentConfigs ({@code instrument_config}). The
 * portal's two APIs and the scheduler read and write requests only through it. Callers pass the
 * connection of their own transaction.
 */
public final class RequestRepository {
    /** Table aliases the list filters of {@link #groupIds} and {@link #requestIds} may use: {@code u}, {@code r}. */
    public static final String GROUPS = " from user_request u";

    public static final String REQUESTS = " from request r join user_request u on u.id = r.user_request_id";

    private RequestRepository() {}

    // ---- writing

    /** Stores a new group with its requests (durations as computed at submission); returns its id. */
    public static long insert(Connection c, RequestGroup g) throws SQLException {
        return GroupRows.insert(c, g);
    }

    // ---- reading

    /** Groups by id, in the order given, with their requests; unknown ids are left out. */
    public static List<RequestGroup> groups(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) return List.of();
        Map<Long, RequestGroup> found = new LinkedHashMap<>();
        ids.forEach(id -> found.put(id, null));
        Map<Long, List<Long>> requests = new LinkedHashMap<>();
        Rows.each(
                c,
                SqlFragment.of(
                        "select r.user_request_id, r.id" + REQUESTS
                                + " where r.user_request_id = any(?::bigint[]) order by r.user_request_id, r.position",
                        ids),
                row -> requests.computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
                        .add(row.getLong(2)));
        List<Long> requestIds = requests.values().stream().flatMap(List::stream).toList();
        Map<Long, ObservationRequest> loaded = ObservationRequestRows.load(c, requestIds);
        Rows.each(
                c,
                SqlFragment.of(
                        "select id, submitter_id, submitter, proposal_id, group_id, observation_type, operator,"
                                + " ipp_value, state, created, modified from user_request where id = any(?::bigint[])",
                        ids),
                row -> {
                    long id = row.getLong(1);
                    List<ObservationRequest> children = requests.getOrDefault(id, List.of()).stream()
                            .map(loaded::get)
                            .toList();
                    found.put(
                            id,
                            new RequestGroup(
                                    id,
                                    row.getString(5),
                                    row.getString(4),
                                    new RequestGroup.Submitter((Long) row.getObject(2), row.getString(3)),
                                    RequestGroup.ObservationType.parse(row.getString(6)),
                                    UserRequest.Operator.valueOf(row.getString(7)),
                                    row.getDouble(8),
                                    RequestState.valueOf(row.getString(9)),
                                    row.getTimestamp(10).toInstant(),
                                    row.getTimestamp(11).toInstant(),
                                    children));
                });
        found.values().removeIf(g -> g == null);
        return List.copyOf(found.values());
    }

    public static Optional<RequestGroup> group(Connection c, long id) throws SQLException {
        return groups(c, List.of(id)).stream().findFirst();
    }

    /** Requests by id with what the scheduler and views need of their group, in the order given. */
    public static List<StoredGroupRequest> requests(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) return List.of();
        Map<Long, ObservationRequest> loaded = ObservationRequestRows.load(c, ids);
        Map<Long, StoredGroupRequest> out = new LinkedHashMap<>();
        Rows.each(
                c,
                SqlFragment.of(
                        "select r.id, u.id, u.proposal_id, u.group_id, u.submitter, u.observation_type, u.ipp_value"
                                + REQUESTS + " where r.id = any(?::bigint[])",
                        ids),
                row -> out.put(
                        row.getLong(1),
                        new StoredGroupRequest(
                                row.getLong(2),
                                row.getString(3),
                                row.getString(4),
                                row.getString(5),
                                RequestGroup.ObservationType.parse(row.getString(6)),
                                row.getDouble(7),
                                loaded.get(row.getLong(1)))));
        List<StoredGroupRequest> ordered = new ArrayList<>();
        for (long id : ids) {
            if (out.containsKey(id)) ordered.add(out.get(id));
        }
        return ordered;
    }

    public static Optional<StoredGroupRequest> request(Connection c, long id) throws SQLException {
        return requests(c, List.of(id)).stream().findFirst();
    }

    /** The proposal a Request belongs to, or empty for no such request. */
    public static Optional<String> proposalOfRequest(Connection c, long requestId) throws SQLException {
        return Rows.first(
                c,
                SqlFragment.of("select u.proposal_id" + REQUESTS + " where r.id = ?", requestId),
                r -> r.getString(1));
    }

    // ---- queries

    /** How many groups match {@code where} (over {@link #GROUPS}). */
    public static long countGroups(Connection c, SqlFragment where) throws SQLException {
        return count(c, GROUPS, where);
    }

    /** One page of group ids matching {@code where}, in {@code order} (a trusted ORDER BY over {@link #GROUPS}). */
    public static List<Long> groupIds(Connection c, SqlFragment where, String order, int limit, long offset)
            throws SQLException {
        return ids(c, "u.id", GROUPS, where, order, limit, offset);
    }

    public static long countRequests(Connection c, SqlFragment where) throws SQLException {
        return count(c, REQUESTS, where);
    }

    public static List<Long> requestIds(Connection c, SqlFragment where, String order, int limit, long offset)
            throws SQLException {
        return ids(c, "r.id", REQUESTS, where, order, limit, offset);
    }

    /** A filter: the group (alias {@code u}) holds this Request. */
    public static SqlFragment groupHasRequest(long requestId) {
        return SqlFragment.of(
                "exists (select 1 from request r where r.user_request_id = u.id and r.id = ?)", requestId);
    }

    /** A filter: some Request of the group (alias {@code u}) has a configuration whose target name is like this. */
    public static SqlFragment groupTargetLike(String pattern) {
        return SqlFragment.of(
                "exists (select 1 from request r join configuration k on k.request_id = r.id"
                        + " where r.user_request_id = u.id and k.target_name ilike ?)",
                pattern);
    }

    /** A filter: some Request of the group (alias {@code u}) asks for this telescope class. */
    public static SqlFragment groupTelescopeClass(String telescopeClass) {
        return SqlFragment.of(
                "exists (select 1 from request r join location l on l.request_id = r.id"
                        + " where r.user_request_id = u.id and l.telescope_class = ?)",
                telescopeClass);
    }

    /** The end of the group's latest window, for ordering by {@code end}. */
    public static final String GROUP_LAST_WINDOW_END = "(select max(w.\"end\") from request r join \"window\" w"
            + " on w.request_id = r.id where r.user_request_id = u.id)";

    /** PENDING requests in the order the scheduler places them: highest IPP first. */
    public static List<Long> pendingForScheduling(Connection c) throws SQLException {
        return Rows.list(
                c,
                SqlFragment.of("select r.id" + REQUESTS + " where r.state = 'PENDING' order by u.ipp_value desc, r.id"),
                r -> r.getLong(1));
    }

    /**
     * PENDING requests whose first configuration has a sidereal target, with a window meeting
     * [from, to] (closed when {@code inclusive}), optionally with a configuration on this instrument.
     */
    public static List<Long> pendingSidereal(
            Connection c, Instant from, Instant to, boolean inclusive, String instrument) throws SQLException {
        SqlFragment where = SqlFragment.of(
                "r.state = 'PENDING' and k.target_type = 'ICRS'"
                        + (inclusive ? " and w.start <= ? and w.\"end\" >= ?" : " and w.start < ? and w.\"end\" > ?"),
                Timestamp.from(to),
                Timestamp.from(from));
        if (instrument != null) {
            where = where.and(SqlFragment.of(
                    "exists (select 1 from configuration m where m.request_id = r.id"
                            + " and upper(m.instrument_type) = upper(?))",
                    instrument));
        }
        return Rows.list(
                c,
                new SqlFragment(
                        "select distinct r.id from request r join configuration k on k.request_id = r.id"
                                + " and k.position = 0 join \"window\" w on w.request_id = r.id where " + where.sql()
                                + " order by r.id",
                        where.params()),
                r -> r.getLong(1));
    }

    /** Seconds of a member's requests in a proposal that still count (not canceled or expired). */
    public static double usedSeconds(Connection c, long accountId, String proposal) throws SQLException {
        return Rows.first(
                        c,
                        SqlFragment.of(
                                "select coalesce(sum(r.duration_secs), 0)" + REQUESTS
                                        + " where u.submitter_id = ? and u.proposal_id = ?"
                                        + " and r.state not in ('CANCELED', 'WINDOW_EXPIRED')",
                                accountId,
                                proposal),
                        r -> r.getDouble(1))
                .orElseThrow();
    }

    private static long count(Connection c, String from, SqlFragment where) throws SQLException {
        return Rows.first(
                        c,
                        new SqlFragment("select count(*)" + from + " where " + where.sql(), where.params()),
                        r -> r.getLong(1))
                .orElseThrow();
    }

    private static List<Long> ids(
            Connection c, String id, String from, SqlFragment where, String order, int limit, long offset)
            throws SQLException {
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return Rows.list(
                c,
                new SqlFragment(
                        "select " + id + from + " where " + where.sql() + " order by " + order + " limit ? offset ?",
                        params),
                r -> r.getLong(1));
    }
}
