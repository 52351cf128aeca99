// SPDX-License-Identifier: Apache-2.0
package org.meridian.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database could not be reached (down, restarting, refusing
 * connections) rather than that a statement was wrong: such a request is answered 503 with
 * {@code Retry-After}, and the pool reconnects by itself when the database is back
 * (docs/operations.md, "Crashes and stored files").
 */
public final class DatabaseUnavailable {

    /** Seconds a client is told to wait before it tries again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    public static final String MESSAGE = "the archive's database is not answering; try again in a few seconds";

    private DatabaseUnavailable() {}

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            // HikariCP's answer (without a state) on a connection it closed because it broke; code
            // that rolls back through store.Transactions keeps the original failure beside it.
            if (t instanceof SQLException e && "Connection is closed".equals(e.getMessage())) {
                return true;
            }
            if (t instanceof SQLException e && e.getSQLState() != null) {
                String state = e.getSQLState();
                // 08: connection exceptions; 57P01-57P03: admin or crash shutdown, cannot connect now.
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
        }
        return false;
    }
}
