// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.meridian.store.Database;
import org.meridian.store.Rows;
import org.meridian.store.SqlFragment;

/**
 * The jobs table seen from the worker side. Claiming uses {@code FOR UPDATE SKIP LOCKED}, so any
 * number of workers in any number of processes take distinct jobs without waiting on each other;
 * every later change names the worker, so a worker that lost its job (abort, deletion, orphan
 * recovery) can never overwrite what happened meanwhile.
 */
record JobClaims(Database db) {

    /** Jobs whose worker stopped beating {@code ?} seconds ago become ERROR with the reason given. */
    private static final String FAIL_ORPHANS = """
            update uws_job set phase = 'ERROR', end_time = clock_timestamp(), error_summary = ?,
                error_type = 'transient', worker_id = null
            where phase = 'EXECUTING'
                and (heartbeat is null or heartbeat < clock_timestamp() - make_interval(secs => ?))""";

    /** A job's result, replacing one of the same name; nothing when the job is gone. */
    private static final String ADD_RESULT = """
            insert into uws_result (job_id, name, storage_key, mime_type, size)
                select id, ?, ?, ?, ? from uws_job where id = ?
            on conflict (job_id, name) do update
                set storage_key = excluded.storage_key, mime_type = excluded.mime_type, size = excluded.size""";

    /** Takes the oldest QUEUED job of one of {@code jobTypes} and marks it EXECUTING for this worker. */
    Optional<Job> claim(String workerId, Set<String> jobTypes) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("update uws_job set phase = 'EXECUTING',"
                        + " start_time = clock_timestamp(), worker_id = ?, heartbeat = clock_timestamp()"
                        + " where id = (select id from uws_job where phase = 'QUEUED' and job_type = any(?)"
                        + " and queued_time <= clock_timestamp()"
                        + " order by queued_time, id limit 1 for update skip locked) returning id")) {
            s.setString(1, workerId);
            s.setArray(2, c.createArrayOf("text", jobTypes.toArray()));
            String id;
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                id = r.getString(1);
            }
            try (PreparedStatement q =
                    c.prepareStatement("select " + JobRows.COLUMNS + JobRows.FROM + " where j.id = ?")) {
                q.setString(1, id);
                try (ResultSet r = q.executeQuery()) {
                    return r.next() ? Optional.of(JobRows.job(r, List.of())) : Optional.empty();
                }
            }
        }
    }

    /** Refreshes this worker's heartbeat; returns which of {@code ids} it still legitimately runs. */
    Set<String> heartbeat(String workerId, Set<String> ids) throws SQLException {
        Set<String> alive = new HashSet<>();
        if (ids.isEmpty()) {
            return alive;
        }
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("update uws_job set heartbeat = clock_timestamp()"
                        + " where id = any(?) and worker_id = ? and phase = 'EXECUTING' returning id")) {
            s.setArray(1, c.createArrayOf("text", ids.toArray()));
            s.setString(2, workerId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    alive.add(r.getString(1));
                }
            }
        }
        return alive;
    }

    boolean complete(String id, String workerId) throws SQLException {
        return settle(id, workerId, Phase.COMPLETED, null);
    }

    boolean fail(String id, String workerId, ErrorSummary error) throws SQLException {
        return settle(id, workerId, Phase.ERROR, error);
    }

    /**
     * Puts a job this worker could not start back in the queue, not to be claimed before
     * {@code after} has passed; others queued meanwhile go first.
     */
    boolean retryLater(String id, String workerId, Duration after) throws SQLException {
        return backToQueue(id, workerId, after.toMillis());
    }

    /** Puts a job this worker runs back in the queue (clean shutdown: it will run again), in its place. */
    boolean requeue(String id, String workerId) throws SQLException {
        return backToQueue(id, workerId, null);
    }

    /** QUEUED again, with a new queued time {@code delayMillis} from now, or the one it had when null. */
    private boolean backToQueue(String id, String workerId, Long delayMillis) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("update uws_job set phase = 'QUEUED', start_time = null,"
                        + " worker_id = null, heartbeat = null,"
                        + " queued_time = coalesce(clock_timestamp() + ?::bigint * interval '1 millisecond', queued_time)"
                        + " where id = ? and worker_id = ? and phase = 'EXECUTING'")) {
            if (delayMillis == null) {
                s.setNull(1, Types.BIGINT);
            } else {
                s.setLong(1, delayMillis);
            }
            s.setString(2, id);
            s.setString(3, workerId);
            return s.executeUpdate() > 0;
        }
    }

    /**
     * EXECUTING jobs whose worker has stopped beating for {@code staleAfter} (its process died) become
     * ERROR with {@code reason}: never silently lost, never run twice. Returns how many.
     */
    int failOrphans(Duration staleAfter, String reason) throws SQLException {
        return update(SqlFragment.of(FAIL_ORPHANS, reason, staleAfter.toMillis() / 1000.0));
    }

    /** Records a stored result; false when the job is gone (deleted while it ran). */
    boolean addResult(String jobId, JobResult result) throws SQLException {
        return update(SqlFragment.of(
                        ADD_RESULT, result.name(), result.storageKey(), result.mimeType(), result.size(), jobId))
                > 0;
    }

    /** Runs one statement on a connection of its own; how many rows it changed. */
    private int update(SqlFragment statement) throws SQLException {
        try (Connection c = db.connection()) {
            return Rows.update(c, statement);
        }
    }

    private boolean settle(String id, String workerId, Phase phase, ErrorSummary error) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("update uws_job set phase = ?, end_time = clock_timestamp(),"
                        + " worker_id = null, error_summary = ?, error_type = ?"
                        + " where id = ? and worker_id = ? and phase = 'EXECUTING'")) {
            s.setString(1, phase.name());
            s.setString(2, error == null ? null : error.message());
            s.setString(3, error == null ? null : error.type().name().toLowerCase(java.util.Locale.ROOT));
            s.setString(4, id);
            s.setString(5, workerId);
            return s.executeUpdate() > 0;
        }
    }
}
