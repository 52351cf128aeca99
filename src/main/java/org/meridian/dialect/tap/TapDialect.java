// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap;

import io.javalin.router.JavalinDefaultRoutingApi;
import org.meridian.dialect.ArchiveServices;
import org.meridian.dialect.Dialect;
import org.meridian.dialect.DialectInfo;
import org.meridian.dialect.tap.async.TapAsync;

/**
 * TAP 1.1 as the archive serves it: {@code /tap/sync} and VOSI ({@link TapRoutes}) and
 * {@code /tap/async} with its job worker ({@link TapAsync}), both running queries through one runner.
 */
// Migrations: TAP_SCHEMA, the ObsCore and raw views, the ADQL functions and the UWS job tables.
@DialectInfo(name = "tap", firstMigration = 10, lastMigration = 19)
public final class TapDialect implements Dialect {

    private final TapRoutes routes;
    private final TapAsync async;

    public TapDialect(ArchiveServices services) {
        this.routes = new TapRoutes(services.db(), services.accounts());
        this.async = TapAsync.start(
                services.db(), services.store(), services.accounts(), routes.runner(), services.fetcher());
    }

    /** The sync service and VOSI, for Gaia TAP+, which serves them again at its own paths. */
    public TapRoutes routes() {
        return routes;
    }

    /** The async service and its jobs, for Gaia TAP+. */
    public TapAsync async() {
        return async;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi javalin) {
        routes.addTo(javalin, async.uploadUrls());
        async.routes().addTo(javalin);
    }

    /** Running jobs go back to the queue for the next start. */
    @Override
    public void close() {
        async.close();
    }
}
