// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.uws;

import io.javalin.http.Context;
import java.util.Map;
import org.meridian.core.auth.Caller;
import org.meridian.core.uws.JobRequestException;
import org.meridian.core.uws.ParameterUpdate;

/**
 * What one async service (TAP async, SODA async, TAP+ jobs) adds to the shared UWS resource tree:
 * where its job list lives and how a request's job parameters are read and checked. What a job
 * runs is the executor the service registers with the core's {@code JobWorker}.
 */
public interface AsyncService {

    /** The job list's path, e.g. {@code /tap/async}; jobs are {@code listPath/{id}}. */
    String listPath();

    /**
     * The job parameters of a creation or of a POST to a job's parameters, checked, with any input
     * files staged. Refusals are BAD_REQUEST or FORBIDDEN {@link JobRequestException}s.
     */
    JobInput read(Context ctx, Caller caller) throws JobRequestException;

    /** How a POST to a job's parameters applies to those it has; by default each one given is replaced. */
    default ParameterUpdate update(Map<String, String> changes) {
        return ParameterUpdate.replacing(changes);
    }
}
