// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.ast;

import java.util.Locale;

/**
 * A name. Regular identifiers are case-insensitive; delimited ones ("...") keep their case and
 * may contain any character.
 */
public record Identifier(String name, boolean delimited) {
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
}
