// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.util.Map;

/**
 * A change to a PENDING job's parameters, computed from the parameters it has at that moment (under
 * the job's row lock), so a change that merges with an existing value never loses a concurrent one.
 */
@FunctionalInterface
public interface ParameterUpdate {

    /** The parameters to add or replace, given the job's current ones. */
    Map<String, String> changes(Map<String, String> current) throws JobRequestException;

    /** Adds or replaces exactly {@code changes}. */
    static ParameterUpdate replacing(Map<String, String> changes) {
        Map<String, String> copy = Map.copyOf(changes);
        return current -> copy;
    }
}
