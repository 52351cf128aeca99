// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

/**
 * Runs one kind of job (TAP queries, cutouts, ...). The worker calls it on a virtual thread once it
 * has claimed the job; returning normally means COMPLETED.
 */
@FunctionalInterface
public interface JobExecutor {

    /**
     * Runs {@code job}, writing its results to {@code results}. Register every JDBC statement with
     * {@code cancel} so ABORT and the execution-duration limit can stop it.
     *
     * @throws JobFailedException for failures the submitter should read about (ERROR phase)
     * @throws JobCancelledException when stopped through {@code cancel}
     */
    void run(Job job, ResultSink results, CancellationToken cancel) throws Exception;
}
