// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.soda;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.meridian.core.auth.Accounts;
import org.meridian.core.uws.JobLimits;
import org.meridian.core.uws.JobStore;
import org.meridian.core.uws.JobWorker;
import org.meridian.core.uws.Jobs;
import org.meridian.core.uws.WorkerSettings;
import org.meridian.store.Database;
import org.meridian.store.FileStore;
import org.meridian.vo.uws.UwsRoutes;

/**
 * SODA async (SODA 1.0 section 3.1) at {@code /soda/async}: the shared UWS 1.1 resource tree with
 * SODA's parameters ({@link SodaJobRequests}), and a job worker that runs {@link SodaJobExecutor}. A
 * job belongs to its creator, so only that account reads its result (docs/access.md). Close it to
 * stop the worker.
 *
 * @param worker runs the jobs; closed with this service
 * @param routes the job resource tree
 */
public record SodaAsync(JobWorker worker, UwsRoutes routes) implements AutoCloseable {

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
            return new SodaAsync(worker, new UwsRoutes(jobs, files, accounts, new SodaJobRequests(cutouts)));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start the SODA async worker: " + e.getMessage(), e);
        }
    }

    public void addTo(JavalinDefaultRoutingApi javalin) {
        routes.addTo(javalin);
    }

    @Override
    public void close() {
        worker.close();
    }
}
