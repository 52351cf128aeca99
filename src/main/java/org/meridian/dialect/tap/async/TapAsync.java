// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.async;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.meridian.core.auth.Accounts;
import org.meridian.core.uws.JobLimits;
import org.meridian.core.uws.JobStore;
import org.meridian.core.uws.JobWorker;
import org.meridian.core.uws.Jobs;
import org.meridian.core.uws.WorkerSettings;
import org.meridian.dialect.tap.query.TapQueryRunner;
import org.meridian.dialect.tap.upload.UploadUrls;
import org.meridian.store.Database;
import org.meridian.store.FileStore;
import org.meridian.web.fetch.GuardedFetcher;

/** TAP async as a running service: its job worker and its routes. Close it to stop the worker. */
public final class TapAsync implements AutoCloseable {

    private final JobWorker worker;
    private final Jobs jobs;
    private final TapAsyncRoutes routes;
    private final UploadUrls uploadUrls;

    private TapAsync(JobWorker worker, Jobs jobs, TapAsyncRoutes routes, UploadUrls uploadUrls) {
        this.worker = worker;
        this.jobs = jobs;
        this.routes = routes;
        this.uploadUrls = uploadUrls;
    }

    /**
     * Starts the worker; jobs run through {@code runner}, the one /tap/sync uses.
     *
     * @param fetcher fetches URL uploads other than this service's own job results
     */
    public static TapAsync start(
            Database db, FileStore files, Accounts accounts, TapQueryRunner runner, GuardedFetcher fetcher) {
        try {
            // The jobs wake the worker, whose executor reads job results through the jobs: the
            // worker is started once the jobs exist, and they find it through this holder.
            AtomicReference<JobWorker> started = new AtomicReference<>();
            Jobs jobs = new Jobs(
                    new JobStore(db, JobLimits.DEFAULT),
                    files,
                    TapJobExecutor.JOB_TYPE,
                    () -> started.get().wakeUp(),
                    (id, reason) -> started.get().stopped(id, reason));
            UploadUrls urls = new UploadUrls(fetcher, jobs, files);
            JobWorker worker = JobWorker.start(
                    db,
                    files,
                    Map.of(TapJobExecutor.JOB_TYPE, new TapJobExecutor(runner, accounts, files, urls)),
                    WorkerSettings.DEFAULT);
            started.set(worker);
            return new TapAsync(worker, jobs, new TapAsyncRoutes(jobs, files, accounts, runner.limits(), urls), urls);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start the TAP async worker: " + e.getMessage(), e);
        }
    }

    /** The TAP jobs, for Gaia TAP+'s job listing, deletion and {@code job_upload} tables. */
    public Jobs jobs() {
        return jobs;
    }

    public TapAsyncRoutes routes() {
        return routes;
    }

    /** Where URL uploads come from, for /tap/sync too: the fetcher and these jobs' results. */
    public UploadUrls uploadUrls() {
        return uploadUrls;
    }

    @Override
    public void close() {
        worker.close();
    }
}
