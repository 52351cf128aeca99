// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meridian.core.observing.Semester;
import org.meridian.core.observing.requests.RequestGroup;
import org.meridian.store.Rows;
import org.meridian.store.SqlFragment;
import org.meridian.web.DjangoTime;

/** Proposals (the core's programs), their time allocations and members, and semesters, as the portal shows them. */
final class ProposalStore {
    /** One TimeAllocation row; hours. Valhalla's too_* are the core's rr_* (rapid response) columns. */
    record Allocation(
            long id,
            String semester,
            String telescopeClass,
            String instrument,
            double stdAllocation,
            double stdTimeUsed,
            double tooAllocation,
            double tooTimeUsed,
            double ippLimit,
            double ippTimeAvailable,
            double tcAllocation,
            double tcTimeUsed) {

        /** Hours left of the part of the allocation this observation type draws on. */
        double available(RequestGroup.ObservationType type) {
            return switch (type) {
                case NORMAL -> stdAllocation - stdTimeUsed;
                case RAPID_RESPONSE -> tooAllocation - tooTimeUsed;
                case TIME_CRITICAL -> tcAllocation - tcTimeUsed;
            };
        }
    }

    private static final String ALLOCATIONS = "select id, semester_id, telescope_class, instrument_type,"
            + " std_allocation, std_time_used, rr_allocation, rr_time_used, ipp_limit, ipp_time_available,"
            + " tc_allocation, tc_time_used"
            + " from time_allocation";

    private ProposalStore() {}

    static List<Semester> semesters(Connection c) throws SQLException {
        return Rows.list(
                c,
                SqlFragment.of("select id, start, \"end\" from semester order by start desc"),
                r -> new Semester(
                        r.getString(1),
                        r.getTimestamp(2).toInstant(),
                        r.getTimestamp(3).toInstant()));
    }

    static boolean exists(Connection c, String proposal) throws SQLException {
        return Rows.first(
                        c,
                        SqlFragment.of("select 1 from program where id = ? and collection = 'LCO'", proposal),
                        r -> true)
                .isPresent();
    }

    /** The allocation for a key: the instrument's own row, else the telescope class's catch-all row. */
    static Optional<Allocation> allocation(
            Connection c, String proposal, String semester, String telescopeClass, String instrument)
            throws SQLException {
        return Rows.first(
                c,
                SqlFragment.of(
                        ALLOCATIONS + " where program_id = ? and semester_id = ? and telescope_class = ?"
                                + " and (upper(instrument_type) = upper(?) or instrument_type = '')"
                                + " order by (instrument_type = '') limit 1",
                        proposal,
                        semester,
                        telescopeClass,
                        instrument),
                ProposalStore::allocation);
    }

    static List<Allocation> allocations(Connection c, String proposal) throws SQLException {
        return Rows.list(
                c,
                SqlFragment.of(
                        ALLOCATIONS + " where program_id = ? order by semester_id desc, telescope_class, id", proposal),
                ProposalStore::allocation);
    }

    private static Allocation allocation(ResultSet r) throws SQLException {
        return new Allocation(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getDouble(5),
                r.getDouble(6),
                r.getDouble(7),
                r.getDouble(8),
                r.getDouble(9),
                r.getDouble(10),
                r.getDouble(11),
                r.getDouble(12));
    }

    static void setIppAvailable(Connection c, long allocationId, double hours) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("update time_allocation set ipp_time_available = ? where id = ?")) {
            s.setDouble(1, hours);
            s.setLong(2, allocationId);
            s.executeUpdate();
        }
    }

    /** The member's time limit in seconds (−1 unlimited), or empty when not a member. */
    static Optional<Double> timeLimit(Connection c, long accountId, String proposal) throws SQLException {
        return Rows.first(
                c,
                SqlFragment.of(
                        "select coalesce(time_limit_secs, -1) from membership where account_id = ? and program_id = ?",
                        accountId,
                        proposal),
                r -> r.getDouble(1));
    }

    /** The proposal in the portal's shape, or empty. */
    static Optional<ObjectNode> proposal(Connection c, String id) throws SQLException {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        try (PreparedStatement s = c.prepareStatement("select id, active, title, abstract, pi_name, tags, created,"
                + " calibration or engineering from program where id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                p.put("id", r.getString(1));
                ArrayNode tas = p.putArray("timeallocation_set");
                for (Allocation a : allocations(c, id)) {
                    ObjectNode ta = tas.addObject();
                    ta.put("std_allocation", a.stdAllocation());
                    ta.put("std_time_used", a.stdTimeUsed());
                    ta.put("ipp_limit", a.ippLimit());
                    ta.put("ipp_time_available", a.ippTimeAvailable());
                    ta.put("too_allocation", a.tooAllocation());
                    ta.put("too_time_used", a.tooTimeUsed());
                    ta.put("telescope_class", a.telescopeClass());
                    if (!a.instrument().isEmpty()) ta.put("instrument_name", a.instrument());
                    ta.put("semester", a.semester());
                    ta.put("proposal", id);
                }
                List<String> members = new ArrayList<>();
                String pi = members(c, id, members);
                if (pi == null) {
                    pi = r.getString(5);
                }
                // The PI is a user of the proposal even when the archive holds no account for them.
                if (pi != null && !pi.isBlank() && !members.contains(pi)) {
                    members.addFirst(pi);
                }
                ArrayNode users = p.putArray("users");
                members.forEach(users::add);
                p.put("pi", pi);
                p.put("active", r.getBoolean(2));
                p.put("title", r.getString(3));
                p.put("abstract", r.getString(4));
                p.put("tac_priority", 0);
                p.put("tac_rank", 0);
                String[] tags = (String[]) r.getArray(6).getArray();
                p.put("public", List.of(tags).contains("public"));
                p.put("non_science", r.getBoolean(8));
                p.put("tag", tags.length == 0 ? "" : tags[0]);
                p.put("notes", "");
                p.put("created", DjangoTime.format(r.getTimestamp(7).toInstant()));
                p.put("modified", DjangoTime.format(r.getTimestamp(7).toInstant()));
            }
        }
        return Optional.of(p);
    }

    /** Adds the members' user names, the PI first, as the seed's {@code users} list; returns the PI's. */
    private static String members(Connection c, String proposal, List<String> users) throws SQLException {
        String[] pi = {null};
        Rows.each(
                c,
                SqlFragment.of(
                        "select a.username, m.role from membership m join account a on a.id = m.account_id"
                                + " where m.program_id = ? order by m.role desc, a.username",
                        proposal),
                r -> {
                    users.add(r.getString(1));
                    if (r.getString(2).equals("PI")) pi[0] = r.getString(1);
                });
        return pi[0];
    }
}
