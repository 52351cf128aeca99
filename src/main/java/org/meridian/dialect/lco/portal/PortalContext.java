// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.meridian.core.auth.Caller;
import org.meridian.core.observing.TelescopeNetwork;
import org.meridian.store.Database;

/** What every portal handler shares: the database, the telescope network, authentication and the clock. */
record PortalContext(Database db, TelescopeNetwork network, PortalAuth auth, Clock clock) {

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction, rolled back when it throws. */
    <T> T transaction(Work<T> work) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    <T> T read(Work<T> work) throws SQLException {
        try (Connection c = db.connection()) {
            return work.run(c);
        }
    }

    /** Whether the caller may see a proposal's requests: staff, members, or anyone for public proposals. */
    static boolean mayView(Connection c, Caller caller, String proposal) throws SQLException {
        if (caller.staff() || caller.programs().contains(proposal)) {
            return true;
        }
        try (var s = c.prepareStatement("select 1 from program where id = ? and 'public' = any(tags)")) {
            s.setString(1, proposal);
            try (var r = s.executeQuery()) {
                return r.next();
            }
        }
    }
}
