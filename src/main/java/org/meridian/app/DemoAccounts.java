// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import java.sql.SQLException;
import java.util.List;
import org.meridian.core.auth.Accounts;
import org.meridian.demo.DemoManifest;

/** Creates the demo's published accounts (those that do not exist yet) with their memberships. */
final class DemoAccounts {

    private DemoAccounts() {}

    static void create(Accounts registry, List<DemoManifest.Account> accounts) throws SQLException {
        for (DemoManifest.Account a : accounts) {
            if (registry.exists(a.username())) {
                continue;
            }
            registry.create(
                    new Accounts.Profile(a.username(), a.password(), a.email(), a.fullName(), a.staff()),
                    a.memberships().stream()
                            .map(m -> new Accounts.Membership(
                                    m.programId(), m.role(), m.timeLimitSecs() < 0 ? null : m.timeLimitSecs()))
                            .toList());
        }
    }
}
