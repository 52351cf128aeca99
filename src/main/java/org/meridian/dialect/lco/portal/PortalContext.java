// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.core.observing.Airmass;
import org.meridian.core.observing.Cadence;
import org.meridian.core.observing.TelescopeNetwork;
import org.meridian.core.observing.Visibility;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;

/** What every portal handler shares: the database, the telescope network, authentication and the clock. */
record PortalContext(Database db, TelescopeNetwork network, PortalAuth auth, Clock clock) {

    /** The observing calculators over the network: stateless, so built where they are used. */
    Visibility visibility() {
        return new Visibility(network);
    }

    Airmass airmass() {
        return new Airmass(network);
    }

    Cadence cadence() {
        return new Cadence(network);
    }

    SubmissionRules submissionRules() {
        return new SubmissionRules(network);
    }

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

    /** Whether the caller may see a proposal's requests ({@link Access#requestsVisible}). */
    static boolean mayView(Connection c, Caller caller, String proposal) throws SQLException {
        SqlFragment visible = Access.requestsVisible(caller, "q.id");
        List<Object> params = new ArrayList<>();
        params.add(proposal);
        params.addAll(visible.params());
        try (var s = prepare(c, "select 1 from (select ?::text as id) q where " + visible.sql(), params);
                var r = s.executeQuery()) {
            return r.next();
        }
    }

    /** A statement with its parameters bound; arrays and collections become {@code text[]} (use {@code = any(?)}). */
    static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof String[] a) {
                s.setArray(i + 1, c.createArrayOf("text", a));
            } else if (p instanceof Collection<?> values) {
                s.setArray(
                        i + 1,
                        c.createArrayOf(
                                "text", values.stream().map(String::valueOf).toArray()));
            } else {
                s.setObject(i + 1, p);
            }
        }
        return s;
    }
}
