// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.upload;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.StarTable;

/** One column of an uploaded table (TAP_UPLOAD or a Gaia TAP+ user table): its STIL description and its PostgreSQL and VOTable types. */
public record UploadColumn(String name, ColumnInfo info, String sqlType, String datatype, String arraysize) {

    public static List<UploadColumn> of(StarTable table) {
        List<UploadColumn> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < table.getColumnCount(); i++) {
            ColumnInfo info = table.getColumnInfo(i);
            String name = columnName(info.getName(), i);
            while (!seen.add(name)) {
                name = name + "_" + (i + 1);
            }
            columns.add(typed(name, info));
        }
        return columns;
    }

    /** ADQL regular identifiers fold to lower case, so uploaded names are folded too. */
    private static String columnName(String raw, int index) {
        String name = raw == null ? "" : raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = "col" + (index + 1) + (name.isEmpty() ? "" : "_" + name);
        }
        return name;
    }

    private static UploadColumn typed(String name, ColumnInfo info) {
        Class<?> type = info.getContentClass();
        if (type == Boolean.class) return new UploadColumn(name, info, "boolean", "boolean", null);
        if (type == Byte.class || type == Short.class) return new UploadColumn(name, info, "smallint", "short", null);
        if (type == Integer.class) return new UploadColumn(name, info, "integer", "int", null);
        if (type == Long.class) return new UploadColumn(name, info, "bigint", "long", null);
        // Floats stay float (a client reads back the type it sent); PostgreSQL widens real to
        // double precision implicitly where the sky_* geometry functions need it.
        if (type == Float.class) return new UploadColumn(name, info, "real", "float", null);
        if (type == Double.class) return new UploadColumn(name, info, "double precision", "double", null);
        if (type == double[].class || type == float[].class) {
            return new UploadColumn(name, info, "double precision[]", "double", "*");
        }
        return new UploadColumn(name, info, "text", "char", "*");
    }

    public String quoted() {
        return "\"" + name + "\"";
    }

    public void bind(PreparedStatement s, int index, Object value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.OTHER);
            return;
        }
        switch (sqlType) {
            case "boolean" -> s.setBoolean(index, (Boolean) value);
            case "smallint" -> s.setShort(index, ((Number) value).shortValue());
            case "integer" -> s.setInt(index, ((Number) value).intValue());
            case "bigint" -> s.setLong(index, ((Number) value).longValue());
            case "real" -> s.setFloat(index, ((Number) value).floatValue());
            case "double precision" -> s.setDouble(index, ((Number) value).doubleValue());
            case "double precision[]" -> s.setArray(index, s.getConnection().createArrayOf("float8", boxed(value)));
            default -> s.setString(index, value.toString());
        }
    }

    private static Double[] boxed(Object array) {
        if (array instanceof double[] d) {
            Double[] out = new Double[d.length];
            for (int i = 0; i < d.length; i++) out[i] = d[i];
            return out;
        }
        float[] f = (float[]) array;
        Double[] out = new Double[f.length];
        for (int i = 0; i < f.length; i++) out[i] = (double) f[i];
        return out;
    }
}
