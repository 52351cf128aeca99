// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.async;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Optional;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.JobRequestException;
import org.meridian.core.uws.Jobs;
import org.meridian.dialect.tap.query.TapLimits;
import org.meridian.dialect.tap.upload.UploadLoader;
import org.meridian.dialect.tap.upload.UploadUrls;
import org.meridian.store.FileStore;
import org.meridian.vo.dali.DaliErrors;
import org.meridian.web.NulCharacters;
import org.meridian.web.auth.BadCredentials;
import org.meridian.web.auth.CallerResolver;

/** Every endpoint of TAP async (UWS 1.1 at {@code /tap/async}), on one screen. */
public final class TapAsyncRoutes {

    private static final String JOB = AsyncUrls.LIST_PATH + "/{id}";

    private final CallerResolver callers;
    private final JobListHandlers list;
    private final JobHandlers job;
    private final JobPropertyHandlers property;

    /**
     * @param limits the upload limits the query runner applies, checked when uploads arrive
     * @param urls the sources URL uploads may name, checked with the caller's rights when they arrive
     */
    public TapAsyncRoutes(Jobs jobs, FileStore files, Accounts accounts, TapLimits limits, UploadUrls urls) {
        AsyncUploadRules uploads =
                new AsyncUploadRules(new UploadLoader(limits.uploadMaxBytes(), limits.uploadMaxRows()), urls);
        this.callers = new CallerResolver(accounts);
        this.list = new JobListHandlers(jobs, uploads);
        this.job = new JobHandlers(jobs);
        this.property = new JobPropertyHandlers(jobs, files, uploads);
    }

    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get(AsyncUrls.LIST_PATH, uws(list::list));
        routes.post(AsyncUrls.LIST_PATH, tap(list::create));
        routes.get(JOB, uws(job::get));
        routes.post(JOB, uws(job::post));
        routes.delete(JOB, uws(job::delete));
        routes.get(JOB + "/phase", uws(property::phase));
        routes.post(JOB + "/phase", uws(property::changePhase));
        routes.get(JOB + "/quote", uws(property::quote));
        routes.get(JOB + "/executionduration", uws(property::executionDuration));
        routes.post(JOB + "/executionduration", uws(property::changeExecutionDuration));
        routes.get(JOB + "/destruction", uws(property::destruction));
        routes.post(JOB + "/destruction", uws(property::changeDestruction));
        routes.get(JOB + "/error", uws(property::error));
        routes.get(JOB + "/parameters", uws(property::parameters));
        routes.post(JOB + "/parameters", uws(property::changeParameters));
        routes.get(JOB + "/results", uws(property::results));
        routes.get(JOB + "/results/{name}", uws(property::result));
        routes.get(JOB + "/owner", uws(property::owner));
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

    /** Job creation is a TAP request: refusals are TAP error VOTables. */
    private Handler tap(CallerHandler handler) {
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
