// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.ast;

import java.util.Locale;
import java.util.Objects;

/**
 * A name. Regular identifiers are case-insensitive; delimited ones ("...") keep their case and
 * may contain any character. {@code line} and {@code column} (1-based) say where the parser found
 * it, for error messages; they are 0 for names made by the translation, and two identifiers are
 * equal when name and delimitation are, wherever they were written.
 */
public record Identifier(String name, boolean delimited, int line, int column) {
    public Identifier(String name, boolean delimited) {
        this(name, delimited, 0, 0);
    }

    public static Identifier of(String name) {
        return new Identifier(name, false);
    }

    /** The name as the database folds it: regular identifiers to lower case. */
    public String normalized() {
        return delimited ? name : name.toLowerCase(Locale.ROOT);
    }

    public boolean matches(String other) {
        return delimited ? name.equals(other) : name.equalsIgnoreCase(other);
    }

    public boolean hasPosition() {
        return line > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Identifier other && other.delimited == delimited && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, delimited);
    }
}
