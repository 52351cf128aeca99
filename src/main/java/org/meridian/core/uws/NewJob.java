// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.util.Map;

/**
 * What a client submits to create a job.
 *
 * @param ownerId the submitting account, or null when anonymous
 * @param parameters lower-case names to values
 */
public record NewJob(String jobType, Long ownerId, String runId, Map<String, String> parameters) {

    public NewJob {
        parameters = Map.copyOf(parameters);
    }
}
