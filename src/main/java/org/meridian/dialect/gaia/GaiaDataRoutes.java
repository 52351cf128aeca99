// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.meridian.core.uws.JobLimits;
import org.meridian.core.uws.JobStore;
import org.meridian.core.uws.Jobs;
import org.meridian.dialect.ArchiveServices;
import org.meridian.dialect.Dialect;
import org.meridian.dialect.DialectInfo;
import org.meridian.vo.dali.DaliErrors;
import org.meridian.web.auth.CallerResolver;
import org.meridian.web.auth.DialectRoutes;

/**
 * The Gaia archive's data server (seed "Command line access: Datalink" and "data retrieval"):
 * DataLink links per source, product retrieval, and login/logout sharing the TAP session. Refusals
 * are DALI error VOTables, which astroquery shows as the message.
 */
// Migrations: V70–V79 are reserved for it; the products are catalogue tables and need no schema of their own.
@DialectInfo(name = "gaia-data", firstMigration = 70, lastMigration = 79)
public final class GaiaDataRoutes implements Dialect {

    /** The TAP service's UWS job type: {@code job:<id>.<column>} IDs read those jobs' results. */
    static final String TAP_JOB_TYPE = "tap";

    private final LinksHandler links;
    private final DataHandler data;
    private final Sessions sessions;

    public GaiaDataRoutes(ArchiveServices services) {
        CallerResolver callers = new CallerResolver(services.accounts());
        // Read-only use of the TAP jobs: nothing is queued through these, so nothing needs waking.
        Jobs jobs = new Jobs(new JobStore(services.db(), JobLimits.DEFAULT), services.store(), TAP_JOB_TYPE, () -> {});
        Products products = new Products(services.db(), new JobIds(jobs, services.store()));
        this.links = new LinksHandler(products, callers);
        this.data = new DataHandler(products, callers);
        this.sessions = new Sessions(services.accounts());
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi router) {
        JavalinDefaultRoutingApi routes = DialectRoutes.of(router, DaliErrors::votable);
        routes.get("/data-server/datalink/links", guarded(links::handle));
        routes.post("/data-server/datalink/links", guarded(links::handle));
        routes.get("/data-server/data", guarded(data::handle));
        routes.post("/data-server/data", guarded(data::handle));
        routes.post("/data-server/login", guarded(sessions::login));
        routes.post("/data-server/logout", guarded(sessions::logout));
        routes.get("/data-server/logout", guarded(sessions::logout));
    }

    /** A handler whose refusals are answered as DALI error VOTables with their 4xx status. */
    private static Handler guarded(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (DataServerException e) {
                refuse(ctx, e);
            }
        };
    }

    private static void refuse(Context ctx, DataServerException e) {
        DaliErrors.votable(ctx, e.status(), e.getMessage());
    }
}
