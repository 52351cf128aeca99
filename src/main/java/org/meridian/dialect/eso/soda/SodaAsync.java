// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.soda;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.JobLimits;
import org.meridian.core.uws.JobRequestException;
import org.meridian.core.uws.JobStore;
import org.meridian.core.uws.JobWorker;
import org.meridian.core.uws.Jobs;
import org.meridian.core.uws.WorkerSettings;
import org.meridian.store.Database;
import org.meridian.store.FileStore;
import org.meridian.vo.uws.AsyncService;
import org.meridian.vo.uws.JobInput;
import org.meridian.vo.uws.UwsParams;
import org.meridian.vo.uws.UwsRoutes;

/**
 * SODA async (SODA 1.0 section 3.1) at {@code /soda/async}: the shared UWS 1.1 resource tree with
 * SODA's parameters, and a job worker that runs {@link SodaJobExecutor}. A job created with a
 * request SODA would refuse is refused at creation, in the same words as {@code /soda/sync}; a job
 * belongs to its creator, so only that account reads its result (docs/access.md). Close it to stop
 * the worker.
 */
public final class SodaAsync implements AsyncService, AutoCloseable {

    static final String LIST_PATH = "/soda/async";

    private final Cutouts cutouts;
    private final JobWorker worker;
    private final UwsRoutes routes;

    private SodaAsync(Cutouts cutouts, JobWorker worker, Jobs jobs, FileStore files, Accounts accounts) {
        this.cutouts = cutouts;
        this.worker = worker;
        this.routes = new UwsRoutes(jobs, files, accounts, this);
    }

    public static SodaAsync start(Database db, FileStore files, Accounts accounts, Cutouts cutouts) {
        try {
            // The jobs wake the worker, which is started once they exist; they find it through this holder.
            AtomicReference<JobWorker> started = new AtomicReference<>();
            Jobs jobs = new Jobs(
                    new JobStore(db, JobLimits.DEFAULT),
                    files,
                    SodaJobExecutor.JOB_TYPE,
                    () -> started.get().wakeUp(),
                    (id, reason) -> started.get().stopped(id, reason));
            JobWorker worker = JobWorker.start(
                    db,
                    files,
                    Map.of(SodaJobExecutor.JOB_TYPE, new SodaJobExecutor(cutouts, accounts)),
                    WorkerSettings.DEFAULT);
            started.set(worker);
            return new SodaAsync(cutouts, worker, jobs, files, accounts);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start the SODA async worker: " + e.getMessage(), e);
        }
    }

    public void addTo(JavalinDefaultRoutingApi javalin) {
        routes.addTo(javalin);
    }

    @Override
    public String listPath() {
        return LIST_PATH;
    }

    @Override
    public JobInput read(Context ctx, Caller caller) throws JobRequestException {
        UwsParams request = UwsParams.of(ctx);
        Map<String, String> parameters = request.except("phase", "runid");
        if (ctx.path().equals(LIST_PATH)) {
            check(caller, parameters);
        }
        // A change to a pending job's parameters is checked when it runs, with all of them.
        return new JobInput(request, parameters, Map.of(), () -> {});
    }

    /** A new job's cutout, planned as /soda/sync would plan it: refused now rather than failed later. */
    private void check(Caller caller, Map<String, String> parameters) throws JobRequestException {
        Cutouts.Plan plan;
        try {
            plan = cutouts.plan(caller, SodaJobExecutor.params(parameters));
        } catch (SQLException e) {
            throw new IllegalStateException("the archive database did not answer: " + e.getMessage(), e);
        }
        switch (plan) {
            case Cutouts.Refused(SodaFault fault) ->
                throw new JobRequestException(JobRequestException.Kind.BAD_REQUEST, fault.getMessage());
            case Cutouts.NotAuthorized(String dpId) ->
                throw new JobRequestException(
                        JobRequestException.Kind.FORBIDDEN, "NotAuthorizedFault: " + dpId + " is proprietary");
            case Cutouts.Ready ready -> {}
        }
    }

    @Override
    public void close() {
        worker.close();
    }
}
