// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.async;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.CancellationToken;
import org.meridian.core.uws.Job;
import org.meridian.core.uws.JobExecutor;
import org.meridian.core.uws.JobFailedException;
import org.meridian.core.uws.JobRetryException;
import org.meridian.core.uws.ResultSink;
import org.meridian.dialect.tap.http.TapRequest;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.dialect.tap.query.TapQuery;
import org.meridian.dialect.tap.query.TapQueryRunner;
import org.meridian.dialect.tap.upload.UploadUrls;
import org.meridian.store.FileStore;
import org.meridian.vo.output.ResultFormat;

/**
 * Runs a TAP async job through the same {@link TapQueryRunner} as /tap/sync, as its owner (so the
 * access policy sees the owner's current rights), into the UWS result {@code result}. Uploads
 * stored with the job are read back from the FileStore; a full runner sends the job back to the
 * queue rather than failing it.
 */
public record TapJobExecutor(TapQueryRunner runner, Accounts accounts, FileStore files, UploadUrls uploadUrls)
        implements JobExecutor {

    public static final String JOB_TYPE = "tap";

    /** How long a job waits in the queue when the runner is full before it is tried again. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    @Override
    public void run(Job job, ResultSink results, CancellationToken cancel) throws Exception {
        String request = job.parameter("request");
        if (request != null && !request.equalsIgnoreCase("doQuery")) {
            throw new JobFailedException("REQUEST must be doQuery, not " + request);
        }
        String lang = job.parameter("lang");
        if (lang != null && TapRequest.LANGUAGES.stream().noneMatch(l -> l.equalsIgnoreCase(lang.trim()))) {
            throw new JobFailedException("LANG " + lang + " is not supported; use one of " + TapRequest.LANGUAGES);
        }
        String adql = job.parameter("query");
        if (adql == null || adql.isBlank()) {
            throw new JobFailedException("QUERY is required");
        }
        ResultFormat format = format(job);
        Long maxrec = maxrec(job.parameter("maxrec"));
        Caller owner = owner(job);
        TapQuery query = new TapQuery(
                adql, owner, maxrec, format, AsyncUploads.of(job, files, uploadUrls, owner), job.executionDuration());
        cancel.throwIfCancelled();
        results.write("result", format.mime(), out -> {
            try {
                // The runner hands its statement to the token: ABORT cancels it on the server.
                runner.run(query, out, cancel);
            } catch (TapException e) {
                if (e.status() == 503) {
                    throw new JobRetryException(e.getMessage(), RETRY_AFTER);
                }
                throw new JobFailedException(e.getMessage(), e);
            }
        });
    }

    private static Long maxrec(String value) throws JobFailedException {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n < 0) {
                throw new JobFailedException("MAXREC must not be negative: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new JobFailedException("MAXREC must be a whole number: " + value);
        }
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
        return accounts.byId(job.ownerId())
                .orElseThrow(() -> new JobFailedException("the job's owner no longer exists"));
    }
}
