// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

/**
 * One column as TAP_SCHEMA.columns and VOSI /tables describe it (TAP 1.1 section 4.3).
 *
 * @param datatype the VOTable datatype (char, short, int, long, float, double, boolean)
 * @param arraysize VOTable arraysize ("*" for variable strings and arrays), or null for scalars
 * @param xtype DALI xtype (timestamp, point, circle, polygon), or null
 */
public record TapColumn(
        String name,
        String datatype,
        String arraysize,
        String xtype,
        String unit,
        String ucd,
        String utype,
        String description,
        boolean principal,
        boolean indexed,
        boolean std) {

    /** A standard (std=1), principal column of a curated table. */
    public static TapColumn std(
            String name,
            String datatype,
            String arraysize,
            String xtype,
            String unit,
            String ucd,
            String utype,
            String description) {
        return new TapColumn(name, datatype, arraysize, xtype, unit, ucd, utype, description, true, false, true);
    }

    public static TapColumn text(String name, String ucd, String description) {
        return new TapColumn(name, "char", "*", null, null, ucd, null, description, true, false, false);
    }

    public static TapColumn number(String name, String datatype, String unit, String ucd, String description) {
        return new TapColumn(name, datatype, null, null, unit, ucd, null, description, true, false, false);
    }

    public TapColumn indexedColumn() {
        return new TapColumn(name, datatype, arraysize, xtype, unit, ucd, utype, description, principal, true, std);
    }
}
