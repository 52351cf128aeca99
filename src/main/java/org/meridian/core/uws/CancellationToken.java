// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells a running job to stop, and stops the JDBC statement it is blocked in: an executor registers
 * its statement, and {@link #cancel} calls {@link Statement#cancel()} on it from another thread.
 */
public final class CancellationToken {

    /** Why a job was told to stop; decides the phase it ends in. */
    public enum Reason {
        ABORTED,
        TIMED_OUT,
        DELETED,
        SHUTDOWN
    }

    private final List<Statement> statements = new ArrayList<>();
    private final List<Runnable> callbacks = new ArrayList<>();
    private Reason reason;

    public synchronized boolean isCancelled() {
        return reason != null;
    }

    /** The reason given to {@link #cancel}, or null while the job may run on. */
    public synchronized Reason reason() {
        return reason;
    }

    /** Stops the job; only the first reason counts. */
    public void cancel(Reason why) {
        List<Statement> running;
        synchronized (this) {
            if (reason != null) {
                return;
            }
            reason = why;
            running = List.copyOf(statements);
        }
        running.forEach(CancellationToken::cancelQuietly);
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
