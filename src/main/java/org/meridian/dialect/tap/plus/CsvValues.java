// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

/**
 * One cell as PostgreSQL's {@code COPY ... (FORMAT csv)} reads it for the column's SQL type (the
 * types {@code UploadColumn} chooses): an unquoted empty field is NULL; text and arrays are quoted
 * with doubled quotes, so no value can end its field or row early.
 */
final class CsvValues {

    private CsvValues() {}

    static void append(StringBuilder out, String sqlType, Object value) {
        if (value == null) {
            return;
        }
        switch (sqlType) {
            case "boolean" -> out.append((Boolean) value ? 't' : 'f');
            case "smallint" -> out.append(((Number) value).shortValue());
            case "integer" -> out.append(((Number) value).intValue());
            case "bigint" -> out.append(((Number) value).longValue());
            case "real" -> out.append(((Number) value).floatValue());
            case "double precision" -> out.append(((Number) value).doubleValue());
            case "double precision[]" -> quoted(out, array(value));
            default -> quoted(out, value.toString());
        }
    }

    private static String array(Object value) {
        StringBuilder a = new StringBuilder("{");
        if (value instanceof double[] d) {
            for (int i = 0; i < d.length; i++) {
                a.append(i > 0 ? "," : "").append(d[i]);
            }
        } else {
            float[] f = (float[]) value;
            for (int i = 0; i < f.length; i++) {
                a.append(i > 0 ? "," : "").append((double) f[i]);
            }
        }
        return a.append('}').toString();
    }

    private static void quoted(StringBuilder out, String text) {
        out.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
}
