// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.meridian.store.Database;
import org.meridian.store.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs QUEUED jobs from the database (docs/design.md rule 5). It claims jobs with {@code FOR UPDATE SKIP
 * LOCKED}, runs each on a virtual thread under a concurrency limit, beats a heartbeat while they
 * run, cancels the running statement when a job is aborted, deleted or over its execution
 * duration, fails the jobs of dead workers, and reaps jobs past their destruction time. Any number
 * of workers in any number of processes may share one database.
 */
public final class JobWorker implements AutoCloseable {

    /** The error summary of a job whose worker vanished. */
    public static final String ORPHAN_REASON = "server restarted while the job was running";

    private static final Logger LOG = LoggerFactory.getLogger(JobWorker.class);

    private final String id;
    private final JobClaims claims;
    private final JobReaper reaper;
    private final FileStore files;
    private final Map<String, JobExecutor> executors;
    private final WorkerSettings settings;
    private final Semaphore slots;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Map<String, RunningJob> running = new ConcurrentHashMap<>();
    private final ExecutorService jobThreads = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean stopping;
    private Thread claimLoop;
    private Thread monitorLoop;

    private record RunningJob(Job job, CancellationToken token, Instant deadline) {}

    private JobWorker(Database db, FileStore files, Map<String, JobExecutor> executors, WorkerSettings settings) {
        this.id = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        this.claims = new JobClaims(db);
        this.reaper = new JobReaper(db, files);
        this.files = files;
        this.executors = Map.copyOf(executors);
        this.settings = settings;
        this.slots = new Semaphore(settings.concurrency());
    }

    /**
     * Fails the jobs left EXECUTING by dead workers (a restart loses no job: it ends in ERROR with
     * {@link #ORPHAN_REASON}), then starts claiming jobs of the types {@code executors} runs.
     */
    public static JobWorker start(
            Database db, FileStore files, Map<String, JobExecutor> executors, WorkerSettings settings)
            throws SQLException {
        JobWorker worker = new JobWorker(db, files, executors, settings);
        int orphans = worker.claims.failOrphans(settings.staleAfter(), ORPHAN_REASON);
        if (orphans > 0) {
            LOG.warn("{} job(s) were running when their server stopped; marked ERROR", orphans);
        }
        worker.claimLoop = Thread.ofVirtual().name("uws-claim").start(worker::claimJobs);
        worker.monitorLoop = Thread.ofVirtual().name("uws-monitor").start(worker::monitor);
        return worker;
    }

    public String id() {
        return id;
    }

    /** A job was just queued in this process: look for it now rather than at the next poll. */
    public void wakeUp() {
        wakeUps.release();
    }

    /**
     * A job was just aborted or deleted through this process: if this worker runs it, cancel its
     * statement now, on the caller's thread, rather than at the monitor's next tick. The monitor
     * still notices aborts made through other processes, and repeats the cancel until the job ends.
     */
    public void stopped(String jobId, CancellationToken.Reason reason) {
        RunningJob r = running.get(jobId);
        if (r != null) {
            r.token().cancel(reason);
        }
    }

    /** The jobs this worker runs at the moment. */
    public Set<String> runningJobs() {
        return Set.copyOf(running.keySet());
    }

