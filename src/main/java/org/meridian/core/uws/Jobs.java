// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import static org.meridian.core.uws.JobRequestException.Kind.BAD_REQUEST;
import static org.meridian.core.uws.JobRequestException.Kind.FORBIDDEN;
import static org.meridian.core.uws.JobRequestException.Kind.NOT_FOUND;
import static org.meridian.core.uws.JobRequestException.Kind.WRONG_PHASE;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.meridian.core.auth.Caller;
import org.meridian.store.FileStore;

/**
 * The jobs of one job type as a caller may see and change them. Ownership is decided here once:
 * a job with an owner is that account's alone; an anonymous job is reachable by anyone holding its
 * unguessable URL, but listed to nobody (so one anonymous user never discovers another's jobs).
 */
public final class Jobs {

    /** The longest a blocking GET (UWS 1.1 WAIT) holds a request, also for WAIT=-1. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Pattern INPUT_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");

    private static final Duration WAIT_POLL = Duration.ofMillis(100);
    private static final Duration FIRST_POLL = Duration.ofMillis(2);

    private final JobStore store;
    private final FileStore files;
    private final String jobType;
    private final Runnable queued;
    private final BiConsumer<String, CancellationToken.Reason> stopped;

    /**
     * @param queued called after a job is queued in this process (wakes a local worker at once)
     */
    public Jobs(JobStore store, FileStore files, String jobType, Runnable queued) {
        this(store, files, jobType, queued, (id, reason) -> {});
    }

    /**
     * @param queued called after a job is queued in this process (wakes a local worker at once)
     * @param stopped called after a job is aborted or deleted in this process (a local worker running
     *     it cancels its statement at once; see {@link JobWorker#stopped})
     */
    public Jobs(
            JobStore store,
            FileStore files,
            String jobType,
            Runnable queued,
            BiConsumer<String, CancellationToken.Reason> stopped) {
        this.store = store;
        this.files = files;
        this.jobType = jobType;
        this.queued = queued;
        this.stopped = stopped;
    }

    public JobLimits limits() {
        return store.limits();
    }

    /** Creates a PENDING job for {@code caller}, queueing it at once when {@code run}. */
    public Job submit(Caller caller, String runId, Map<String, String> parameters, boolean run) throws SQLException {
        Job job = store.create(new NewJob(jobType, caller.accountId(), runId, parameters));
        if (run && store.queue(job.id())) {
            queued.run();
        }
        return job;
    }

    public Job get(Caller caller, String id) throws SQLException, JobRequestException {
        Optional<Job> job = store.find(id);
        if (job.isEmpty() || !job.get().jobType().equals(jobType)) {
            throw new JobRequestException(NOT_FOUND, "no job " + id);
        }
        if (!mayAccess(caller, job.get())) {
            throw new JobRequestException(FORBIDDEN, "job " + id + " belongs to another user");
        }
        return job.get();
    }

    /** The caller's own jobs; anonymous callers get an empty list (see the class comment). */
    public List<Job> list(Caller caller, JobFilter filter) throws SQLException {
        if (caller.isAnonymous()) {
            return List.of();
        }
        return store.list(caller.accountId(), jobType, filter);
    }

    /** PHASE=RUN. Running a job already queued, running or finished changes nothing (idempotent). */
    public void run(Caller caller, String id) throws SQLException, JobRequestException {
        Job job = get(caller, id);
        if (store.queue(id)) {
            queued.run();
        } else if (job.phase() == Phase.ABORTED || job.phase() == Phase.ARCHIVED) {
            throw new JobRequestException(WRONG_PHASE, "job " + id + " is " + job.phase() + " and cannot run");
        }
    }

    /** PHASE=ABORT. Aborting a settled job changes nothing. */
    public void abort(Caller caller, String id) throws SQLException, JobRequestException {
        get(caller, id);
        if (store.abort(id)) {
            stopped.accept(id, CancellationToken.Reason.ABORTED);
        }
    }

