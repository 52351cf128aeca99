// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meridian.core.auth.Caller;
import org.meridian.web.DjangoTime;

/** Writes a cleaned UserRequest into the V30 tables and reads UserRequests back in valhalla's JSON shape. */
final class UserRequestStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TARGET_COLUMNS = Set.of("type", "name", "ra", "dec");
    private static final Set<String> MOLECULE_COLUMNS =
            Set.of("type", "instrument_name", "filter", "exposure_time", "exposure_count", "bin_x", "bin_y");

    private UserRequestStore() {}

    /** Inserts and returns the new id; {@code durations} holds each request's duration in seconds. */
    static long insert(Connection c, JsonNode ur, Caller caller, List<Long> durations) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement(
                "insert into user_request (submitter_id, submitter, proposal_id, group_id, observation_type, operator,"
                        + " ipp_value) values (?, ?, ?, ?, ?, ?, ?) returning id")) {
            s.setObject(1, caller.accountId());
            s.setString(2, caller.username() == null ? "" : caller.username());
            s.setString(3, ur.path("proposal").asText());
            s.setString(4, ur.path("group_id").asText());
            s.setString(5, ur.path("observation_type").asText());
            s.setString(6, ur.path("operator").asText());
            s.setDouble(7, ur.path("ipp_value").asDouble());
            id = single(s);
        }
        int position = 0;
        for (JsonNode r : ur.path("requests")) {
            insertRequest(c, id, position, r, durations.get(position));
            position++;
        }
        return id;
    }

    private static void insertRequest(Connection c, long urId, int position, JsonNode r, long duration)
            throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement(
                "insert into request (user_request_id, position, observation_note, acceptability_threshold,"
                        + " duration_secs) values (?, ?, ?, ?, ?) returning id")) {
            s.setLong(1, urId);
            s.setInt(2, position);
            s.setString(3, r.path("observation_note").asText(""));
            s.setDouble(4, r.path("acceptability_threshold").asDouble(90));
            s.setLong(5, duration);
            id = single(s);
        }
        JsonNode t = r.path("target");
        try (PreparedStatement s = c.prepareStatement(
                "insert into target (request_id, type, name, ra, dec, fields) values (?, ?, ?, ?, ?, ?::jsonb)")) {
            s.setLong(1, id);
            s.setString(2, t.path("type").asText());
            s.setString(3, t.path("name").asText());
            setDouble(s, 4, t.get("ra"));
            setDouble(s, 5, t.get("dec"));
            s.setString(6, rest(t, TARGET_COLUMNS).toString());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "insert into molecule (request_id, position, type, instrument_name, filter, exposure_time,"
                        + " exposure_count, bin_x, bin_y, fields) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
            int i = 0;
            for (JsonNode m : r.path("molecules")) {
                s.setLong(1, id);
                s.setInt(2, i++);
                s.setString(3, m.path("type").asText());
                s.setString(4, m.path("instrument_name").asText());
                s.setString(5, m.path("filter").asText(""));
                s.setDouble(6, m.path("exposure_time").asDouble());
                s.setInt(7, m.path("exposure_count").asInt());
                s.setObject(8, m.has("bin_x") ? m.path("bin_x").asInt() : null, Types.INTEGER);
                s.setObject(9, m.has("bin_y") ? m.path("bin_y").asInt() : null, Types.INTEGER);
                s.setString(10, rest(m, MOLECULE_COLUMNS).toString());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s =
                c.prepareStatement("insert into \"window\" (request_id, start, \"end\") values (?, ?, ?)")) {
            for (JsonNode w : r.path("windows")) {
                s.setLong(1, id);
                s.setTimestamp(
                        2,
                        Timestamp.from(
                                DjangoTime.parse(w.path("start").asText()).orElseThrow()));
                s.setTimestamp(
                        3,
                        Timestamp.from(DjangoTime.parse(w.path("end").asText()).orElseThrow()));
                s.addBatch();
            }
            s.executeBatch();
        }
        JsonNode k = r.path("constraints");
        try (PreparedStatement s = c.prepareStatement("insert into constraints (request_id, max_airmass,"
                + " min_lunar_distance, max_lunar_phase, max_seeing, min_transparency) values (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setDouble(2, k.path("max_airmass").asDouble(1.6));
            s.setDouble(3, k.path("min_lunar_distance").asDouble(30));
            setDouble(s, 4, k.get("max_lunar_phase"));
            setDouble(s, 5, k.get("max_seeing"));
            setDouble(s, 6, k.get("min_transparency"));
            s.executeUpdate();
        }
        JsonNode l = r.path("location");
        try (PreparedStatement s = c.prepareStatement("insert into location (request_id, telescope_class, site,"
                + " observatory, telescope) values (?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, l.path("telescope_class").asText());
            s.setString(3, RequestReader.text(l, "site"));
            s.setString(4, RequestReader.text(l, "observatory"));
            s.setString(5, RequestReader.text(l, "telescope"));
            s.executeUpdate();
        }
    }

    /** UserRequests by id, in the order given, with their requests. */
    static List<ObjectNode> load(Connection c, List<Long> ids) throws SQLException {
        Map<Long, ObjectNode> out = new LinkedHashMap<>();
        ids.forEach(id -> out.put(id, null));
        Long[] array = ids.toArray(Long[]::new);
        try (PreparedStatement s = c.prepareStatement("select id, submitter, proposal_id, group_id, observation_type,"
                + " operator, ipp_value, state, created, modified from user_request where id = any(?)")) {
            s.setArray(1, c.createArrayOf("bigint", array));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ObjectNode ur = JsonNodeFactory.instance.objectNode();
                    ur.put("id", r.getLong(1));
                    ur.putArray("requests");
                    ur.put("submitter", r.getString(2));
                    ur.put("proposal", r.getString(3));
                    ur.put("group_id", r.getString(4));
                    ur.put("observation_type", r.getString(5));
                    ur.put("operator", r.getString(6));
                    ur.put("ipp_value", r.getDouble(7));
                    ur.put("state", r.getString(8));
                    ur.put("created", DjangoTime.format(r.getTimestamp(9).toInstant()));
                    ur.put("modified", DjangoTime.format(r.getTimestamp(10).toInstant()));
                    out.put(r.getLong(1), ur);
                }
            }
        }
        out.values().removeIf(v -> v == null);
        Map<Long, ObjectNode> requests = RequestLoader.byUserRequest(c, array);
        for (ObjectNode r : requests.values()) {
            long urId = r.remove("user_request_id").asLong();
            ((ArrayNode) out.get(urId).get("requests")).add(r);
        }
        return List.copyOf(out.values());
    }

    static JsonNode parseJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }

    static String format(Instant t) {
        return t == null ? null : DjangoTime.format(t);
    }

    private static ObjectNode rest(JsonNode node, Set<String> columns) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        copy.remove(columns);
        return copy;
    }

    private static void setDouble(PreparedStatement s, int i, JsonNode v) throws SQLException {
        if (v == null || v.isNull()) {
            s.setNull(i, Types.DOUBLE);
        } else {
            s.setDouble(i, v.asDouble());
        }
    }

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
