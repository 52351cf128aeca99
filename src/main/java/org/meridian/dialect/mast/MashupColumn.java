// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import java.util.Map;

/**
 * One column of a Mashup result: its wire name and type, the SQL expression that maps it from the
 * core tables, and what the column configuration tells the client about it.
 *
 * @param type the Mashup field type: {@code string}, {@code float}, {@code int} or {@code boolean}
 * @param sql the expression over the service's aliases (observation {@code o}, program {@code p}, ...)
 * @param votDatatype {@code vot.datatype} in columnsconfig; double/float make astroquery send ranges
 * @param separator the separator of a multi-valued column (e.g. {@code ;} for filters), or null
 */
public record MashupColumn(
        String name,
        Type type,
        String sql,
        String label,
        String votDatatype,
        String separator,
        String unit,
        String description) {

    /** The field types astroquery's parse_type knows, with how each is read from JDBC. */
    public enum Type {
        STRING("string"),
        FLOAT("float"),
        INT("int"),
        LONG("long"),
        BOOLEAN("boolean");

        public final String wire;

        Type(String wire) {
            this.wire = wire;
        }
    }

    public static MashupColumn text(String name, String sql, String label, String description) {
        return new MashupColumn(name, Type.STRING, sql, label, "char", null, null, description);
    }

    public static MashupColumn number(String name, String sql, String label, String unit, String description) {
        return new MashupColumn(name, Type.FLOAT, sql, label, "double", null, unit, description);
    }

    public MashupColumn separatedBy(String separator) {
        return new MashupColumn(name, type, sql, label, votDatatype, separator, unit, description);
    }

    /** Continuous columns are filtered by {min,max} ranges; the rest by exact values or patterns. */
    public boolean continuous() {
        return votDatatype.equals("double") || votDatatype.equals("float");
    }

    /** This column's entry in {@code columnsconfig}. */
    public Map<String, Object> config() {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("text", label);
        m.put("vot.datatype", votDatatype);
        m.put("vot.ID", name);
        m.put("vot.name", name);
        m.put("vot.description", description);
        if (votDatatype.equals("char")) {
            m.put("vot.arraysize", "*");
        }
        if (unit != null) {
            m.put("vot.unit", unit);
        }
        if (separator != null) {
            m.put("separator", separator);
        }
        return m;
    }
}
