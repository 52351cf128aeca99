// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

/** Malformed ADQL: where (1-based line and column) and a hint on how to fix it. */
public final class AdqlSyntaxException extends AdqlException {
    private final int line;
    private final int column;
    private final String hint;

    public AdqlSyntaxException(String message, int line, int column, String hint) {
        super("line " + line + ", column " + column + ": " + message + (hint.isEmpty() ? "" : " (hint: " + hint + ")"));
        this.line = line;
        this.column = column;
        this.hint = hint;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String hint() {
        return hint;
    }
}
