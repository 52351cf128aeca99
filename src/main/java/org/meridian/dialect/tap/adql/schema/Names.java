// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.schema;

import java.util.regex.Pattern;
import org.meridian.dialect.tap.adql.ReservedWords;
import org.meridian.dialect.tap.adql.ast.Identifier;

/** Matching of written identifiers against known names, and how known names are written to SQL. */
final class Names {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    private Names() {}

    /**
     * A database name as an identifier PostgreSQL reads back unchanged: plain lower-case names stay
     * regular, anything else (upper case, spaces, reserved words) is delimited.
     */
    static Identifier canonical(String dbName) {
        return PLAIN.matcher(dbName).matches() && !ReservedWords.isReserved(dbName)
                ? Identifier.of(dbName)
                : new Identifier(dbName, true);
    }

    /**
     * True when the written identifier denotes the known one: a regular identifier matches
     * regardless of case, a delimited one must equal the name as the database stores it.
     */
    static boolean same(Identifier written, Identifier known) {
        return written.delimited()
                ? written.name().equals(known.normalized())
                : written.name().equalsIgnoreCase(known.name());
    }

    static String display(java.util.List<Identifier> parts) {
        return String.join(".", parts.stream().map(Identifier::name).toList());
    }
}
