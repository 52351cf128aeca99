// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

/** Malformed ADQL: where (1-based line and column) and a hint on how to fix it. */
public final class AdqlSyntaxException extends AdqlException {
    private final String hint;

    public AdqlSyntaxException(String message, int line, int column, String hint) {
        super(
                "line " + line + ", column " + column + ": " + message
                        + (hint.isEmpty() ? "" : " (hint: " + hint + ")"),
                line,
                column);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
