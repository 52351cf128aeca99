// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meridian.store.Database;
import org.meridian.store.Transactions;

/**
 * The jobs table seen from the request side: create, read, list, change phase and properties,
 * delete. Every change is one conditional UPDATE, so concurrent requests and workers in other
 * processes never see a half-done transition.
 */
public final class JobStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final Database db;
    private final JobLimits limits;

    public JobStore(Database db, JobLimits limits) {
        this.db = db;
        this.limits = limits;
    }

    public JobLimits limits() {
        return limits;
    }

    public Job create(NewJob job) throws SQLException {
        String id = newId();
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("insert into uws_job (id, job_type, owner_id, run_id,"
                        + " execution_duration, destruction_time, parameters) values (?, ?, ?, ?, ?, ?, ?::jsonb)")) {
            s.setString(1, id);
            s.setString(2, job.jobType());
            s.setObject(3, job.ownerId());
            s.setString(4, job.runId());
            s.setLong(5, limits.defaultExecution().toSeconds());
            s.setTimestamp(6, JobRows.timestamp(Instant.now().plus(limits.defaultLifetime())));
            s.setString(7, JobRows.json(job.parameters()));
            s.executeUpdate();
        }
        return find(id).orElseThrow();
    }

    public Optional<Job> find(String id) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s =
                        c.prepareStatement("select " + JobRows.COLUMNS + JobRows.FROM + " where j.id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(JobRows.job(r, JobRows.results(c, id)));
            }
        }
    }

    public Optional<Phase> phase(String id) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("select phase from uws_job where id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(Phase.valueOf(r.getString(1))) : Optional.empty();
            }
        }
    }

    /**
     * The jobs of one owner ({@code ownerId} null: the anonymous jobs) matching {@code filter}, in
     * ascending creation order, without their results.
     */
    public List<Job> list(Long ownerId, String jobType, JobFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder("select " + JobRows.COLUMNS + JobRows.FROM + " where j.job_type = ?");
        sql.append(ownerId == null ? " and j.owner_id is null" : " and j.owner_id = ?");
        sql.append(filter.phases().isEmpty() ? " and j.phase <> 'ARCHIVED'" : " and j.phase = any(?)");
        if (filter.after() != null) {
            sql.append(" and j.creation_time > ?");
        }
        sql.append(" order by j.creation_time desc, j.id desc");
        if (filter.last() != null) {
            sql.append(" limit ?");
        }
        List<Job> jobs = new ArrayList<>();
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(sql.toString())) {
            int i = 1;
            s.setString(i++, jobType);
            if (ownerId != null) {
                s.setLong(i++, ownerId);
            }
            if (!filter.phases().isEmpty()) {
                s.setArray(
                        i++,
                        c.createArrayOf(
                                "text",
                                filter.phases().stream().map(Phase::name).toArray()));
            }
            if (filter.after() != null) {
                s.setTimestamp(i++, JobRows.timestamp(filter.after()));
            }
            if (filter.last() != null) {
                s.setInt(i, filter.last());
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    jobs.add(JobRows.job(r, List.of()));
                }
            }
        }
        return jobs.reversed();
    }

    /** PHASE=RUN: PENDING or HELD becomes QUEUED. False when the job is in no such phase. */
    public boolean queue(String id) throws SQLException {
        return update(
                "update uws_job set phase = 'QUEUED', queued_time = clock_timestamp()"
                        + " where id = ? and phase in ('PENDING', 'HELD')",
                id);
    }

    /**
     * PHASE=ABORT: any unsettled job becomes ABORTED. A worker running it notices and cancels its
     * statement. False when the job had already settled.
     */
    public boolean abort(String id) throws SQLException {
        return update(
                "update uws_job set phase = 'ABORTED', end_time = clock_timestamp(), worker_id = null"
                        + " where id = ? and phase in ('PENDING','QUEUED','EXECUTING','HELD','SUSPENDED','UNKNOWN')",
                id);
    }

    /** Sets the run-time limit (capped by {@link JobLimits}); only before the job starts. */
    public Optional<Duration> setExecutionDuration(String id, Duration requested) throws SQLException {
        Duration granted = limits.execution(requested);
        boolean changed = update(
                "update uws_job set execution_duration = ? where id = ? and phase in ('PENDING','QUEUED','HELD')",
                granted.toSeconds(),
                id);
        return changed ? Optional.of(granted) : Optional.empty();
    }

    /** Sets the destruction time, capped at creation plus the longest lifetime; returns what was set. */
    public Optional<Instant> setDestruction(String id, Instant requested) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(
                        "update uws_job set destruction_time ="
                                + " least(?, creation_time + make_interval(secs => ?)) where id = ? returning destruction_time")) {
            s.setTimestamp(1, JobRows.timestamp(requested));
            s.setLong(2, limits.maxLifetime().toSeconds());
            s.setString(3, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(JobRows.instant(r, 1)) : Optional.empty();
            }
        }
    }

    /**
     * Changes the parameters and inputs of a PENDING job in one transaction (UWS 1.1 section 2.2.3.6:
     * parameters change only while PENDING). The job's row is locked first, so PHASE=RUN, ABORT or
     * another change wait for this one and the job never runs with half of it.
     *
     * @param inputKeys input name to the FileStore key its file was stored under
     * @return the FileStore keys of the inputs replaced (now unreferenced), or empty when the job is
     *     gone or past PENDING (nothing was changed)
     */
    public Optional<List<String>> updatePending(String id, ParameterUpdate update, Map<String, String> inputKeys)
            throws SQLException, JobRequestException {
        try (Connection c = db.connection()) {
            return Transactions.in(c, () -> updatePending(c, id, update, inputKeys));
        }
    }

    private static Optional<List<String>> updatePending(
            Connection c, String id, ParameterUpdate update, Map<String, String> inputKeys)
            throws SQLException, JobRequestException {
        Map<String, String> current;
        try (PreparedStatement s = c.prepareStatement(
                "select parameters::text from uws_job where id = ? and phase = 'PENDING' for update")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                current = JobRows.parameters(r.getString(1));
            }
        }
        Map<String, String> changes = update.changes(current);
        if (!changes.isEmpty()) {
            try (PreparedStatement s =
                    c.prepareStatement("update uws_job set parameters = parameters || ?::jsonb where id = ?")) {
                s.setString(1, JobRows.json(changes));
                s.setString(2, id);
                s.executeUpdate();
            }
        }
        List<String> replaced = new ArrayList<>();
        try (PreparedStatement old =
                        c.prepareStatement("select storage_key from uws_input where job_id = ? and name = ?");
                PreparedStatement put = c.prepareStatement(
                        "insert into uws_input (job_id, name, storage_key)"
                                + " values (?, ?, ?) on conflict (job_id, name) do update set storage_key = excluded.storage_key")) {
            for (Map.Entry<String, String> input : inputKeys.entrySet()) {
                old.setString(1, id);
                old.setString(2, input.getKey());
                try (ResultSet r = old.executeQuery()) {
                    if (r.next() && !r.getString(1).equals(input.getValue())) {
                        replaced.add(r.getString(1));
                    }
                }
                put.setString(1, id);
                put.setString(2, input.getKey());
                put.setString(3, input.getValue());
                put.executeUpdate();
            }
        }
        return Optional.of(replaced);
    }

    /**
     * Deletes a job and returns the FileStore keys of its results, which the caller removes. A worker
     * still running it notices the row is gone and cancels.
     */
    public List<String> delete(String id) throws SQLException {
        return JobDeletion.deleteWhere(db, "id = ?", id);
    }

    /** Every job of these phases whose ids are given: which of them are still in one of them. */
    public Set<String> inPhase(Set<String> ids, Phase phase) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("select id from uws_job where id = any(?) and phase = ?")) {
            s.setArray(1, c.createArrayOf("text", ids.toArray()));
            s.setString(2, phase.name());
            Set<String> found = new java.util.HashSet<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
            return found;
        }
    }

    private boolean update(String sql, Object... params) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate() > 0;
        }
    }

    private static String newId() {
        // 16 characters of 36: about 82 bits, so a job URL cannot be guessed.
        char[] id = new char[16];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_CHARS[RANDOM.nextInt(ID_CHARS.length)];
        }
        return new String(id);
    }
}
