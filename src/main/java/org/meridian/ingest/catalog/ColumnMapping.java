// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.catalog;

import java.util.Locale;
import uk.ac.starlink.table.ColumnInfo;

/**
 * One catalog column as STIL read it and as PostgreSQL will hold it.
 *
 * @param name the SQL column name: the file's name lower-cased, other characters made '_'
 * @param sqlType the PostgreSQL type for the column's Java content class
 */
record ColumnMapping(String name, String sqlType, ColumnInfo info) {

    static ColumnMapping of(ColumnInfo info) {
        return new ColumnMapping(sqlName(info.getName()), sqlType(info.getContentClass()), info);
    }

    static String sqlName(String name) {
        String s = name.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
            s = "c_" + s;
        }
        return s;
    }

    static String sqlType(Class<?> c) {
        if (c == Boolean.class) return "boolean";
        if (c == Byte.class || c == Short.class) return "smallint";
        if (c == Integer.class) return "integer";
        if (c == Long.class) return "bigint";
        if (c == Float.class) return "real";
        if (c == Double.class) return "double precision";
        if (c == short[].class || c == byte[].class) return "smallint[]";
        if (c == int[].class) return "integer[]";
        if (c == long[].class) return "bigint[]";
        if (c == float[].class) return "real[]";
        if (c == double[].class) return "double precision[]";
        if (c == boolean[].class) return "boolean[]";
        if (c == String[].class) return "text[]";
        return "text";
    }

    String quotedName() {
        return "\"" + name + "\"";
    }
}
