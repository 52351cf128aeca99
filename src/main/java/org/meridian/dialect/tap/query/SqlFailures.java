// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import java.sql.SQLException;

/**
 * What a PostgreSQL error means for the ADQL query that caused it, said in ADQL's terms. The
 * database's own message names the generated SQL (its functions, types, positions), which the
 * caller never wrote and cannot act on, so it is never passed on; the server log keeps it for 500s.
 * Errors raised by the service's own SQL functions (SQLSTATE P0001) are written for the user and
 * are passed on.
 */
final class SqlFailures {
    private SqlFailures() {}

    static TapException of(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = reason(state);
        if (state.equals("P0001")) return new TapException(400, "query failed: " + ownMessage(e.getMessage()));
        if (reason != null) return new TapException(400, "query failed: " + reason);
        // 22 data exceptions, 42 rule violations, 0A unsupported features, 54 program limits: the
        // query's fault, whatever the detail; anything else is the service's
        if (state.startsWith("22"))
            return new TapException(
                    400,
                    "query failed: a value is not valid for the" + " operation applied to it (SQLSTATE " + state + ")");
        if (state.startsWith("42") || state.startsWith("0A"))
            return new TapException(
                    400,
                    "query failed: this service could not translate the query into a form its database"
                            + " accepts (SQLSTATE " + state + "); please report the query");
        if (state.startsWith("54"))
            return new TapException(400, "query failed: the query is too complex for the database; simplify it");
        return new TapException(500, "query failed: database error (SQLSTATE " + state + ")", e);
    }

    private static String reason(String state) {
        return switch (state) {
            case "57014" -> null; // handled by the runner: a time-out
            case "22012" -> "division by zero";
            case "22003" -> "a numeric value is out of range (overflow)";
            case "2201E" -> "LOG or LOG10 of zero or of a negative number";
            case "2201F", "22023" ->
                "a function's argument is outside its domain (e.g. SQRT of a negative number,"
                        + " ASIN of a number beyond ±1)";
            case "22P02" ->
                "a value could not be converted to the type required (e.g. CAST of a string that is" + " not a number)";
            case "22001" -> "a string is longer than the type it is cast to allows";
            case "22007", "22008" -> "a date or time value is invalid or out of range";
            case "42883" -> "a function or operator was applied to values of a type it does not accept";
            case "42804" -> "the values combined or compared have incompatible types (e.g. a number and a string)";
            case "42803" -> "a column must appear in GROUP BY or be used inside an aggregate function";
            case "42702" -> "a column name is ambiguous; qualify it with its table";
            case "21000" -> "a subquery used as a value returned more than one row";
            default -> null;
        };
    }

    /** The text of a RAISE EXCEPTION in the service's functions, without PostgreSQL's frame. */
    private static String ownMessage(String message) {
        if (message == null) return "database error";
        String first = message.lines().findFirst().orElse("");
        return first.startsWith("ERROR: ") ? first.substring("ERROR: ".length()) : first;
    }
}
