// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;

/**
 * {@code Mast.Caom.All} in {@code extjs} form: facet histograms of the observations the caller may
 * see. astroquery's {@code list_missions} reads the {@code obs_collection} column's {@code histObj}.
 */
public final class MissionHistogram {

    private static final List<String> FACETS = List.of("obs_collection", "dataproduct_type");

    private final Database db;

    public MissionHistogram(Database db) {
        this.db = db;
    }

    public Map<String, Object> answer(Caller caller) throws SQLException {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (String facet : FACETS) {
            MashupColumn column = CaomColumns.byName(facet).orElseThrow();
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("histObj", histogram(caller, column));
            props.put("vot.datatype", column.votDatatype());
            props.put("vot.description", column.description());
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("text", facet);
            c.put("dataIndex", facet);
            c.put("ExtendedProperties", props);
            columns.add(c);
        }
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("name", "Table");
        table.put("ExtendedProperties", Map.of());
        table.put("Columns", columns);
        table.put("Fields", List.of());
        table.put("Rows", List.of());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", "NewDataSet");
        data.put("Tables", List.of(table));
        data.put("ExtendedProperties", Map.of());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "COMPLETE");
        body.put("msg", "");
        body.put("data", data);
        return body;
    }

    private Map<String, Object> histogram(Caller caller, MashupColumn column) throws SQLException {
        SqlFragment visible = Access.listed(caller, "o");
        SqlFragment from = CaomColumns.from(caller);
        String sql = "select coalesce((" + column.sql() + ")::text, ''), count(*) from " + from.sql() + " where "
                + visible.sql() + " group by 1 order by 1";
        Map<String, Object> hist = new LinkedHashMap<>();
        List<Map<String, Object>> list = new ArrayList<>();
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            visible.bind(s, from.bind(s, 1));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> bin = new LinkedHashMap<>();
                    bin.put("count", r.getLong(2));
                    bin.put("key", r.getString(1));
                    list.add(bin);
                    hist.put(r.getString(1), bin);
                }
            }
        }
        hist.put("hist", list);
        return hist;
    }
}
