// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.async;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.meridian.core.auth.Accounts;
import org.meridian.core.uws.JobExecutor;
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

/**
 * TAP async as a running service: one job worker for every TAP service of the archive ({@code /tap},
 * and ESO's {@code /tap_obs} and {@code /tap_cat}), each with its own job type, job list and routes, so
 * a job runs through its own service's runner and tables. Close it to stop the worker.
 */
public final class TapAsync implements AutoCloseable {

    /**
     * One TAP service's async side.
     *
     * @param jobType the job type its jobs are stored with (for /tap, {@link TapJobExecutor#JOB_TYPE})
     * @param listPath its UWS job list, e.g. {@code /tap/async}
     * @param runner the runner its sync queries use
     */
    public record Mount(String jobType, String listPath, TapQueryRunner runner) {}

    /** What one mounted service has: its jobs, their routes, and where its URL uploads come from. */
    private record Service(Jobs jobs, TapAsyncRoutes routes, UploadUrls uploadUrls) {}

    private final JobWorker worker;
    private final List<Service> services;

    private TapAsync(JobWorker worker, List<Service> services) {
        this.worker = worker;
        this.services = List.copyOf(services);
    }

    /**
     * Starts the worker for {@code /tap} alone; jobs run through {@code runner}, the one /tap/sync uses.
     *
     * @param fetcher fetches URL uploads other than this service's own job results
     */
    public static TapAsync start(
            Database db, FileStore files, Accounts accounts, TapQueryRunner runner, GuardedFetcher fetcher) {
        return start(db, files, accounts, fetcher, List.of(new Mount(TapJobExecutor.JOB_TYPE, "/tap/async", runner)));
    }

    /**
     * Starts one worker for the jobs of every mount; the first mount is the one {@link #jobs()},
     * {@link #routes()} and {@link #uploadUrls()} answer for (/tap, which Gaia TAP+ extends).
     */
    public static TapAsync start(
            Database db, FileStore files, Accounts accounts, GuardedFetcher fetcher, List<Mount> mounts) {
        try {
            // The jobs wake the worker, whose executors read job results through the jobs: the
            // worker is started once the jobs exist, and they find it through this holder.
            AtomicReference<JobWorker> started = new AtomicReference<>();
            List<Service> services = new ArrayList<>();
            Map<String, JobExecutor> executors = new LinkedHashMap<>();
            for (Mount m : mounts) {
                Jobs jobs = new Jobs(
                        new JobStore(db, JobLimits.DEFAULT),
                        files,
                        m.jobType(),
                        () -> started.get().wakeUp(),
                        (id, reason) -> started.get().stopped(id, reason));
                UploadUrls urls = new UploadUrls(fetcher, jobs, files);
                executors.put(m.jobType(), new TapJobExecutor(m.runner(), accounts, files, urls));
                services.add(new Service(
                        jobs,
                        new TapAsyncRoutes(
                                m.listPath(), jobs, files, accounts, m.runner().limits(), urls),
                        urls));
            }
            JobWorker worker = JobWorker.start(db, files, executors, WorkerSettings.DEFAULT);
            started.set(worker);
            return new TapAsync(worker, services);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start the TAP async worker: " + e.getMessage(), e);
        }
    }

    /** The TAP jobs, for Gaia TAP+'s job listing, deletion and {@code job_upload} tables. */
    public Jobs jobs() {
        return services.getFirst().jobs();
    }

    public TapAsyncRoutes routes() {
        return services.getFirst().routes();
    }

    /** Where URL uploads come from, for /tap/sync too: the fetcher and these jobs' results. */
    public UploadUrls uploadUrls() {
        return services.getFirst().uploadUrls();
    }

    /** The same for the service whose job list is {@code listPath}. */
    public UploadUrls uploadUrls(String listPath) {
        return services.stream()
                .filter(s -> s.routes().listPath().equals(listPath))
                .findFirst()
                .orElseThrow()
                .uploadUrls();
    }

    /** Every mounted service's UWS routes. */
    public void addTo(JavalinDefaultRoutingApi javalin) {
        services.forEach(s -> s.routes().addTo(javalin));
    }

    @Override
    public void close() {
        worker.close();
    }
}
