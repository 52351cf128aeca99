// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.auth;

import java.util.Set;

/**
 * Who is asking, with everything access control needs to know about them. Built once per request
 * by whichever dialect authenticated the caller (cookie, token, basic auth).
 *
 * @param programs the programs the caller is a member of
 * @param observationGrants observation IDs granted one by one
 * @param fileGrants file names granted one by one (dataset names, no compression suffix)
 * @param instrumentTeam the instrument whose team the caller belongs to, or null
 */
public record Caller(
        Long accountId,
        String username,
        boolean staff,
        Set<String> programs,
        Set<String> observationGrants,
        Set<String> fileGrants,
        String instrumentTeam) {

    public static final Caller ANONYMOUS = new Caller(null, null, false, Set.of(), Set.of(), Set.of(), null);

    public Caller {
        programs = Set.copyOf(programs);
        observationGrants = Set.copyOf(observationGrants);
        fileGrants = Set.copyOf(fileGrants);
    }

    public boolean isAnonymous() {
        return accountId == null;
    }
}
