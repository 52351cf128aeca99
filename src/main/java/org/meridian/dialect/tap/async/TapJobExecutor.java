// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.async;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.CancellationToken;
import org.meridian.core.uws.Job;
import org.meridian.core.uws.JobExecutor;
import org.meridian.core.uws.JobFailedException;
import org.meridian.core.uws.ResultSink;
import org.meridian.dialect.tap.output.ResultFormat;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.dialect.tap.query.TapQuery;
import org.meridian.dialect.tap.query.TapQueryRunner;

/**
 * Runs a TAP async job through the same {@link TapQueryRunner} as /tap/sync, as its owner (so the
 * access policy sees the owner's current rights), into the UWS result {@code result}.
 */
public final class TapJobExecutor implements JobExecutor {

    public static final String JOB_TYPE = "tap";

    private final TapQueryRunner runner;
    private final Accounts accounts;

    public TapJobExecutor(TapQueryRunner runner, Accounts accounts) {
        this.runner = runner;
        this.accounts = accounts;
    }

    @Override
    public void run(Job job, ResultSink results, CancellationToken cancel) throws Exception {
        String adql = job.parameter("query");
        if (adql == null || adql.isBlank()) {
            throw new JobFailedException("QUERY is required");
        }
        if (job.parameter("upload") != null) {
            throw new JobFailedException("UPLOAD is not supported in async jobs yet; use /tap/sync");
        }
        ResultFormat format = format(job);
        Long maxrec = job.parameter("maxrec") == null
                ? null
                : Long.parseLong(job.parameter("maxrec").trim());
        TapQuery query = new TapQuery(adql, owner(job), maxrec, format, List.of(), job.executionDuration());
        // The runner keeps its statement to itself: interrupting this thread closes its connection,
        // and the statement timeout (the execution duration) bounds what is left on the server.
        Thread runnerThread = Thread.currentThread();
        cancel.onCancel(runnerThread::interrupt);
        cancel.throwIfCancelled();
        results.write("result", format.mime(), out -> {
            try {
                runner.run(query, out);
            } catch (TapException e) {
                throw new JobFailedException(e.getMessage(), e);
            }
        });
    }

    private static ResultFormat format(Job job) throws JobFailedException {
        String requested = Optional.ofNullable(job.parameter("responseformat")).orElse(job.parameter("format"));
        if (requested == null || requested.isBlank()) {
            return ResultFormat.VOTABLE_BINARY2;
        }
        return ResultFormat.parse(requested)
                .orElseThrow(() -> new JobFailedException(
                        "unsupported RESPONSEFORMAT " + requested + "; known: " + ResultFormat.known()));
    }

    private Caller owner(Job job) throws SQLException, JobFailedException {
        if (job.isAnonymous()) {
            return Caller.ANONYMOUS;
        }
        // Accounts has no lookup by id; the owner's API token names them without a password.
        return accounts.byToken(accounts.tokenOf(job.ownerId()))
                .orElseThrow(() -> new JobFailedException("the job's owner no longer exists"));
    }
}
