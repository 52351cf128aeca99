// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.meridian.dialect.tap.query.TapLimits;
import org.meridian.dialect.tap.schema.TapSchema;
import org.meridian.dialect.tap.schema.TapTable;
import org.meridian.dialect.tap.vosi.AvailabilityDocument;
import org.meridian.dialect.tap.vosi.CapabilitiesDocument;
import org.meridian.dialect.tap.vosi.ExamplesDocument;
import org.meridian.dialect.tap.vosi.TablesDocument;
import org.meridian.store.Database;

/** VOSI endpoints and DALI examples of /tap. */
public final class VosiHandler {

    private static final String XML = "text/xml;charset=UTF-8";

    private final Database db;
    private final TapSchema schema;
    private final TapLimits limits;
    private final Instant upSince = Instant.now();

    public VosiHandler(Database db, TapSchema schema, TapLimits limits) {
        this.db = db;
        this.schema = schema;
        this.limits = limits;
    }

    public void capabilities(Context ctx) {
        ctx.contentType(XML).result(CapabilitiesDocument.render(base(ctx, "/capabilities"), limits));
    }

    public void availability(Context ctx) {
        boolean up;
        try (Connection c = db.connection()) {
            up = c.isValid(5);
        } catch (SQLException e) {
            up = false;
        }
        ctx.contentType(XML)
                .result(AvailabilityDocument.render(up, upSince, up ? "accepting queries" : "database unreachable"));
    }

    public void tables(Context ctx) throws IOException {
        String detail = ctx.queryParam("detail");
        if (detail != null && !detail.equalsIgnoreCase("min") && !detail.equalsIgnoreCase("max")) {
            SyncHandler.error(ctx, 400, "detail must be min or max, not " + detail);
            return;
        }
        try {
            ctx.contentType(XML).result(TablesDocument.tableset(schema.tables(), !"min".equalsIgnoreCase(detail)));
        } catch (SQLException e) {
            SyncHandler.error(ctx, 503, "table metadata unavailable: " + e.getMessage());
        }
    }

    public void table(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        Optional<TapTable> table;
        try {
            table = schema.tables().find(name);
        } catch (SQLException e) {
            SyncHandler.error(ctx, 503, "table metadata unavailable: " + e.getMessage());
            return;
        }
        if (table.isEmpty()) {
            SyncHandler.error(ctx, 404, "no table " + name + "; /tap/tables lists them");
            return;
        }
        ctx.contentType(XML).result(TablesDocument.table(table.get()));
    }

    public void examples(Context ctx) {
        ctx.contentType("application/xhtml+xml;charset=UTF-8").result(ExamplesDocument.render());
    }

    /** The service's base URL as the client reached it, from this endpoint's URL. */
    private static String base(Context ctx, String suffix) {
        String url = ctx.url();
        return url.endsWith(suffix) ? url.substring(0, url.length() - suffix.length()) : url;
    }
}
