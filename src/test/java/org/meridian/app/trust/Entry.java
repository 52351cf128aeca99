// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.trust;

import java.util.Set;
import java.util.function.Function;
import org.meridian.app.http.Route;

/**
 * One route's row of the authorization matrix: how to aim it at each secret, and what it must
 * show whom.
 *
 * @param call the request aimed at a secret (null where the route cannot name it)
 * @param reaches the collections whose secret this route serves to entitled callers (the witness
 *     that the call really aims at it); empty for routes that serve no proprietary data
 * @param witnessPrefix a text an entitled caller's answer holds and nobody else's may (null: the
 *     secret's own markers)
 * @param readsNoCaller a public document, login or logout: it may answer a bad credential as it
 *     answers anyone instead of with a 401
 */
record Entry(
        Route route,
        Oracle oracle,
        Function<Secret, Call> call,
        Set<String> reaches,
        String witnessPrefix,
        boolean readsNoCaller) {

    /** What the matrix asserts of this route beyond "no 5xx, no secret to those not entitled". */
    enum Oracle {
        /** Serves nothing proprietary: only the universal checks. */
        OPEN,
        /** Lists or describes data: entitled callers see the secret's hidden markers. */
        SHOWS,
        /**
         * As {@link #SHOWS}, but the answer is about the programme's other data (spectra, related
         * frames), which a grant of one file does not open: only members and staff see the markers.
         */
        SHOWS_MEMBERS,
        /** Serves bytes: callers not entitled get a 4xx, entitled ones a 2xx. */
        REFUSES,
        /** A UWS job or result: only its owner gets a 2xx. */
        OWNER,
        /** A job resource the owner may find empty (a finished job's error): anyone else gets a 4xx. */
        NOT_OTHERS,
        /** Changes a job: anyone but its owner gets a 4xx (the owner is not driven: the job must live on). */
        OWNER_ONLY_CHANGES,
        /** Ends a session: driven anonymously and with bad credentials only (it would end the matrix's own). */
        LOGOUT
    }

    /** The text that proves an entitled answer aims at {@code secret}, or null for its own markers. */
    String witness(Secret secret) {
        return witnessPrefix == null ? null : witnessPrefix.replace("{obs_key}", secret.obsKey());
    }

    boolean reaches(Secret secret) {
        return reaches.contains(secret.collection());
    }
}
