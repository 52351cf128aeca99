// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap;

import io.javalin.router.JavalinDefaultRoutingApi;
import org.meridian.dialect.ArchiveServices;
import org.meridian.dialect.Dialect;
import org.meridian.dialect.MigrationRange;
import org.meridian.dialect.tap.async.TapAsync;

/**
 * TAP 1.1 as the archive serves it: {@code /tap/sync} and VOSI ({@link TapRoutes}) and
 * {@code /tap/async} with its job worker ({@link TapAsync}), both running queries through one runner.
 */
public final class TapDialect implements Dialect {

    private final TapRoutes routes;
    private final TapAsync async;

    public TapDialect(ArchiveServices services) {
        this.routes = new TapRoutes(services.db(), services.accounts());
        this.async = TapAsync.start(
                services.db(), services.store(), services.accounts(), routes.runner(), services.fetcher());
    }

    @Override
    public String name() {
        return "tap";
    }

    /** TAP_SCHEMA, the ObsCore and raw views, the ADQL functions and the UWS job tables. */
    @Override
    public MigrationRange migrations() {
        return new MigrationRange(10, 19);
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
