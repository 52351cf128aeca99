// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

import java.util.regex.Pattern;
import org.meridian.dialect.tap.adql.AdqlException;
import org.meridian.dialect.tap.adql.AdqlParser;

/**
 * Column names as TAP_SCHEMA must publish them: a name that is not a regular ADQL identifier
 * (a reserved word such as {@code size} or {@code time}, or odd characters) is given delimited,
 * {@code "size"}, so that clients copying it into queries get valid ADQL (TAP 1.1 section 4.3).
 */
public final class AdqlNames {

    private static final Pattern REGULAR = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private AdqlNames() {}

    public static String published(String name) {
        return isRegular(name) ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** The name without delimiting quotes, as the database and result columns spell it. */
    public static String undelimited(String name) {
        return name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1).replace("\"\"", "\"")
                : name;
    }

    /** Whether the parser accepts the name undelimited (it rejects reserved words). */
    static boolean isRegular(String name) {
        if (!REGULAR.matcher(name).matches()) {
            return false;
        }
        try {
            AdqlParser.parse("SELECT " + name + " FROM t");
            return true;
        } catch (AdqlException e) {
            return false;
        }
    }
}
