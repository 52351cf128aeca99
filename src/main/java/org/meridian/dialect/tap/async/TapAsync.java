// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.async;

import java.sql.SQLException;
import java.util.Map;
import org.meridian.core.auth.Accounts;
import org.meridian.core.uws.JobLimits;
import org.meridian.core.uws.JobStore;
import org.meridian.core.uws.JobWorker;
import org.meridian.core.uws.Jobs;
import org.meridian.core.uws.WorkerSettings;
import org.meridian.dialect.tap.query.TapQueryRunner;
import org.meridian.store.Database;
import org.meridian.store.FileStore;

/** TAP async as a running service: its job worker and its routes. Close it to stop the worker. */
public final class TapAsync implements AutoCloseable {

    private final JobWorker worker;
    private final TapAsyncRoutes routes;

    private TapAsync(JobWorker worker, TapAsyncRoutes routes) {
        this.worker = worker;
        this.routes = routes;
    }

    /** Starts the worker; jobs run through {@code runner}, the one /tap/sync uses. */
    public static TapAsync start(Database db, FileStore files, Accounts accounts, TapQueryRunner runner) {
        try {
            JobWorker worker = JobWorker.start(
                    db,
                    files,
                    Map.of(TapJobExecutor.JOB_TYPE, new TapJobExecutor(runner, accounts, files)),
                    WorkerSettings.DEFAULT);
            Jobs jobs = new Jobs(
                    new JobStore(db, JobLimits.DEFAULT),
                    files,
                    TapJobExecutor.JOB_TYPE,
                    worker::wakeUp,
                    worker::stopped);
            return new TapAsync(worker, new TapAsyncRoutes(jobs, files, accounts, runner.limits()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start the TAP async worker: " + e.getMessage(), e);
        }
    }

    public TapAsyncRoutes routes() {
        return routes;
    }

    @Override
    public void close() {
        worker.close();
    }
}
