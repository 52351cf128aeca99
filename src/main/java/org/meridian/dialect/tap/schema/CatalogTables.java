// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imported catalogs (gaiadr3.gaia_source, asm.*, ...) as the catalog importer recorded them in
 * {@code catalog_table}/{@code catalog_column}: public, with the units, UCDs and descriptions they
 * were loaded with.
 */
public final class CatalogTables {

    private CatalogTables() {}

    public static List<TapTable> load(Connection c) throws SQLException {
        Map<String, List<TapColumn>> columns = new LinkedHashMap<>();
        try (PreparedStatement s =
                        c.prepareStatement("select schema_name, table_name, column_name, datatype, unit, ucd,"
                                + " utype, description, indexed, principal from catalog_column"
                                + " order by schema_name, table_name, position");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                SqlType type = SqlType.of(r.getString(4));
                columns.computeIfAbsent(r.getString(1) + "." + r.getString(2), k -> new ArrayList<>())
                        .add(TapColumn.typed(
                                        AdqlNames.published(r.getString(3)),
                                        type.datatype(),
                                        type.arraysize(),
                                        type.xtype())
                                .unit(blankToNull(r.getString(5)))
                                .ucd(blankToNull(r.getString(6)))
                                .utype(blankToNull(r.getString(7)))
                                .description(r.getString(8))
                                .principal(r.getBoolean(10))
                                .indexed(r.getBoolean(9))
                                .build());
            }
        }
        List<TapTable> tables = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                        "select schema_name, table_name, description from catalog_table order by 1, 2");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String schema = r.getString(1);
                String table = r.getString(2);
                String name = schema + "." + table;
                tables.add(new TapTable(
                        schema,
                        name,
                        "table",
                        null,
                        r.getString(3),
                        columns.getOrDefault(name, List.of()),
                        new TapTable.Public(schema, table)));
            }
        }
        return tables;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
