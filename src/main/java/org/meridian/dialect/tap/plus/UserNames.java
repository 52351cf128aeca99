// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import java.util.Locale;
import java.util.regex.Pattern;
import org.meridian.dialect.tap.query.TapException;

/**
 * Names in a user's space. A table or column name is a plain lower-case identifier (letters,
 * digits, underscores, starting with a letter, at most 63 characters: PostgreSQL's limit), so it is
 * the same in ADQL, SQL and TAP_SCHEMA and can never carry a quote, a dot or SQL; anything else is
 * refused, never rewritten into some other table's name.
 */
final class UserNames {

    private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private UserNames() {}

    /**
     * A table of the caller's schema, given bare ({@code t}) or qualified ({@code user_me.t}, as
     * TapPlus sends it to TableTool).
     */
    static String table(String raw, String ownSchema) throws TapException {
        if (raw == null || raw.isBlank()) {
            throw TapException.badRequest("TABLE_NAME is required");
        }
        String name = raw.strip();
        int dot = name.indexOf('.');
        if (dot >= 0) {
            String schema = name.substring(0, dot);
            if (!schema.equalsIgnoreCase(ownSchema)) {
                throw TapException.badRequest("table " + raw + " is not in your schema " + ownSchema);
            }
            name = name.substring(dot + 1);
        }
        return plain(name, "table");
    }

    static String column(String raw) throws TapException {
        if (raw == null || raw.isBlank()) {
            throw TapException.badRequest("a column name is required");
        }
        return plain(raw.strip(), "column");
    }

    private static String plain(String name, String what) throws TapException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!PLAIN.matcher(lower).matches()) {
            throw TapException.badRequest(what + " name " + name + " is not allowed: use letters, digits and"
                    + " underscores, starting with a letter, at most 63 characters");
        }
        return lower;
    }

    /** The schema of an account: {@code user_<name>}, or with its id when the name is not plain or is taken. */
    static String schemaFor(String username, long accountId, boolean plainTaken) {
        String lower = username.toLowerCase(Locale.ROOT);
        String schema = "user_" + lower;
        if (!PLAIN.matcher(schema).matches() || plainTaken) {
            String cleaned = lower.replaceAll("[^a-z0-9_]", "_");
            schema = "user_" + cleaned.substring(0, Math.min(cleaned.length(), 40)) + "_" + accountId;
        }
        return schema;
    }

    static String quoted(String plainName) {
        return "\"" + plainName + "\"";
    }
}
