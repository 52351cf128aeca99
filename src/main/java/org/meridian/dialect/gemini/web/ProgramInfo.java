// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.meridian.dialect.gemini.json.PythonJson;
import org.meridian.store.Database;

/** {@code /programinfojson/<progid>}: a program's public description (title, PI and co-Is, abstract). */
public final class ProgramInfo {

    private final Database db;

    public ProgramInfo(Database db) {
        this.db = db;
    }

    public void json(Context ctx) throws SQLException, IOException {
        String id = ctx.pathParam("progid").strip();
        try (Connection c = db.connection();
                PreparedStatement s =
                        c.prepareStatement("select id, title, pi_name, co_investigators, abstract from program"
                                + " where collection = 'GEMINI' and upper(id) = upper(?)")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    ctx.status(404).contentType("text/plain").result("No such program: " + id + "\n");
                    return;
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("program_id", r.getString(1));
                m.put("title", r.getString(2));
                String pi = r.getString(3);
                String cois = r.getString(4);
                m.put("pi_coi_names", cois == null || cois.isBlank() ? pi : pi + ", " + cois);
                m.put("abstract", r.getString(5));
                StringWriter out = new StringWriter();
                new PythonJson(out, 4).write(m, 0);
                ctx.contentType("application/json").result(out.toString());
            }
        }
    }
}
