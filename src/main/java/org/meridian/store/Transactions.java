// SPDX-License-Identifier: Apache-2.0
package org.meridian.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done on one connection as one transaction: committed when it returns, rolled back when it
 * throws (whatever it throws, so a refusal halfway leaves nothing behind), and the connection back in
 * auto-commit afterwards.
 */
public final class Transactions {

    /** Work with a result; {@code E} is the refusal it may throw besides a database error. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E, SQLException;
    }

    /** Work without a result. */
    @FunctionalInterface
    public interface Change<E extends Exception> {
        void run() throws E, SQLException;
    }

    private Transactions() {}

    /** The work's result, once committed on {@code c}. */
    public static <T, E extends Exception> T in(Connection c, Work<T, E> work) throws E, SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (Throwable e) {
            rollBack(c, e);
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * A read that needs a transaction (a cursor streaming with a fetch size), always rolled back: the
     * failure that broke the read, not the rollback's, is what the caller sees.
     */
    public static <T, E extends Exception> T reading(Connection c, Work<T, E> read) throws E, SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        T result;
        try {
            result = read.run();
        } catch (Throwable e) {
            rollBack(c, e);
            throw e;
        }
        c.rollback();
        c.setAutoCommit(autoCommit);
        return result;
    }

    /** Rolls back after {@code failure}; a rollback that fails too (the connection broke) is kept beside it. */
    private static void rollBack(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** The change, committed on {@code c}. */
    public static <E extends Exception> void run(Connection c, Change<E> change) throws E, SQLException {
        in(c, () -> {
            change.run();
            return null;
        });
    }
}
