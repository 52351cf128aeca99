// SPDX-License-Identifier: Apache-2.0
package org.meridian.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A result-set cell read as the Java value table writers (STIL) take: primitives boxed, SQL NULL as
 * null, arrays as primitive arrays with NULL elements as NaN (floating point) or 0 (integers). One
 * reader for every streamed query result (TAP results, Gaia products), so that every dialect writes
 * the same column type the same way.
 */
public final class JdbcCells {

    /** How a column is read. */
    public enum Type {
        BOOLEAN,
        SHORT,
        INT,
        LONG,
        FLOAT,
        DOUBLE,
        TEXT,
        FLOAT_ARRAY,
        DOUBLE_ARRAY,
        LONG_ARRAY,
        INT_ARRAY,
        SHORT_ARRAY
    }

    private JdbcCells() {}

    /** The cell at {@code index} (1-based) of the current row. */
    public static Object read(ResultSet rs, int index, Type type) throws SQLException {
        Object value =
                switch (type) {
                    case BOOLEAN -> rs.getBoolean(index);
                    case SHORT -> rs.getShort(index);
                    case INT -> rs.getInt(index);
                    case LONG -> rs.getLong(index);
                    case FLOAT -> rs.getFloat(index);
                    case DOUBLE -> rs.getDouble(index);
                    case TEXT -> rs.getString(index);
                    default -> array(rs.getArray(index), type);
                };
        return rs.wasNull() ? null : value;
    }

    /** A SQL array as a primitive array of the type's element, or null. */
    public static Object array(Array array, Type type) throws SQLException {
        if (array == null) {
            return null;
        }
        Object[] values = (Object[]) array.getArray();
        switch (type) {
            case FLOAT_ARRAY -> {
                float[] out = new float[values.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = values[i] == null ? Float.NaN : ((Number) values[i]).floatValue();
                }
                return out;
            }
            case DOUBLE_ARRAY -> {
                double[] out = new double[values.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = values[i] == null ? Double.NaN : ((Number) values[i]).doubleValue();
                }
                return out;
            }
            case LONG_ARRAY -> {
                long[] out = new long[values.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = values[i] == null ? 0 : ((Number) values[i]).longValue();
                }
                return out;
            }
            case INT_ARRAY -> {
                int[] out = new int[values.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = values[i] == null ? 0 : ((Number) values[i]).intValue();
                }
                return out;
            }
            case SHORT_ARRAY -> {
                short[] out = new short[values.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = values[i] == null ? 0 : ((Number) values[i]).shortValue();
                }
                return out;
            }
            default -> throw new IllegalArgumentException("not an array type: " + type);
        }
    }
}
