// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

import java.util.Locale;

/** A PostgreSQL column type as a VOTable datatype, arraysize and xtype. */
public record SqlType(String datatype, String arraysize, String xtype) {

    public static SqlType of(String pgType) {
        String t = pgType.toLowerCase(Locale.ROOT).trim();
        boolean array = t.endsWith("[]");
        String base = array ? t.substring(0, t.length() - 2) : t;
        SqlType scalar =
                switch (base) {
                    case "smallint", "int2" -> new SqlType("short", null, null);
                    case "integer", "int", "int4", "serial" -> new SqlType("int", null, null);
                    case "bigint", "int8", "bigserial" -> new SqlType("long", null, null);
                    case "real", "float4" -> new SqlType("float", null, null);
                    case "double precision", "float8", "numeric" -> new SqlType("double", null, null);
                    case "boolean", "bool" -> new SqlType("boolean", null, null);
                    case "timestamp",
                            "timestamptz",
                            "timestamp with time zone",
                            "timestamp without time zone",
                            "date" -> new SqlType("char", "*", "timestamp");
                    default -> new SqlType("char", "*", null);
                };
        if (!array || scalar.datatype().equals("char")) {
            return scalar;
        }
        return new SqlType(scalar.datatype(), "*", null);
    }
}
