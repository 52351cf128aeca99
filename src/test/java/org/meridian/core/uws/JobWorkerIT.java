// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.store.Database;
import org.meridian.store.LocalFileStore;
import org.meridian.testing.TestDatabases;

class JobWorkerIT {

    // Two workers of two slots: each running job holds one of the test pool's 8 connections.
    private static final WorkerSettings FAST = new WorkerSettings(
            2, Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMinutes(10));

    @TempDir
    Path home;

    private Database db;
    private LocalFileStore files;
    private JobStore store;
    private SqlTestExecutor executor;
    private final List<JobWorker> workers = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.fresh();
        files = new LocalFileStore(home.resolve("files"));
        store = new JobStore(db, JobLimits.DEFAULT);
        executor = new SqlTestExecutor(db);
    }

    @AfterEach
    void close() {
        workers.forEach(JobWorker::close);
        db.close();
    }

    private JobWorker worker() throws SQLException {
        JobWorker w = JobWorker.start(db, files, Map.of("tap", executor), FAST);
        workers.add(w);
        return w;
    }

    private Job queued(String sql) throws SQLException {
        Job job = store.create(new NewJob("tap", null, null, Map.of("query", sql)));
        assertThat(store.queue(job.id())).isTrue();
        return job;
    }

    private Job awaitPhase(String id, Phase phase, Duration within) throws Exception {
        eventually(() -> phaseOf(id) == phase, within);
        return store.find(id).orElseThrow();
    }

    private Phase phaseOf(String id) {
        try {
            return store.phase(id).orElse(null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void eventually(BooleanSupplier condition, Duration within) throws InterruptedException {
        Instant until = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("condition not met within " + within);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aQueuedJobRunsToCompletionAndItsResultIsStored() throws Exception {
        worker();
        Job job = queued("select generate_series(1, 3)");
        Job done = awaitPhase(job.id(), Phase.COMPLETED, Duration.ofSeconds(10));
        assertThat(done.startTime()).isNotNull();
        assertThat(done.endTime()).isAfterOrEqualTo(done.startTime());
        assertThat(done.results()).singleElement().satisfies(r -> {
            assertThat(r.storageKey()).isEqualTo("uws/" + job.id() + "/result");
            assertThat(r.size()).isEqualTo(6);
        });
        try (var in = files.open("uws/" + job.id() + "/result")) {
            assertThat(new String(in.readAllBytes())).isEqualTo("1\n2\n3\n");
        }
    }

    @Test
    void aPendingJobWaitsForRun() throws Exception {
        worker();
        Job job = store.create(new NewJob("tap", null, null, Map.of("query", "select 1")));
        Thread.sleep(400);
        assertThat(phaseOf(job.id())).isEqualTo(Phase.PENDING);
        store.queue(job.id());
        awaitPhase(job.id(), Phase.COMPLETED, Duration.ofSeconds(10));
    }

    @Test
    void aFailingQueryEndsInErrorWithItsMessage() throws Exception {
        worker();
        Job job = queued("select 1/0");
        Job failed = awaitPhase(job.id(), Phase.ERROR, Duration.ofSeconds(10));
        assertThat(failed.error().message()).contains("division by zero");
        assertThat(failed.error().type()).isEqualTo(ErrorSummary.Type.FATAL);
    }

    @Test
    void skipLockedLetsTwoWorkersTakeDistinctJobsWithoutWaiting() throws Exception {
        JobClaims claims = new JobClaims(db);
        Job first = queued("select 1");
        Job second = queued("select 2");
        try (Connection holder = db.connection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select id from uws_job where id = ? for update")) {
                lock.setString(1, first.id());
                lock.executeQuery().close();
            }
            // Worker A skips the locked row instead of blocking on it; worker B then finds nothing.
            assertThat(claims.claim("A", Set.of("tap"))).map(Job::id).contains(second.id());
            assertThat(claims.claim("B", Set.of("tap"))).isEmpty();
            holder.rollback();
        }
        assertThat(claims.claim("B", Set.of("tap"))).map(Job::id).contains(first.id());
    }

    @Test
    void twoWorkersRunEveryJobExactlyOnce() throws Exception {
        worker();
        worker();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(queued("select pg_sleep(0.02)").id());
        }
        for (String id : ids) {
            awaitPhase(id, Phase.COMPLETED, Duration.ofSeconds(30));
        }
        assertThat(executor.ran).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(executor.runs.get()).isEqualTo(30);
    }

    @Test
    void abortCancelsARunningStatementWithinASecond() throws Exception {
        JobWorker w = worker();
        Job job = queued("select pg_sleep(30)");
        awaitPhase(job.id(), Phase.EXECUTING, Duration.ofSeconds(10));
        Thread.sleep(200); // let the statement reach the server
        Instant aborted = Instant.now();
        assertThat(store.abort(job.id())).isTrue();
        eventually(() -> w.runningJobs().isEmpty(), Duration.ofSeconds(1));
        assertThat(Duration.between(aborted, Instant.now())).isLessThan(Duration.ofSeconds(1));
        assertThat(phaseOf(job.id())).isEqualTo(Phase.ABORTED);
        eventually(() -> sleepingBackends() == 0, Duration.ofSeconds(1));
    }

    private int sleepingBackends() {
        try (Connection c = db.connection();
                ResultSet r = c.createStatement()
                        .executeQuery("select count(*) from pg_stat_activity where query like 'select pg_sleep(30)%'"
                                + " and state = 'active'")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void exceedingTheExecutionDurationEndsInError() throws Exception {
        worker();
        Job job = store.create(new NewJob("tap", null, null, Map.of("query", "select pg_sleep(30)")));
        assertThat(store.setExecutionDuration(job.id(), Duration.ofSeconds(1))).contains(Duration.ofSeconds(1));
        store.queue(job.id());
        Job failed = awaitPhase(job.id(), Phase.ERROR, Duration.ofSeconds(5));
        assertThat(failed.error().message()).contains("execution duration of 1 s");
        assertThat(Duration.between(failed.startTime(), failed.endTime())).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aJobLeftExecutingByADeadWorkerBecomesErrorOnStartup() throws Exception {
        Job job = queued("select 1");
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(
                        "update uws_job set phase = 'EXECUTING', worker_id = 'dead',"
                                + " start_time = now() - interval '1 hour', heartbeat = now() - interval '1 hour' where id = ?")) {
            s.setString(1, job.id());
            s.executeUpdate();
        }
        worker();
        Job recovered = store.find(job.id()).orElseThrow();
        assertThat(recovered.phase()).isEqualTo(Phase.ERROR);
        assertThat(recovered.error().message()).isEqualTo(JobWorker.ORPHAN_REASON);
        assertThat(recovered.error().type()).isEqualTo(ErrorSummary.Type.TRANSIENT);
    }

    @Test
    void aCleanShutdownPutsRunningJobsBackInTheQueue() throws Exception {
        JobWorker w = worker();
        Job job = queued("select pg_sleep(30)");
        awaitPhase(job.id(), Phase.EXECUTING, Duration.ofSeconds(10));
        Thread.sleep(200);
        w.close();
        workers.remove(w);
        assertThat(phaseOf(job.id())).isEqualTo(Phase.QUEUED);
    }

    @Test
    void aWorkerKilledMidJobLeavesItsJobToBecomeErrorAfterARestart() throws Exception {
        // A real crash: the worker runs in another JVM, killed with SIGKILL while its job runs.
        String url;
        try (Connection c = db.connection()) {
            url = c.getMetaData().getURL();
        }
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingWorkerMain.class.getName(),
                        url,
                        home.resolve("files").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            Job job = queued("select pg_sleep(60)");
            awaitPhase(job.id(), Phase.EXECUTING, Duration.ofSeconds(30));
            assertThat(store.find(job.id()).orElseThrow().phase()).isEqualTo(Phase.EXECUTING);
            child.destroyForcibly().waitFor();

            worker();
            Job recovered = awaitPhase(job.id(), Phase.ERROR, Duration.ofSeconds(15));
            assertThat(recovered.error().message()).isEqualTo(JobWorker.ORPHAN_REASON);
            assertThat(executor.ran).doesNotContain(job.id());
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aJobThatCannotStartYetGoesBackToTheQueueAndRunsLater() throws Exception {
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        List<Phase> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        JobExecutor busyOnce = (job, results, cancel) -> {
            if (attempts.incrementAndGet() == 1) {
                throw new JobRetryException("the service is running its maximum of queries", Duration.ofMillis(500));
            }
            executor.run(job, results, cancel);
        };
        JobWorker w = JobWorker.start(db, files, Map.of("tap", busyOnce), FAST);
        workers.add(w);
        Job job = queued("select 7");
        Instant until = Instant.now().plusSeconds(10);
        while (phaseOf(job.id()) != Phase.COMPLETED && Instant.now().isBefore(until)) {
            if (attempts.get() == 1) {
                seen.add(phaseOf(job.id()));
            }
            Thread.sleep(20);
        }
        assertThat(phaseOf(job.id())).isEqualTo(Phase.COMPLETED);
        assertThat(attempts.get()).isEqualTo(2);
        assertThat(seen).contains(Phase.QUEUED).doesNotContain(Phase.ERROR);
        assertThat(store.find(job.id()).orElseThrow().error()).isNull();
    }

    @Test
    void anExecutorThatOverflowsItsStackFailsTheJobInsteadOfLeavingItExecuting() throws Exception {
        JobExecutor bottomless = (job, results, cancel) -> recurse(0);
        JobWorker w = JobWorker.start(db, files, Map.of("tap", bottomless), FAST);
        workers.add(w);
        Job job = queued("select 1");
        Job failed = awaitPhase(job.id(), Phase.ERROR, Duration.ofSeconds(10));
        assertThat(failed.error().message()).contains("nested too deeply");
        // The worker gave the job's slot back and takes the next one.
        assertThat(w.runningJobs()).isEmpty();
        awaitPhase(queued("select 2").id(), Phase.ERROR, Duration.ofSeconds(10));
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @Test
    void ownersAloneSeeTheirJobs() throws Exception {
        Accounts accounts = new Accounts(db);
        Caller alice =
                caller(accounts.create("alice", "pw-alice-1", false, List.of()).id(), "alice");
        Caller bob = caller(accounts.create("bob", "pw-bob-1", false, List.of()).id(), "bob");
        Jobs jobs = new Jobs(store, files, "tap", () -> {});
        Job mine = jobs.submit(alice, "r1", Map.of("query", "select 1"), false);
        Job anonymous = jobs.submit(Caller.ANONYMOUS, null, Map.of("query", "select 1"), false);
        assertThat(jobs.get(alice, mine.id()).ownerName()).isEqualTo("alice");
        assertThatThrownBy(() -> jobs.get(bob, mine.id()))
                .isInstanceOfSatisfying(JobRequestException.class, e -> assertThat(e.kind())
                        .isEqualTo(JobRequestException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> jobs.delete(Caller.ANONYMOUS, mine.id())).isInstanceOf(JobRequestException.class);
        assertThatThrownBy(() -> jobs.get(alice, "nosuchjob"))
                .isInstanceOfSatisfying(JobRequestException.class, e -> assertThat(e.kind())
                        .isEqualTo(JobRequestException.Kind.NOT_FOUND));
        assertThat(jobs.list(alice, JobFilter.ALL)).extracting(Job::id).containsExactly(mine.id());
        assertThat(jobs.list(bob, JobFilter.ALL)).isEmpty();
        assertThat(jobs.list(Caller.ANONYMOUS, JobFilter.ALL)).isEmpty();
        assertThat(jobs.get(bob, anonymous.id()).isAnonymous()).isTrue();
    }

    @Test
    void listFiltersByPhaseAfterAndLast() throws Exception {
        Accounts accounts = new Accounts(db);
        Caller alice =
                caller(accounts.create("carol", "pw-carol-1", false, List.of()).id(), "carol");
        Jobs jobs = new Jobs(store, files, "tap", () -> {});
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(jobs.submit(alice, null, Map.of("query", "select 1"), false).id());
            Thread.sleep(5);
        }
        store.abort(ids.get(0));
        assertThat(jobs.list(alice, new JobFilter(Set.of(Phase.ABORTED), null, null)))
                .extracting(Job::id)
                .containsExactly(ids.get(0));
        assertThat(jobs.list(alice, new JobFilter(Set.of(), null, 2)))
                .extracting(Job::id)
                .containsExactly(ids.get(2), ids.get(3));
        Instant after = store.find(ids.get(1)).orElseThrow().creationTime();
        assertThat(jobs.list(alice, new JobFilter(Set.of(), after, null)))
                .extracting(Job::id)
                .containsExactly(ids.get(2), ids.get(3));
    }

    @Test
    void jobsPastTheirDestructionAreReapedWithTheirResults() throws Exception {
        worker();
        Job job = queued("select 42");
        awaitPhase(job.id(), Phase.COMPLETED, Duration.ofSeconds(10));
        String key = "uws/" + job.id() + "/result";
        assertThat(files.exists(key)).isTrue();
        Job keep = store.create(new NewJob("tap", null, null, Map.of()));
        store.setDestruction(job.id(), Instant.now().minusSeconds(1));
        assertThat(new JobReaper(db, files).reap()).isEqualTo(1);
        assertThat(store.find(job.id())).isEmpty();
        assertThat(files.exists(key)).isFalse();
        assertThat(Files.exists(home.resolve("files").resolve(key))).isFalse();
        assertThat(store.find(keep.id())).isPresent();
    }

    @Test
    void deletingARunningJobCancelsIt() throws Exception {
        JobWorker w = worker();
        Jobs jobs = new Jobs(store, files, "tap", w::wakeUp);
        Job job = jobs.submit(Caller.ANONYMOUS, null, Map.of("query", "select pg_sleep(30)"), true);
        awaitPhase(job.id(), Phase.EXECUTING, Duration.ofSeconds(10));
        jobs.delete(Caller.ANONYMOUS, job.id());
        eventually(() -> w.runningJobs().isEmpty(), Duration.ofSeconds(2));
        assertThat(store.find(job.id())).isEmpty();
    }

    @Test
    void waitReturnsWhenThePhaseChanges() throws Exception {
        JobWorker w = worker();
        Jobs jobs = new Jobs(store, files, "tap", w::wakeUp);
        Job job = jobs.submit(Caller.ANONYMOUS, null, Map.of("query", "select pg_sleep(0.5)"), true);
        Job seen = jobs.await(Caller.ANONYMOUS, job.id(), Duration.ofSeconds(10), null);
        assertThat(seen.phase()).isNotEqualTo(job.phase());
        Instant start = Instant.now();
        Job done = jobs.await(Caller.ANONYMOUS, job.id(), Duration.ofSeconds(10), Phase.EXECUTING);
        assertThat(done.phase().isFinal() || done.phase() == Phase.EXECUTING).isTrue();
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    private static Caller caller(long id, String name) {
        return new Caller(id, name, false, Set.of(), Set.of(), Set.of(), null);
    }
}
