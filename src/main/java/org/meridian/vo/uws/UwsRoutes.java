// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.uws;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Optional;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.JobRequestException;
import org.meridian.core.uws.Jobs;
import org.meridian.store.FileStore;
import org.meridian.vo.dali.DaliErrors;
import org.meridian.web.NulCharacters;
import org.meridian.web.auth.BadCredentials;
import org.meridian.web.auth.CallerResolver;

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
        String job = listPath + "/{id}";
        routes.get(listPath, uws(list::list));
        routes.post(listPath, dali(list::create));
        routes.get(job, uws(this.job::get));
        routes.post(job, uws(this.job::post));
        routes.delete(job, uws(this.job::delete));
        routes.get(job + "/phase", uws(property::phase));
        routes.post(job + "/phase", uws(property::changePhase));
        routes.get(job + "/quote", uws(property::quote));
        routes.get(job + "/executionduration", uws(property::executionDuration));
        routes.post(job + "/executionduration", uws(property::changeExecutionDuration));
        routes.get(job + "/destruction", uws(property::destruction));
        routes.post(job + "/destruction", uws(property::changeDestruction));
        routes.get(job + "/error", uws(property::error));
        routes.get(job + "/parameters", uws(property::parameters));
        routes.post(job + "/parameters", uws(property::changeParameters));
        routes.get(job + "/results", uws(property::results));
        routes.get(job + "/results/{name}", uws(property::result));
        routes.get(job + "/owner", uws(property::owner));
    }

    /** A handler that needs to know who calls. */
    @FunctionalInterface
    interface CallerHandler {
        void handle(Context ctx, Caller caller) throws Exception;
    }

    /** UWS resources answer refusals in plain text. */
    private Handler uws(CallerHandler handler) {
        return guarded(handler, false);
    }

    /** Job creation is a DALI request: refusals are DALI error VOTables. */
    private Handler dali(CallerHandler handler) {
        return guarded(handler, true);
    }

    private Handler guarded(CallerHandler handler, boolean votable) {
        return ctx -> {
            // Job parameters are stored as text, which cannot hold a NUL character.
            Optional<String> nul = NulCharacters.in(ctx);
            if (nul.isPresent()) {
                refuse(ctx, 400, NulCharacters.message(nul.get()), votable);
                return;
            }
            try {
                handler.handle(ctx, callers.of(ctx));
            } catch (BadCredentials e) {
                ctx.header("WWW-Authenticate", "Basic realm=\"meridian\"");
                e.clearCookies(ctx);
                refuse(ctx, 401, e.getMessage(), votable);
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
        if (votable) {
            DaliErrors.votable(ctx, status, message);
        } else {
            DaliErrors.text(ctx, status, message);
        }
    }
}
