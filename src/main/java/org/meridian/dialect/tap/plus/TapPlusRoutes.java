// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.sql.SQLException;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.TapRoutes;
import org.meridian.dialect.tap.async.TapAsync;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.store.Database;
import org.meridian.store.FileStore;
import org.meridian.vo.dali.DaliErrors;
import org.meridian.vo.uws.UwsRoutes;
import org.meridian.web.auth.CallerResolver;
import org.meridian.web.auth.DialectRoutes;
import org.meridian.web.fetch.GuardedFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gaia's TAP+ (seed 003 sections 2 and 3; docs/urls.md): the TAP service again at
 * {@code /tap-server/tap} with Gaia's tableset, login and logout, and each account's user space
 * (upload, delete, table tool, quotas), job listing and deletion. TAP+ extends the TAP dialect:
 * its queries run through TAP's runner, which sees each caller's user tables through
 * {@link UserTapTables}. Every endpoint passes the dialect door and answers refusals as the DALI
 * error VOTable whose message TapPlus shows.
 */
final class TapPlusRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(TapPlusRoutes.class);

    private static final String SERVER = "/tap-server";
    private static final String TAP = SERVER + "/tap";

    private final TapRoutes tap;
    private final TapAsync async;
    private final PlusSessions sessions;
    private final GaiaTables tables;
    private final UploadHandler upload;
    private final TableToolHandler tableTool;
    private final PlusJobs jobs;
    private final ShareHandler share;
    private final EventsHandler events;
    private final UwsRoutes uws;

    TapPlusRoutes(
            Database db,
            FileStore files,
            Accounts accounts,
            GuardedFetcher fetcher,
            TapRoutes tap,
            TapAsync async,
            Quota quota) {
        this.tap = tap;
        this.async = async;
        tap.schema()
                .setCallerTables(new UserTapTables(
                        new JobUploads(async.jobs(), files, tap.runner().limits())));
        CallerResolver callers = new CallerResolver(accounts);
        UserTableEditor editor = new UserTableEditor(db);
        this.sessions = new PlusSessions(accounts, db);
        this.tables = new GaiaTables(db, tap.schema(), callers);
        this.upload =
                new UploadHandler(callers, new UserTableLoader(db, quota), editor, quota, fetcher, async.jobs(), files);
        this.tableTool = new TableToolHandler(callers, editor);
        this.jobs = new PlusJobs(callers, async.jobs(), db);
        this.events = new EventsHandler(db, callers);
        this.share = new ShareHandler(callers, new Sharing(db));
        this.uws = new UwsRoutes(async.jobs(), files, accounts, new PlusAsync(async.routes()));
    }

    void addTo(JavalinDefaultRoutingApi javalin) {
        JavalinDefaultRoutingApi routes = DialectRoutes.of(javalin, DaliErrors::votable);
        tap.addQueriesAt(javalin, TAP, async.uploadUrls());
        uws.addTo(javalin);
        routes.post(SERVER + "/login", answering(sessions::login));
        routes.post(SERVER + "/logout", answering(sessions::logout));
        routes.get(TAP + "/tables", answering(tables::handle));
        routes.post(TAP + "/tables", answering(tables::handle));
        routes.post(SERVER + "/Upload", answering(upload::handle));
        routes.post(SERVER + "/TableTool", answering(tableTool::handle));
        routes.get(TAP + "/jobs/{list}", answering(jobs::list));
        routes.post(TAP + "/deletejobs", answering(jobs::delete));
        routes.get(TAP + "/share", answering(share::handle));
        routes.post(TAP + "/share", answering(share::handle));
        routes.get(TAP + "/users", answering(share::users));
        routes.get(TAP + "/event", answering(events::events));
        routes.get(TAP + "/notification", answering(events::notifications));
        routes.post(TAP + "/notification", answering(events::notifications));
    }

    /** The caller, who must be logged in: user space belongs to accounts. */
    static Caller loggedIn(CallerResolver callers, Context ctx) throws TapException, SQLException {
        Caller caller = callers.of(ctx);
        if (caller.isAnonymous()) {
            throw new TapException(401, "log in first (/tap-server/login): user tables belong to an account");
        }
        return caller;
    }

    /** A TAP+ handler: refusals are {@link TapException}s. */
    @FunctionalInterface
    interface PlusHandler {
        void handle(Context ctx) throws TapException, SQLException;
    }

    private static Handler answering(PlusHandler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (TapException e) {
                if (e.status() >= 500) {
                    LOG.warn("TAP+ {} failed: {}", ctx.path(), e.getMessage(), e.getCause());
                }
                ctx.status(e.status());
                DaliErrors.votable(ctx, e.status(), e.getMessage());
            }
        };
    }
}
