// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A UWS job as stored: identity, owner, phase, times, parameters, results and error.
 *
 * @param ownerId the owning account, or null for an anonymous job
 * @param ownerName the owner's username, or null
 * @param executionDuration how long it may run; {@link Duration#ZERO} means unlimited
 * @param parameters lower-case parameter names to values, in submission order
 * @param inputs the files the job was given (e.g. TAP UPLOAD parts): input name to FileStore key
 * @param error why it failed, or null
 */
public record Job(
        String id,
        String jobType,
        Long ownerId,
        String ownerName,
        String runId,
        Phase phase,
        Instant creationTime,
        Instant startTime,
        Instant endTime,
        Duration executionDuration,
        Instant destruction,
        Instant quote,
        Map<String, String> parameters,
        Map<String, String> inputs,
        List<JobResult> results,
        ErrorSummary error) {

    public Job {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        inputs = Map.copyOf(inputs);
        results = List.copyOf(results);
    }

    public boolean isAnonymous() {
        return ownerId == null;
    }

    public String parameter(String name) {
        return parameters.get(name);
    }
}