    public void delete(Caller caller, String id) throws SQLException, JobRequestException {
        get(caller, id);
        List<String> keys = store.delete(id);
        stopped.accept(id, CancellationToken.Reason.DELETED);
        JobDeletion.removeFiles(files, keys);
    }

    public Duration setExecutionDuration(Caller caller, String id, Duration requested)
            throws SQLException, JobRequestException {
        Job job = get(caller, id);
        return store.setExecutionDuration(id, requested)
                .orElseThrow(() -> new JobRequestException(
                        WRONG_PHASE, "the execution duration cannot change once the job is " + job.phase()));
    }

    public Instant setDestruction(Caller caller, String id, Instant requested)
            throws SQLException, JobRequestException {
        get(caller, id);
        return store.setDestruction(id, requested)
                .orElseThrow(() -> new JobRequestException(NOT_FOUND, "no job " + id));
    }

    /**
     * Changes the parameters of a PENDING job and stores {@code inputs} (input name to a local file,
     * e.g. TAP UPLOAD parts) as its input files, all or nothing: whichever worker runs the job reads
     * them from the FileStore, and they are deleted with it. Each file goes under a key of its own,
     * so a refused or concurrent change never overwrites bytes the job already refers to.
     */
    public void update(Caller caller, String id, ParameterUpdate update, Map<String, Path> inputs)
            throws SQLException, JobRequestException, IOException {
        Job job = get(caller, id);
        if (job.phase() != Phase.PENDING) {
            throw notPending(job.phase());
        }
        for (String name : inputs.keySet()) {
            if (!INPUT_NAME.matcher(name).matches()) {
                throw new JobRequestException(BAD_REQUEST, "input names are letters, digits, '_', '.' or '-': " + name);
            }
        }
        Map<String, String> stored = new LinkedHashMap<>();
        boolean committed = false;
        try {
            for (Map.Entry<String, Path> input : inputs.entrySet()) {
                String key = inputKey(id, input.getKey());
                files.put(key, input.getValue());
                stored.put(input.getKey(), key);
            }
            Optional<List<String>> replaced = store.updatePending(id, update, stored);
            if (replaced.isEmpty()) {
                throw notPending(store.phase(id).orElse(Phase.ARCHIVED));
            }
            committed = true;
            JobDeletion.removeFiles(files, replaced.get());
        } finally {
            if (!committed) {
                JobDeletion.removeFiles(files, List.copyOf(stored.values()));
            }
        }
    }

    private static JobRequestException notPending(Phase phase) {
        return new JobRequestException(
                WRONG_PHASE, "parameters can change only while the job is PENDING; it is " + phase);
    }

    /** A fresh FileStore key for the input {@code name} of job {@code id}. */
    private static String inputKey(String id, String name) {
        return "uws/" + id + "/input/" + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36);
    }

    /**
     * UWS 1.1 blocking GET: waits up to {@code wait} (capped at {@link #MAX_WAIT}) while the job is
     * active and, when {@code phase} is given, still in that phase; returns the job as it then is.
     */
    public Job await(Caller caller, String id, Duration wait, Phase phase)
            throws SQLException, JobRequestException, InterruptedException {
        Job job = get(caller, id);
        Phase start = job.phase();
        if (!start.isActive() || (phase != null && phase != start)) {
            return job;
        }
        Duration limit = wait.isNegative() || wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
        Instant until = Instant.now().plus(limit);
        // Polling the row, not an in-process signal: the change may come from another process.
        // Quick jobs finish in milliseconds, so the poll starts fast and backs off.
        Duration poll = FIRST_POLL;
        while (Instant.now().isBefore(until)) {
            Thread.sleep(poll);
            poll = poll.multipliedBy(2).compareTo(WAIT_POLL) > 0 ? WAIT_POLL : poll.multipliedBy(2);
            Optional<Phase> now = store.phase(id);
            if (now.isEmpty() || now.get() != start) {
                break;
            }
        }
        return get(caller, id);
    }

    private static boolean mayAccess(Caller caller, Job job) {
        return job.isAnonymous() || job.ownerId().equals(caller.accountId());
    }
}
