// SPDX-License-Identifier: Apache-2.0
package org.meridian.store;

import java.lang.reflect.Array;

/**
 * Renders values in PostgreSQL's COPY text format (tab-separated, {@code \N} for null), for every
 * bulk load through the driver's {@code CopyIn} (catalogue imports, the benchmarks' archives).
 */
public final class CopyText {

    private CopyText() {}

    /** One value: a number, a boolean, text, an array (as a SQL array literal), or null. */
    public static void append(StringBuilder sb, Object value) {
        switch (value) {
            case null -> sb.append("\\N");
            case Double d when d.isNaN() -> sb.append("\\N"); // a blank catalog cell, not a number
            case Float f when f.isNaN() -> sb.append("\\N");
            case Number n -> sb.append(n);
            case Boolean b -> sb.append(b ? 't' : 'f');
            case String s -> escape(sb, s);
            default -> {
                if (value.getClass().isArray()) {
                    appendArray(sb, value);
                } else {
                    escape(sb, value.toString());
                }
            }
        }
    }

    private static void appendArray(StringBuilder sb, Object array) {
        StringBuilder inner = new StringBuilder("{");
        int n = Array.getLength(array);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                inner.append(',');
            }
            Object v = Array.get(array, i);
            if (v == null || (v instanceof Double d && d.isNaN()) || (v instanceof Float f && f.isNaN())) {
                inner.append("NULL");
            } else if (v instanceof String s) {
                inner.append('"')
                        .append(s.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            } else {
                inner.append(v);
            }
        }
        escape(sb, inner.append('}').toString());
    }

    private static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\0' -> {}
                default -> sb.append(c);
            }
        }
    }
}
