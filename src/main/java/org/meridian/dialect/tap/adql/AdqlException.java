// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

/**
 * A problem with the caller's ADQL query; the message is meant for the user. Where the problem is
 * known, its 1-based line and column in the query text come with it (0 when not known).
 */
public abstract sealed class AdqlException extends RuntimeException
        permits AdqlSyntaxException, AdqlSemanticException, AdqlTranslationException {

    private final int line;
    private final int column;

    protected AdqlException(String message) {
        this(message, 0, 0);
    }

    protected AdqlException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** The line of the offending text, or 0 when not known. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
