// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

/**
 * One column as TAP_SCHEMA.columns and VOSI /tables describe it (TAP 1.1 section 4.3). Made with the
 * named factories and their {@link Builder}, which say what each value is: {@code
 * TapColumn.scalar("s_ra", "double").unit("deg").ucd("pos.eq.ra").indexed().build()}.
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

    /** A variable-length string column ({@code char}, arraysize {@code *}). */
    public static Builder text(String name) {
        return new Builder(name, "char").arraysize("*");
    }

    /** A scalar column of a VOTable datatype (int, long, double, ...). */
    public static Builder scalar(String name, String datatype) {
        return new Builder(name, datatype);
    }

    /** A date-time column: an ISO 8601 string with DALI's xtype {@code timestamp}. */
    public static Builder timestamp(String name) {
        return text(name).xtype("timestamp");
    }

    /** Any column, its type given as VOTable datatype, arraysize and xtype (imported or uploaded tables). */
    public static Builder typed(String name, String datatype, String arraysize, String xtype) {
        return new Builder(name, datatype).arraysize(arraysize).xtype(xtype);
    }

    /** This column, marked indexed. */
    public TapColumn indexedColumn() {
        return new TapColumn(name, datatype, arraysize, xtype, unit, ucd, utype, description, principal, true, std);
    }

    /** A column being described; principal, not indexed, not standard until said otherwise. */
    public static final class Builder {

        private final String name;
        private final String datatype;
        private String arraysize;
        private String xtype;
        private String unit;
        private String ucd;
        private String utype;
        private String description;
        private boolean principal = true;
        private boolean indexed;
        private boolean std;

        private Builder(String name, String datatype) {
            this.name = name;
            this.datatype = datatype;
        }

        public Builder arraysize(String arraysize) {
            this.arraysize = arraysize;
            return this;
        }

        public Builder xtype(String xtype) {
            this.xtype = xtype;
            return this;
        }

        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder ucd(String ucd) {
            this.ucd = ucd;
            return this;
        }

        public Builder utype(String utype) {
            this.utype = utype;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder principal(boolean principal) {
            this.principal = principal;
            return this;
        }

        /** The column has an index, so constraints on it are cheap (TAP_SCHEMA {@code indexed}). */
        public Builder indexed() {
            return indexed(true);
        }

        public Builder indexed(boolean indexed) {
            this.indexed = indexed;
            return this;
        }

        /** Defined by a standard (ObsCore, TAP_SCHEMA): TAP_SCHEMA {@code std}. */
        public Builder std() {
            this.std = true;
            return this;
        }

        public TapColumn build() {
            return new TapColumn(
                    name, datatype, arraysize, xtype, unit, ucd, utype, description, principal, indexed, std);
        }
    }
}
