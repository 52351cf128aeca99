// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import org.meridian.dialect.tap.query.TapLimits;
import org.meridian.dialect.tap.schema.TableSet;
import org.meridian.dialect.tap.schema.TapSchema;
import org.meridian.dialect.tap.schema.TapTable;
import org.meridian.dialect.tap.vosi.ExamplesDocument;
import org.meridian.dialect.tap.vosi.TablesDocument;
import org.meridian.dialect.tap.vosi.TapCapability;
import org.meridian.store.Database;
import org.meridian.vo.vosi.VosiEndpoints;

/**
 * VOSI endpoints and DALI examples of a TAP service: capabilities and availability are the shared
 * {@link VosiEndpoints} with TAP's declared capabilities; tables and examples are TAP's own.
 */
public final class VosiHandler {

    private static final String XML = VosiEndpoints.XML;

    private final TapSchema schema;
    private final String base;
    private final VosiEndpoints endpoints;

    /** @param base the service's path ({@code /tap}, {@code /tap_obs}, ...), for messages */
    public VosiHandler(Database db, TapSchema schema, TapLimits limits, String base) {
        this.schema = schema;
        this.base = base;
        this.endpoints = new VosiEndpoints(db, TapCapability.all(limits), "accepting queries");
    }

    public void capabilities(Context ctx) {
        endpoints.capabilities(ctx);
    }

    public void availability(Context ctx) {
        endpoints.availability(ctx);
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
            SyncHandler.error(ctx, 404, "no table " + name + "; " + base + "/tables lists them");
            return;
        }
        ctx.contentType(XML).result(TablesDocument.table(table.get()));
    }

    /** The examples whose tables this service publishes (all of them at /tap). */
    public void examples(Context ctx) throws IOException {
        TableSet tables;
        try {
            tables = schema.tables();
        } catch (SQLException e) {
            SyncHandler.error(ctx, 503, "table metadata unavailable: " + e.getMessage());
            return;
        }
        ctx.contentType("application/xhtml+xml;charset=UTF-8").result(ExamplesDocument.render(e -> e.tables().stream()
                .allMatch(t -> tables.find(t).isPresent())));
    }
}
