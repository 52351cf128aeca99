// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

import java.util.Optional;

/**
 * Well-formed ADQL that names something the service does not know (a table, a column) or names it
 * ambiguously. {@code name} is the offending name as written; {@code suggestion} a close known name.
 */
public final class AdqlSemanticException extends AdqlException {
    private final String name;
    private final String suggestion;

    public AdqlSemanticException(String message) {
        this(message, null, null);
    }

    public AdqlSemanticException(String message, String name, String suggestion) {
        this(message, name, suggestion, 0, 0);
    }

    /** With the 1-based position of the offending name in the query text (0 when unknown). */
    public AdqlSemanticException(String message, String name, String suggestion, int line, int column) {
        super(
                (line > 0 ? "line " + line + ", column " + column + ": " : "")
                        + (suggestion == null ? message : message + "; did you mean " + suggestion + "?"),
                line,
                column);
        this.name = name;
        this.suggestion = suggestion;
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }
}
