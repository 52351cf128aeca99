// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.meridian.store.JdbcCells;
import org.meridian.store.Rows;
import org.meridian.store.SqlFragment;
import uk.ac.starlink.table.ColumnInfo;

/**
 * The columns of a product table as the catalogue import recorded them in {@code catalog_column}
 * (names, units, UCDs, descriptions), which the answers carry; empty when the release has no such
 * table.
 */
record ProductColumns(String qualifiedTable, List<Column> columns) {

    /** How a cell is read from JDBC and what Java type STIL writes it as. */
    enum Kind {
        BOOLEAN(Boolean.class, JdbcCells.Type.BOOLEAN),
        SHORT(Short.class, JdbcCells.Type.SHORT),
        INT(Integer.class, JdbcCells.Type.INT),
        LONG(Long.class, JdbcCells.Type.LONG),
        FLOAT(Float.class, JdbcCells.Type.FLOAT),
        DOUBLE(Double.class, JdbcCells.Type.DOUBLE),
        FLOAT_ARRAY(float[].class, JdbcCells.Type.FLOAT_ARRAY),
        DOUBLE_ARRAY(double[].class, JdbcCells.Type.DOUBLE_ARRAY),
        LONG_ARRAY(long[].class, JdbcCells.Type.LONG_ARRAY),
        INT_ARRAY(int[].class, JdbcCells.Type.INT_ARRAY),
        SHORT_ARRAY(short[].class, JdbcCells.Type.SHORT_ARRAY),
        TEXT(String.class, JdbcCells.Type.TEXT);

        final Class<?> type;
        final JdbcCells.Type jdbc;

        Kind(Class<?> type, JdbcCells.Type jdbc) {
            this.type = type;
            this.jdbc = jdbc;
        }

        static Kind of(String sqlType) {
            return switch (sqlType) {
                case "boolean" -> BOOLEAN;
                case "smallint" -> SHORT;
                case "integer" -> INT;
                case "bigint" -> LONG;
                case "real" -> FLOAT;
                case "double precision" -> DOUBLE;
                case "real[]" -> FLOAT_ARRAY;
                case "double precision[]" -> DOUBLE_ARRAY;
                case "bigint[]" -> LONG_ARRAY;
                case "integer[]" -> INT_ARRAY;
                case "smallint[]" -> SHORT_ARRAY;
                default -> TEXT;
            };
        }
    }

    record Column(String name, Kind kind, ColumnInfo info) {}

    static Optional<ProductColumns> of(Connection c, Release release, RetrievalType type) throws SQLException {
        List<Column> columns = Rows.list(
                c,
                SqlFragment.of(
                        "select column_name, datatype, unit, ucd, description from catalog_column"
                                + " where schema_name = ? and table_name = ? and column_name <> 'hpx' order by position",
                        release.schema(),
                        type.table()),
                ProductColumns::column);
        boolean keyed = columns.stream().anyMatch(col -> col.name().equals("source_id"));
        return columns.isEmpty() || !keyed
                ? Optional.empty()
                : Optional.of(new ProductColumns(release.schema() + "." + type.table(), List.copyOf(columns)));
    }

    /** A product column from a row of {@code catalog_column}: name, datatype, unit, ucd, description. */
    private static Column column(ResultSet r) throws SQLException {
        Kind kind = Kind.of(r.getString(2));
        ColumnInfo info = new ColumnInfo(r.getString(1), kind.type, r.getString(5));
        if (r.getString(3) != null) {
            info.setUnitString(r.getString(3));
        }
        if (r.getString(4) != null) {
            info.setUCD(r.getString(4));
        }
        return new Column(r.getString(1), kind, info);
    }

    /** The select list, every name quoted. */
    String selectList() {
        return String.join(
                ", ", columns.stream().map(col -> "\"" + col.name() + "\"").toList());
    }

    int sourceIdIndex() {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals("source_id")) {
                return i;
            }
        }
        throw new IllegalStateException("checked in of()");
    }
}