    private void claimJobs() {
        while (!stopping) {
            try {
                if (!slots.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                    continue;
                }
                if (!claimOne()) {
                    slots.release();
                    if (wakeUps.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                        wakeUps.drainPermits();
                    }
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Claims and starts one job in a slot already taken; false when there was none to claim. */
    private boolean claimOne() throws InterruptedException {
        try {
            Optional<Job> claimed = claims.claim(id, executors.keySet());
            if (claimed.isEmpty()) {
                return false;
            }
            Job job = claimed.get();
            CancellationToken token = new CancellationToken();
            running.put(job.id(), new RunningJob(job, token, deadline(job)));
            jobThreads.execute(() -> run(job, token));
            return true;
        } catch (SQLException e) {
            LOG.warn("cannot claim jobs: {}", e.getMessage());
            Thread.sleep(settings.pollInterval());
            return false;
        }
    }

    private static Instant deadline(Job job) {
        Duration limit = job.executionDuration();
        return limit.isZero() ? Instant.MAX : job.startTime().plus(limit);
    }

    private void run(Job job, CancellationToken token) {
        try {
            JobExecutor executor = executors.get(job.jobType());
            executor.run(job, new StoredResultSink(job.id(), files, claims), token);
            if (token.isCancelled()) {
                settleCancelled(job, token.reason());
            } else {
                claims.complete(job.id(), id);
            }
        } catch (Exception e) {
            settleFailed(job, token, e);
        } catch (StackOverflowError e) {
            // The last guard: an executor that recursed past the end of its stack (a query nested
            // too deeply for it) fails the job with a summary instead of leaving it EXECUTING until
            // the orphan sweep. Only the job's own frames were lost; the stack has unwound to here.
            LOG.warn("job {} ran out of stack", job.id());
            settleFailed(job, token, new JobFailedException("the job's input is nested too deeply to run"));
        } finally {
            running.remove(job.id());
            slots.release();
        }
    }

    /** Executors throw whatever their statement threw when cancelled; the token says what happened. */
    private void settleFailed(Job job, CancellationToken token, Exception e) {
        try {
            if (token.isCancelled()) {
                settleCancelled(job, token.reason());
            } else if (e instanceof JobRetryException retry) {
                LOG.info("job {} cannot start yet ({}); queued again", job.id(), e.getMessage());
                claims.retryLater(job.id(), id, retry.after());
            } else if (e instanceof JobFailedException) {
                claims.fail(job.id(), id, ErrorSummary.fatal(e.getMessage()));
            } else if (e instanceof SQLException) {
                claims.fail(job.id(), id, ErrorSummary.fatal("query failed: " + e.getMessage()));
            } else {
                LOG.error("job {} failed", job.id(), e);
                claims.fail(job.id(), id, ErrorSummary.fatal("internal error while running the job"));
            }
        } catch (SQLException s) {
            LOG.error("cannot record the end of job {}; orphan recovery will", job.id(), s);
        }
    }

    private void settleCancelled(Job job, CancellationToken.Reason reason) throws SQLException {
        switch (reason) {
            case TIMED_OUT ->
                claims.fail(
                        job.id(),
                        id,
                        ErrorSummary.fatal("the job exceeded its execution duration of "
                                + job.executionDuration().toSeconds() + " s"));
            case SHUTDOWN -> claims.requeue(job.id(), id);
            // ABORTED and DELETED were recorded by whoever asked; nothing is left to write.
            case ABORTED, DELETED -> {}
        }
    }

    private void monitor() {
        Instant nextSweep = Instant.now();
        Instant nextReap = Instant.now();
        while (!stopping) {
            try {
                checkRunning();
                Instant now = Instant.now();
                if (now.isAfter(nextSweep)) {
                    claims.failOrphans(settings.staleAfter(), ORPHAN_REASON);
                    nextSweep = now.plus(settings.staleAfter().dividedBy(2));
                }
                if (now.isAfter(nextReap)) {
                    reaper.reap();
                    nextReap = now.plus(settings.reapInterval());
                }
            } catch (SQLException e) {
                LOG.warn("job monitor: {}", e.getMessage());
            }
            if (!sleep(settings.monitorInterval())) {
                return;
            }
        }
    }

    /**
     * Beats for the running jobs, cancels those aborted or deleted elsewhere and those over time; a
     * job already told to stop is told again each tick until it ends (see {@link CancellationToken}).
     */
    private void checkRunning() throws SQLException {
        if (running.isEmpty()) {
            return;
        }
        Set<String> ids = Set.copyOf(running.keySet());
        Set<String> stillOurs = claims.heartbeat(id, ids);
        Instant now = Instant.now();
        for (String jobId : ids) {
            RunningJob r = running.get(jobId);
            if (r == null) {
                continue;
            }
            if (!stillOurs.contains(jobId)) {
                r.token().cancel(CancellationToken.Reason.ABORTED);
            } else if (now.isAfter(r.deadline())) {
                r.token().cancel(CancellationToken.Reason.TIMED_OUT);
            }
        }
    }

    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Stops claiming, puts the jobs still running back in the queue (another worker, or this server
     * after its restart, runs them again) and cancels their statements.
     */
    @Override
    public void close() {
        stopping = true;
        wakeUps.release();
        try {
            // Not interrupted: an interrupt closes the socket of a claim in flight, losing the job.
            // Both loops notice {@code stopping} within a poll interval; no claim slips in after.
            claimLoop.join();
            monitorLoop.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running.values().forEach(r -> r.token().cancel(CancellationToken.Reason.SHUTDOWN));
        jobThreads.shutdown();
        try {
            if (!jobThreads.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("jobs still running at shutdown: {}", running.keySet());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
