// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import static org.meridian.core.uws.JobRequestException.Kind.BAD_REQUEST;
import static org.meridian.core.uws.JobRequestException.Kind.FORBIDDEN;
import static org.meridian.core.uws.JobRequestException.Kind.NOT_FOUND;
import static org.meridian.core.uws.JobRequestException.Kind.WRONG_PHASE;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private static final Pattern INPUT_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");

    private static final Duration WAIT_POLL = Duration.ofMillis(100);
    private static final Duration FIRST_POLL = Duration.ofMillis(2);

    private final JobStore store;
    private final FileStore files;
    private final String jobType;
    private final Runnable queued;

    /**
     * @param queued called after a job is queued in this process (wakes a local worker at once)
     */
    public Jobs(JobStore store, FileStore files, String jobType, Runnable queued) {
        this.store = store;
        this.files = files;
        this.jobType = jobType;
        this.queued = queued;
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
        store.abort(id);
    }

    public void delete(Caller caller, String id) throws SQLException, JobRequestException {
        get(caller, id);
        JobDeletion.removeFiles(files, store.delete(id));
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

    public void setParameters(Caller caller, String id, Map<String, String> changes)
            throws SQLException, JobRequestException {
        Job job = get(caller, id);
        if (!store.updateParameters(id, changes)) {
            throw new JobRequestException(
                    WRONG_PHASE, "parameters can change only while the job is PENDING; it is " + job.phase());
        }
    }

    /** Where the input file {@code name} of job {@code id} lives in the FileStore. */
    public static String inputKey(String id, String name) {
        if (!INPUT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid input name: " + name);
        }
        return "uws/" + id + "/input/" + name;
    }

    /**
     * Stores {@code file} as the input {@code name} of a PENDING job (e.g. a TAP UPLOAD part), so
     * whichever worker runs the job reads it from the FileStore; it is deleted with the job.
     */
    public void attachInput(Caller caller, String id, String name, Path file)
            throws SQLException, JobRequestException, IOException {
        Job job = get(caller, id);
        if (!INPUT_NAME.matcher(name).matches()) {
            throw new JobRequestException(BAD_REQUEST, "input names are letters, digits, '_', '.' or '-': " + name);
        }
        String key = inputKey(id, name);
        files.put(key, file);
        if (!store.addInput(id, name, key)) {
            files.delete(key);
            throw new JobRequestException(
                    WRONG_PHASE, "inputs can be added only while the job is PENDING; it is " + job.phase());
        }
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
