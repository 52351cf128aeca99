// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.sql.SQLException;
import org.meridian.core.auth.Accounts;
import org.meridian.dialect.tap.http.SyncHandler;
import org.meridian.dialect.tap.http.TapCallers;
import org.meridian.dialect.tap.http.VosiHandler;
import org.meridian.dialect.tap.query.TapLimits;
import org.meridian.dialect.tap.query.TapQueryRunner;
import org.meridian.dialect.tap.schema.TableScope;
import org.meridian.dialect.tap.schema.TapSchema;
import org.meridian.dialect.tap.upload.UploadUrls;
import org.meridian.store.Database;
import org.meridian.web.auth.DialectRoutes;

/**
 * The IVOA TAP service at {@code /tap} (TAP 1.1, VOSI 1.1, DALI 1.1): every endpoint on one screen.
 * Callers authenticate with an Authorization header or the JSESSIONID session cookie.
 * Asynchronous queries ({@code /tap/async}) are served by the UWS job system with
 * {@link #runner()}. {@link #scoped} gives the same service over part of the tables, for another
 * base path (ESO's {@code /tap_obs} and {@code /tap_cat}).
 */
public final class TapRoutes {

    private final Database db;
    private final Accounts accounts;
    private final TapSchema schema;
    private final TapQueryRunner runner;
    private final TapCallers callers;

    public TapRoutes(Database db, Accounts accounts) {
        this(db, accounts, TapLimits.DEFAULT);
    }

    public TapRoutes(Database db, Accounts accounts, TapLimits limits) {
        this(db, accounts, limits, new TapSchema(db));
        try {
            schema.refresh();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot build TAP_SCHEMA", e);
        }
    }

    private TapRoutes(Database db, Accounts accounts, TapLimits limits, TapSchema schema) {
        this.db = db;
        this.accounts = accounts;
        this.schema = schema;
        this.runner = new TapQueryRunner(db, schema, limits);
        this.callers = new TapCallers(accounts);
    }

    /**
     * This service over the tables of {@code scope} only: its own runner, VOSI and TAP_SCHEMA on the
     * same metadata, limits and callers. Mount it with {@link #addTo(JavalinDefaultRoutingApi, String,
     * UploadUrls)} at {@code "/" + scope.name()}.
     */
    public TapRoutes scoped(TableScope scope) {
        return new TapRoutes(db, accounts, runner.limits(), schema.scoped(scope));
    }

    /** The query runner, for the async worker. */
    public TapQueryRunner runner() {
        return runner;
    }

    public TapSchema schema() {
        return schema;
    }

    /** The endpoints, with URL uploads refused (a service without async jobs, as in tests). */
    public void addTo(JavalinDefaultRoutingApi routes) {
        addTo(routes, UploadUrls.NONE);
    }

    /** @param uploadUrls the sources of {@code UPLOAD=t,http...}: the guarded fetcher and the async jobs */
    public void addTo(JavalinDefaultRoutingApi javalin, UploadUrls uploadUrls) {
        addTo(javalin, "/tap", uploadUrls);
    }

    /** Every endpoint but async under {@code base}: queries, VOSI (tables included) and examples. */
    public void addTo(JavalinDefaultRoutingApi javalin, String base, UploadUrls uploadUrls) {
        JavalinDefaultRoutingApi routes = door(javalin);
        VosiHandler vosi = new VosiHandler(db, schema, runner.limits(), base);
        addQueriesAt(routes, base, uploadUrls, vosi);
        routes.get(base + "/tables", vosi::tables);
        routes.get(base + "/tables/{name}", vosi::table);
    }

    /**
     * The same service's queries, VOSI capabilities and availability and examples under another
     * base path: Gaia TAP+ serves them at {@code /tap-server/tap}, with its own {@code /tables}.
     */
    public void addQueriesAt(JavalinDefaultRoutingApi javalin, String base, UploadUrls uploadUrls) {
        addQueriesAt(door(javalin), base, uploadUrls, new VosiHandler(db, schema, runner.limits(), base));
    }

    private void addQueriesAt(JavalinDefaultRoutingApi routes, String base, UploadUrls uploadUrls, VosiHandler vosi) {
        SyncHandler sync = new SyncHandler(runner, callers, uploadUrls);
        routes.get(base + "/sync", sync::handle);
        routes.post(base + "/sync", sync::handle);
        routes.get(base + "/capabilities", vosi::capabilities);
        routes.get(base + "/availability", vosi::availability);
        routes.get(base + "/examples", vosi::examples);
    }

    /** A NUL character is refused with a DALI error document before any handler runs. */
    private static JavalinDefaultRoutingApi door(JavalinDefaultRoutingApi javalin) {
        return DialectRoutes.of(javalin, (ctx, status, message) -> SyncHandler.error(ctx, status, message));
    }
}
