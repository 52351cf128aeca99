// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.http;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.meridian.store.Database;
import org.meridian.web.DatabaseUnavailable;

/** {@code /health} and the root redirect. */
public record OperationsRoutes(Database db, BooleanSupplier ready) {

    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/health", this::health);
        routes.get("/", ctx -> ctx.redirect("/searchform"));
    }

    private void health(Context ctx) throws SQLException {
        if (!ready.getAsBoolean()) {
            ctx.status(503).json(Map.of("status", "starting"));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        try {
            counts(body);
        } catch (SQLException e) {
            if (!DatabaseUnavailable.is(e)) {
                throw e;
            }
            // Monitors read the status: the archive is up, its database is not.
            ctx.status(503)
                    .header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .json(Map.of("status", "database unavailable"));
            return;
        }
        ctx.json(body);
    }

    private void counts(Map<String, Object> body) throws SQLException {
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            body.put("programs", count(s, "select count(*) from program"));
            body.put("observations", count(s, "select count(*) from observation"));
            body.put("files", count(s, "select count(*) from file"));
            body.put("file_versions", count(s, "select count(*) from file_version where present"));
            body.put("accounts", count(s, "select count(*) from account"));
            Map<String, Long> catalogs = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery(
                    "select schema_name || '.' || table_name, row_count from catalog_table order by 1")) {
                while (r.next()) {
                    catalogs.put(r.getString(1), r.getLong(2));
                }
            }
            body.put("catalogs", catalogs);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
