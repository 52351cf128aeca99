// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.uws;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.JobRequestException;
import org.meridian.core.uws.Jobs;
import org.meridian.store.FileStore;
import org.meridian.vo.dali.DaliErrors;
import org.meridian.web.auth.CallerResolver;
import org.meridian.web.auth.DialectRoutes;

/**
 * The UWS 1.1 resource tree of one async service, on one screen: the job list, each job (with
 * WAIT), its phase, quote, executionduration, destruction, error, parameters, results and owner.
 * A service supplies what differs as an {@link AsyncService}.
 */
public final class UwsRoutes {

    private final String listPath;
    private final CallerResolver callers;
    private final JobListHandlers list;
    private final JobHandlers job;
    private final JobPropertyHandlers property;

    /** @param jobs the service's jobs (their job type is the service's executor in the worker) */
    public UwsRoutes(Jobs jobs, FileStore files, Accounts accounts, AsyncService service) {
        JobUrls urls = new JobUrls(service.listPath());
        this.listPath = service.listPath();
        this.callers = new CallerResolver(accounts);
        this.list = new JobListHandlers(jobs, service, urls);
        this.job = new JobHandlers(jobs, urls);
        this.property = new JobPropertyHandlers(jobs, files, service, urls);
    }

    public void addTo(JavalinDefaultRoutingApi routes) {
        // Every endpoint passes the dialect door (NUL characters 400, bad credentials 401): job
        // creation is a DALI request and refuses with an error VOTable, the job resources in plain text.
        JavalinDefaultRoutingApi dali =
                DialectRoutes.of(routes, (ctx, status, message) -> refuse(ctx, status, message, true));
        JavalinDefaultRoutingApi uws =
                DialectRoutes.of(routes, (ctx, status, message) -> refuse(ctx, status, message, false));
        String job = listPath + "/{id}";
        uws.get(listPath, withCaller(list::list, false));
        dali.post(listPath, withCaller(list::create, true));
        uws.get(job, withCaller(this.job::get, false));
        uws.post(job, withCaller(this.job::post, false));
        uws.delete(job, withCaller(this.job::delete, false));
        uws.get(job + "/phase", withCaller(property::phase, false));
        uws.post(job + "/phase", withCaller(property::changePhase, false));
        uws.get(job + "/quote", withCaller(property::quote, false));
        uws.get(job + "/executionduration", withCaller(property::executionDuration, false));
        uws.post(job + "/executionduration", withCaller(property::changeExecutionDuration, false));
        uws.get(job + "/destruction", withCaller(property::destruction, false));
        uws.post(job + "/destruction", withCaller(property::changeDestruction, false));
        uws.get(job + "/error", withCaller(property::error, false));
        uws.get(job + "/parameters", withCaller(property::parameters, false));
        uws.post(job + "/parameters", withCaller(property::changeParameters, false));
        uws.get(job + "/results", withCaller(property::results, false));
        uws.get(job + "/results/{name}", withCaller(property::result, false));
        uws.get(job + "/owner", withCaller(property::owner, false));
    }

    /** A handler that needs to know who calls. */
    @FunctionalInterface
    interface CallerHandler {
        void handle(Context ctx, Caller caller) throws Exception;
    }

    /**
     * Resolves the caller (a bad credential goes on to the door) and answers UWS refusals, as an
     * error VOTable when {@code votable}.
     */
    private Handler withCaller(CallerHandler handler, boolean votable) {
        return ctx -> {
            try {
                handler.handle(ctx, callers.of(ctx));
            } catch (JobRequestException e) {
                refuse(ctx, status(e.kind()), e.getMessage(), votable);
            }
        };
    }

    private static int status(JobRequestException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case WRONG_PHASE -> 409;
            case BAD_REQUEST -> 400;
        };
    }

    private static void refuse(Context ctx, int status, String message, boolean votable) {
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Basic realm=\"meridian\"");
        }
        if (votable) {
            DaliErrors.votable(ctx, status, message);
        } else {
            DaliErrors.text(ctx, status, message);
        }
    }
}
