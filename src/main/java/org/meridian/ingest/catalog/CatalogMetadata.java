// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import uk.ac.starlink.table.ColumnInfo;

/** Records a catalog's table and column metadata (units, UCDs, descriptions) for TAP_SCHEMA. */
final class CatalogMetadata {

    private CatalogMetadata() {}

    /** @param units units by column name, over those the file gave (see {@link CatalogImporter.Request}) */
    static void record(
            Connection c, QualifiedName table, CatalogSink sink, String description, Map<String, String> units)
            throws SQLException {
        for (String name : units.keySet()) {
            if (sink.columns().stream().noneMatch(col -> col.name().equals(name))) {
                throw new IllegalArgumentException("a unit is given for " + name + ", which is no column of the file");
            }
        }
        try (PreparedStatement s =
                c.prepareStatement("delete from catalog_table where schema_name = ? and table_name = ?")) {
            s.setString(1, table.schema());
            s.setString(2, table.name());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("insert into catalog_table (schema_name, table_name,"
                + " description, ra_column, dec_column, row_count) values (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, table.schema());
            s.setString(2, table.name());
            s.setString(3, description != null ? description : sink.description());
            s.setString(4, sink.raColumn());
            s.setString(5, sink.decColumn());
            s.setLong(6, sink.rows());
            s.executeUpdate();
        }
        List<ColumnMapping> columns = sink.columns();
        try (PreparedStatement s = c.prepareStatement("insert into catalog_column (schema_name, table_name,"
                + " column_name, position, datatype, unit, ucd, utype, description, indexed, principal)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < columns.size(); i++) {
                ColumnMapping col = columns.get(i);
                ColumnInfo info = col.info();
                boolean position = sink.positional()
                        && (col.name().equals(sink.raColumn()) || col.name().equals(sink.decColumn()));
                s.setString(1, table.schema());
                s.setString(2, table.name());
                s.setString(3, col.name());
                s.setInt(4, i + 1);
                s.setString(5, col.sqlType());
                String unit = units.getOrDefault(col.name(), info.getUnitString());
                s.setString(6, position ? orDefault(unit, "deg") : unit);
                s.setString(7, position ? orDefault(info.getUCD(), positionUcd(sink, col)) : info.getUCD());
                s.setString(8, info.getUtype());
                s.setString(9, info.getDescription() == null ? "" : info.getDescription());
                s.setBoolean(10, position || CatalogImporter.isIdentifier(col));
                s.setBoolean(11, position || CatalogImporter.isIdentifier(col));
                s.addBatch();
            }
            if (!sink.positional()) {
                s.executeBatch();
                return;
            }
            s.setString(1, table.schema());
            s.setString(2, table.name());
            s.setString(3, "hpx");
            s.setInt(4, columns.size() + 1);
            s.setString(5, "bigint");
            s.setString(6, null);
            s.setString(7, "pos.healpix");
            s.setString(8, null);
            s.setString(9, "Nested HEALPix index at order 29 of (" + sink.raColumn() + ", " + sink.decColumn() + ")");
            s.setBoolean(10, true);
            s.setBoolean(11, false);
            s.addBatch();
            s.executeBatch();
        }
    }

    /**
     * The UCD of a position column the file gave none for. The columns the import took as the
     * catalogue's position are its main position, and saying so is what lets TAP use the {@code hpx}
     * index for cones (docs/architecture.md, "Catalogues").
     */
    private static String positionUcd(CatalogSink sink, ColumnMapping col) {
        return col.name().equals(sink.raColumn()) ? "pos.eq.ra;meta.main" : "pos.eq.dec;meta.main";
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
