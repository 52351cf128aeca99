// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.meridian.dialect.tap.schema.TapColumn;
import org.meridian.dialect.tap.schema.TapTable;
import org.meridian.store.JdbcCells;
import uk.ac.starlink.table.ColumnInfo;

/**
 * Result columns as STIL column descriptions: the Java type follows the JDBC type actually
 * returned (so the data always match the declared datatype), units, UCDs, utypes, xtypes and
 * descriptions come from TAP_SCHEMA when the column is one of a referenced table's.
 */
final class ResultColumns {

    /**
     * How a JDBC value becomes a cell: as {@link JdbcCells} reads its type, or (no type) as TAP
     * writes a timestamp or an ObsCore region.
     */
    enum Kind {
        BOOLEAN(JdbcCells.Type.BOOLEAN),
        SHORT(JdbcCells.Type.SHORT),
        INT(JdbcCells.Type.INT),
        LONG(JdbcCells.Type.LONG),
        FLOAT(JdbcCells.Type.FLOAT),
        DOUBLE(JdbcCells.Type.DOUBLE),
        TIMESTAMP(null),
        DOUBLE_ARRAY(JdbcCells.Type.DOUBLE_ARRAY),
        /** real[]: TAP_SCHEMA declares it float, so the result must be float too (taplint MDQ). */
        FLOAT_ARRAY(JdbcCells.Type.FLOAT_ARRAY),
        LONG_ARRAY(JdbcCells.Type.LONG_ARRAY),
        STCS_POLYGON(null),
        TEXT(JdbcCells.Type.TEXT);

        /** How {@link JdbcCells} reads it; null for the kinds TAP writes itself. */
        final JdbcCells.Type cells;

        Kind(JdbcCells.Type cells) {
            this.cells = cells;
        }
    }

    record Column(ColumnInfo info, Kind kind) {}

    private ResultColumns() {}

    static Column[] of(ResultSetMetaData meta, List<TapTable> referenced) throws SQLException {
        return of(meta, referenced, List.of());
    }

    /** @param shapes per column, the geometry its select item constructs, or null (see {@link GeometryColumns}) */
    static Column[] of(ResultSetMetaData meta, List<TapTable> referenced, List<GeometryColumns.Shape> shapes)
            throws SQLException {
        Column[] columns = new Column[meta.getColumnCount()];
        for (int i = 0; i < columns.length; i++) {
            String label = meta.getColumnLabel(i + 1);
            TapColumn declared = TableMapping.describe(referenced, label);
            Kind kind = kind(meta.getColumnType(i + 1), meta.getColumnTypeName(i + 1));
            if (kind == Kind.DOUBLE_ARRAY && declared != null && "adql:REGION".equals(declared.xtype())) {
                kind = Kind.STCS_POLYGON;
            }
            ColumnInfo info = new ColumnInfo(label, javaClass(kind), null);
            if (kind == Kind.DOUBLE_ARRAY || kind == Kind.FLOAT_ARRAY || kind == Kind.LONG_ARRAY) {
                info.setShape(new int[] {-1});
            }
            GeometryColumns.Shape shape = i < shapes.size() ? shapes.get(i) : null;
            if (kind == Kind.DOUBLE_ARRAY && shape != null) {
                // DALI 1.1 §3.3.5-3.3.7: datatype="double" arraysize="2"|"3"|"*" xtype="point"|"circle"|"polygon"
                info.setShape(new int[] {shape.arraysize()});
                info.setXtype(shape.xtype());
            }
            if (kind == Kind.TIMESTAMP) {
                info.setXtype("timestamp");
            }
            if (declared != null) {
                info.setUnitString(declared.unit());
                info.setUCD(declared.ucd());
                info.setUtype(declared.utype());
                info.setDescription(declared.description());
                if (declared.xtype() != null) {
                    info.setXtype(declared.xtype());
                }
            }
            columns[i] = new Column(info, kind);
        }
        return columns;
    }

    static Kind kind(int jdbcType, String typeName) {
        return switch (jdbcType) {
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.SMALLINT, Types.TINYINT -> Kind.SHORT;
            case Types.INTEGER -> Kind.INT;
            case Types.BIGINT -> Kind.LONG;
            case Types.REAL -> Kind.FLOAT;
            case Types.DOUBLE, Types.FLOAT, Types.NUMERIC, Types.DECIMAL -> Kind.DOUBLE;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE -> Kind.TIMESTAMP;
            case Types.ARRAY ->
                switch (typeName) {
                    case "_float4" -> Kind.FLOAT_ARRAY;
                    case "_float8", "_numeric" -> Kind.DOUBLE_ARRAY;
                    case "_int2", "_int4", "_int8" -> Kind.LONG_ARRAY;
                    default -> Kind.TEXT;
                };
            default -> Kind.TEXT;
        };
    }

    private static Class<?> javaClass(Kind kind) {
        return switch (kind) {
            case BOOLEAN -> Boolean.class;
            case SHORT -> Short.class;
            case INT -> Integer.class;
            case LONG -> Long.class;
            case FLOAT -> Float.class;
            case DOUBLE -> Double.class;
            case DOUBLE_ARRAY -> double[].class;
            case FLOAT_ARRAY -> float[].class;
            case LONG_ARRAY -> long[].class;
            case TIMESTAMP, STCS_POLYGON, TEXT -> String.class;
        };
    }
}
