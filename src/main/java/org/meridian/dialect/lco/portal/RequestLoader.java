// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.meridian.web.DjangoTime;

/** Reads Requests with their target, molecules, windows, constraints and location, in valhalla's shape. */
final class RequestLoader {
    private static final String REQUEST_COLUMNS = "r.id, r.user_request_id, r.observation_note, r.state, r.modified,"
            + " r.fail_count, r.scheduled_count, r.created, r.completed, r.acceptability_threshold, r.duration_secs";

    private RequestLoader() {}

    /** Requests of these UserRequests, ordered by UserRequest and position; each carries user_request_id. */
    static Map<Long, ObjectNode> byUserRequest(Connection c, Long[] userRequestIds) throws SQLException {
        return load(
                c,
                "select " + REQUEST_COLUMNS + " from request r where r.user_request_id = any(?)"
                        + " order by r.user_request_id, r.position",
                userRequestIds);
    }

    static Map<Long, ObjectNode> byId(Connection c, Long[] ids) throws SQLException {
        return load(c, "select " + REQUEST_COLUMNS + " from request r where r.id = any(?) order by r.id", ids);
    }

    private static Map<Long, ObjectNode> load(Connection c, String sql, Long[] ids) throws SQLException {
        Map<Long, ObjectNode> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("bigint", ids));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    o.put("id", r.getLong(1));
                    o.put("user_request_id", r.getLong(2));
                    o.putObject("location");
                    o.putObject("constraints");
                    o.putObject("target");
                    o.putArray("molecules");
                    o.putArray("windows");
                    o.put("observation_note", r.getString(3));
                    o.put("state", r.getString(4));
                    o.put("modified", DjangoTime.format(r.getTimestamp(5).toInstant()));
                    o.put("fail_count", r.getInt(6));
                    o.put("scheduled_count", r.getInt(7));
                    o.put("created", DjangoTime.format(r.getTimestamp(8).toInstant()));
                    Timestamp completed = r.getTimestamp(9);
                    if (completed == null) {
                        o.putNull("completed");
                    } else {
                        o.put("completed", DjangoTime.format(completed.toInstant()));
                    }
                    o.put("acceptability_threshold", r.getDouble(10));
                    o.put("duration", r.getLong(11));
                    out.put(r.getLong(1), o);
                }
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        Long[] requestIds = out.keySet().toArray(Long[]::new);
        children(c, out, requestIds);
        return out;
    }

    private static void children(Connection c, Map<Long, ObjectNode> requests, Long[] ids) throws SQLException {
        query(
                c,
                "select request_id, type, name, ra, dec, fields::text from target where request_id = any(?)",
                ids,
                r -> {
                    ObjectNode t = JsonNodeFactory.instance.objectNode();
                    t.put("name", r.getString(3));
                    t.put("type", r.getString(2));
                    if (r.getObject(4) != null) t.put("ra", r.getDouble(4));
                    if (r.getObject(5) != null) t.put("dec", r.getDouble(5));
                    t.setAll((ObjectNode) UserRequestStore.parseJson(r.getString(6)));
                    requests.get(r.getLong(1)).set("target", t);
                });
        query(
                c,
                "select request_id, type, instrument_name, filter, exposure_time, exposure_count, bin_x, bin_y,"
                        + " fields::text from molecule where request_id = any(?) order by request_id, position",
                ids,
                r -> {
                    ObjectNode m = JsonNodeFactory.instance.objectNode();
                    m.put("type", r.getString(2));
                    m.put("instrument_name", r.getString(3));
                    m.put("filter", r.getString(4));
                    m.put("exposure_time", r.getDouble(5));
                    m.put("exposure_count", r.getInt(6));
                    if (r.getObject(7) != null) m.put("bin_x", r.getInt(7));
                    if (r.getObject(8) != null) m.put("bin_y", r.getInt(8));
                    ObjectNode fields = (ObjectNode) UserRequestStore.parseJson(r.getString(9));
                    fields.remove("fill_window");
                    m.setAll(fields);
                    requests.get(r.getLong(1)).withArray("molecules").add(m);
                });
        query(
                c,
                "select request_id, start, \"end\" from \"window\" where request_id = any(?) order by request_id, id",
                ids,
                r -> {
                    ObjectNode w = JsonNodeFactory.instance.objectNode();
                    w.put("start", DjangoTime.format(r.getTimestamp(2).toInstant()));
                    w.put("end", DjangoTime.format(r.getTimestamp(3).toInstant()));
                    requests.get(r.getLong(1)).withArray("windows").add(w);
                });
        query(
                c,
                "select request_id, max_airmass, min_lunar_distance, max_lunar_phase, max_seeing, min_transparency"
                        + " from constraints where request_id = any(?)",
                ids,
                r -> {
                    ObjectNode k = JsonNodeFactory.instance.objectNode();
                    k.put("max_airmass", r.getDouble(2));
                    k.put("min_lunar_distance", r.getDouble(3));
                    nullable(k, "max_lunar_phase", r, 4);
                    nullable(k, "max_seeing", r, 5);
                    nullable(k, "min_transparency", r, 6);
                    requests.get(r.getLong(1)).set("constraints", k);
                });
        query(
                c,
                "select request_id, telescope_class, site, observatory, telescope from location"
                        + " where request_id = any(?)",
                ids,
                r -> {
                    ObjectNode l = JsonNodeFactory.instance.objectNode();
                    l.put("telescope_class", r.getString(2));
                    // valhalla leaves empty location values out of its output
                    if (r.getString(3) != null) l.put("site", r.getString(3));
                    if (r.getString(4) != null) l.put("observatory", r.getString(4));
                    if (r.getString(5) != null) l.put("telescope", r.getString(5));
                    requests.get(r.getLong(1)).set("location", l);
                });
    }

    private interface RowHandler {
        void accept(ResultSet r) throws SQLException;
    }

    private static void query(Connection c, String sql, Long[] ids, RowHandler handler) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("bigint", ids));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    handler.accept(r);
                }
            }
        }
    }

    private static void nullable(ObjectNode o, String field, ResultSet r, int column) throws SQLException {
        Object v = r.getObject(column);
        if (v == null) {
            o.putNull(field);
        } else {
            o.put(field, r.getDouble(column));
        }
    }
}
