// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meridian.core.observing.Constraints;
import org.meridian.core.observing.Location;
import org.meridian.core.observing.Molecule;
import org.meridian.core.observing.Request;
import org.meridian.core.observing.RequestState;
import org.meridian.core.observing.Target;
import org.meridian.core.observing.TargetFields;
import org.meridian.core.observing.Window;
import org.meridian.store.Rows;
import org.meridian.store.SqlFragment;

/** Reads a stored Request (V30 tables) as the core's record, for the scheduler. */
final class StoredRequests {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A stored request with what the scheduler needs besides the core record. */
    record Stored(
            long id,
            long userRequestId,
            String proposal,
            String groupId,
            String submitter,
            long durationSecs,
            String targetName,
            Double ra,
            Double dec,
            Request request) {}

    private StoredRequests() {}

    /** The request, or empty when its target is one rise_set cannot follow (never schedulable). */
    static Optional<Stored> load(Connection c, long id) throws SQLException {
        long urId;
        String proposal;
        String groupId;
        String submitter;
        long duration;
        RequestState state;
        double threshold;
        try (PreparedStatement s = c.prepareStatement("select r.user_request_id, u.proposal_id, u.group_id,"
                + " u.submitter, r.duration_secs, r.state, r.acceptability_threshold from request r"
                + " join user_request u on u.id = r.user_request_id where r.id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) return Optional.empty();
                urId = r.getLong(1);
                proposal = r.getString(2);
                groupId = r.getString(3);
                submitter = r.getString(4);
                duration = r.getLong(5);
                state = RequestState.valueOf(r.getString(6));
                threshold = r.getDouble(7);
            }
        }
        String name;
        Double ra;
        Double dec;
        Optional<Target> target;
        try (PreparedStatement s =
                c.prepareStatement("select type, name, ra, dec, fields::text from target where request_id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                name = r.getString(2);
                ra = (Double) r.getObject(3);
                dec = (Double) r.getObject(4);
                target = target(r.getString(1), name, ra, dec, parse(r.getString(5)));
            }
        }
        if (target.isEmpty()) return Optional.empty();
        List<Molecule> molecules = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select type, instrument_name, filter, exposure_time,"
                + " exposure_count, bin_x, bin_y, fields::text from molecule where request_id = ? order by position")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    JsonNode f = parse(r.getString(8));
                    molecules.add(new Molecule(
                            r.getString(1),
                            r.getString(2),
                            r.getString(3),
                            r.getDouble(4),
                            r.getInt(5),
                            (Integer) r.getObject(6),
                            (Integer) r.getObject(7),
                            null,
                            Molecule.AcquireMode.valueOf(f.path("acquire_mode").asText("OFF")),
                            f.has("acquire_exp_time")
                                    ? f.path("acquire_exp_time").asDouble()
                                    : null,
                            f.path("ag_mode").asText("OPTIONAL")));
                }
            }
        }
        List<Window> windows = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement("select start, \"end\" from \"window\" where request_id = ? order by start")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    windows.add(new Window(
                            r.getTimestamp(1).toInstant(), r.getTimestamp(2).toInstant()));
                }
            }
        }
        Location location = Rows.first(
                        c,
                        SqlFragment.of(
                                "select telescope_class, site, observatory, telescope from location where request_id = ?",
                                id),
                        r -> new Location(r.getString(1), r.getString(2), r.getString(3), r.getString(4)))
                .orElseThrow();
        Constraints constraints = Rows.first(
                        c,
                        SqlFragment.of(
                                "select max_airmass, min_lunar_distance from constraints where request_id = ?", id),
                        r -> Constraints.of(r.getDouble(1), r.getDouble(2)))
                .orElseThrow();
        Request request = new Request(target.get(), molecules, windows, location, constraints, state, threshold);
        return Optional.of(new Stored(id, urId, proposal, groupId, submitter, duration, name, ra, dec, request));
    }

    /** A stored target that no longer validates (or that rise_set cannot follow) is not scheduled. */
    private static Optional<Target> target(String type, String name, Double ra, Double dec, JsonNode f) {
        try {
            return TargetFields.parse(type, name, ra, dec, f);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
