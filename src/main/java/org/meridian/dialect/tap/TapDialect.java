// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.dialect.ArchiveServices;
import org.meridian.dialect.Dialect;
import org.meridian.dialect.DialectInfo;
import org.meridian.dialect.tap.async.TapAsync;
import org.meridian.dialect.tap.async.TapJobExecutor;
import org.meridian.dialect.tap.schema.TableScope;

/**
 * TAP 1.1 as the archive serves it: {@code /tap/sync} and VOSI ({@link TapRoutes}) and
 * {@code /tap/async} with its job worker ({@link TapAsync}), both running queries through one runner;
 * and the same service over part of the tables at ESO's paths, {@code /tap_obs} and {@code /tap_cat}
 * ({@link TableScope}), each with its own sync, async, VOSI and TAP_SCHEMA.
 */
// Migrations: TAP_SCHEMA, the ObsCore and raw views, the ADQL functions and the UWS job tables.
@DialectInfo(name = "tap", firstMigration = 10, lastMigration = 19)
public final class TapDialect implements Dialect {

    /** The services over part of the tables, each at {@code "/" + scope.name()}. */
    private static final List<TableScope> SCOPES = List.of(TableScope.OBSERVATIONS, TableScope.CATALOGUES);

    private final TapRoutes routes;
    private final Map<String, TapRoutes> scoped = new LinkedHashMap<>();
    private final TapAsync async;

    public TapDialect(ArchiveServices services) {
        this.routes = new TapRoutes(services.db(), services.accounts());
        List<TapAsync.Mount> mounts = new ArrayList<>();
        mounts.add(new TapAsync.Mount(TapJobExecutor.JOB_TYPE, "/tap/async", routes.runner()));
        for (TableScope scope : SCOPES) {
            TapRoutes service = routes.scoped(scope);
            String base = "/" + scope.name();
            scoped.put(base, service);
            // Its jobs are its own type, so each job list shows only that service's jobs.
            mounts.add(new TapAsync.Mount(scope.name(), base + "/async", service.runner()));
        }
        this.async = TapAsync.start(services.db(), services.store(), services.accounts(), services.fetcher(), mounts);
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
        scoped.forEach((base, service) -> service.addTo(javalin, base, async.uploadUrls(base + "/async")));
        async.addTo(javalin);
    }

    /** Running jobs go back to the queue for the next start. */
    @Override
    public void close() {
        async.close();
    }
}
