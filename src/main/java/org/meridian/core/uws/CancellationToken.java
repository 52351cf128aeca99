// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Tells a running job to stop, and stops the JDBC statement it is blocked in: an executor registers
 * its statement, and {@link #cancel} calls {@link Statement#cancel()} on it from another thread.
 *
 * <p>PostgreSQL drops a cancel request that reaches the backend while it waits for the client's next
 * protocol message (e.g. between Parse and Execute when the job's thread is slow to send them on a
 * loaded machine), and pgjdbc sends at most one per execution. So a statement still registered when
 * {@link #cancel} is called again (the worker repeats it on every monitor tick) is cancelled again,
 * at the connection, until it ends.
 */
public final class CancellationToken {

    /** Why a job was told to stop; decides the phase it ends in. */
    public enum Reason {
        ABORTED,
        TIMED_OUT,
        DELETED,
        SHUTDOWN
    }

    /** The least time between two cancel requests for the same statement. */
    private static final Duration RESEND_AFTER = Duration.ofMillis(500);

    private final List<Statement> statements = new ArrayList<>();
    private final List<Runnable> callbacks = new ArrayList<>();
    private Reason reason;
    private Instant lastSignal = Instant.MIN;

    public synchronized boolean isCancelled() {
        return reason != null;
    }

    /** The reason given to {@link #cancel}, or null while the job may run on. */
    public synchronized Reason reason() {
        return reason;
    }

    /**
     * Stops the job; only the first reason counts. Called again, it cancels the statements still
     * registered once more (see the class comment).
     */
    public void cancel(Reason why) {
        synchronized (this) {
            if (reason != null) {
                resend();
                return;
            }
            reason = why;
            // Under the lock: release() waits, so a cancel never reaches a connection the job has
            // already handed back to the pool.
            statements.forEach(CancellationToken::cancelQuietly);
            lastSignal = Instant.now();
        }
        List<Runnable> actions;
        synchronized (this) {
            actions = List.copyOf(callbacks);
        }
        actions.forEach(Runnable::run);
    }

    /**
     * Runs {@code action} when the job is told to stop (at once if it already was): for executors
     * whose statement is out of reach, e.g. interrupting the thread that waits on it.
     */
    public void onCancel(Runnable action) {
        boolean now;
        synchronized (this) {
            callbacks.add(action);
            now = reason != null;
        }
        if (now) {
            action.run();
        }
    }

    /**
     * Registers a statement to cancel when the job is told to stop; cancels it at once if that has
     * already happened. Call {@link #release} when the statement is done.
     */
    public void register(Statement statement) {
        boolean cancelNow;
        synchronized (this) {
            statements.add(statement);
            cancelNow = reason != null;
        }
        if (cancelNow) {
            cancelQuietly(statement);
        }
    }

    private void resend() {
        Instant now = Instant.now();
        if (statements.isEmpty() || now.isBefore(lastSignal.plus(RESEND_AFTER))) {
            return;
        }
        lastSignal = now;
        statements.forEach(CancellationToken::cancelAgain);
    }

    /**
     * pgjdbc ignores {@link Statement#cancel()} after the first one of an execution, so a repeated
     * cancel goes to the connection, which sends PostgreSQL a new cancel request for its backend.
     */
    private static void cancelAgain(Statement statement) {
        try {
            Connection connection = statement.getConnection();
            if (connection.isWrapperFor(PGConnection.class)) {
                connection.unwrap(PGConnection.class).cancelQuery();
            } else {
                statement.cancel();
            }
        } catch (SQLException e) {
            // The statement already finished or its connection closed: nothing left to stop.
        }
    }

    public synchronized void release(Statement statement) {
        statements.remove(statement);
    }

    /** Throws if the job was told to stop; for executors between steps. */
    public void throwIfCancelled() throws JobCancelledException {
        Reason why = reason();
        if (why != null) {
            throw new JobCancelledException(why);
        }
    }

    private static void cancelQuietly(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException e) {
            // The statement already finished or its connection closed: nothing left to stop.
        }
    }
}
