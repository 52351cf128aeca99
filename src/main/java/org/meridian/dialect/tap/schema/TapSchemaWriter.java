// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/** Writes a {@link TableSet} into the tap_schema tables, replacing their contents in one transaction. */
final class TapSchemaWriter {

    private TapSchemaWriter() {}

    /** TAP_SCHEMA's own foreign keys (TAP 1.1 section 4): id, from, target, from column, target column. */
    private static final List<String[]> KEYS = List.of(
            new String[] {"tables_schema", "TAP_SCHEMA.tables", "TAP_SCHEMA.schemas", "schema_name", "schema_name"},
            new String[] {"columns_table", "TAP_SCHEMA.columns", "TAP_SCHEMA.tables", "table_name", "table_name"},
            new String[] {"keys_from", "TAP_SCHEMA.keys", "TAP_SCHEMA.tables", "from_table", "table_name"},
            new String[] {"keys_target", "TAP_SCHEMA.keys", "TAP_SCHEMA.tables", "target_table", "table_name"},
            new String[] {"key_columns_key", "TAP_SCHEMA.key_columns", "TAP_SCHEMA.keys", "key_id", "key_id"});

    static void write(Connection c, TableSet tables) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                for (String t : List.of("key_columns", "keys", "columns", "tables", "schemas")) {
                    s.executeUpdate("delete from tap_schema." + t);
                }
            }
            writeSchemas(c, tables);
            writeTables(c, tables);
            writeColumns(c, tables);
            writeKeys(c);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void writeSchemas(Connection c, TableSet tables) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "insert into tap_schema.schemas (schema_name, utype, description, schema_index) values (?, ?, ?, ?)")) {
            int index = 0;
            for (String schema : tables.schemas()) {
                s.setString(1, schema);
                s.setString(2, null);
                s.setString(3, schemaDescription(schema));
                s.setInt(4, index++);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static String schemaDescription(String schema) {
        return switch (schema) {
            case "ivoa" -> "IVOA standard data models (ObsCore)";
            case "dbo" -> "ESO raw data";
            case "TAP_SCHEMA" -> "Metadata of this TAP service";
            default -> "Catalog schema " + schema;
        };
    }

    private static void writeTables(Connection c, TableSet tables) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into tap_schema.tables (schema_name, table_name,"
                + " table_type, utype, description, table_index) values (?, ?, ?, ?, ?, ?)")) {
            int index = 0;
            for (TapTable t : tables.all()) {
                s.setString(1, t.schema());
                s.setString(2, t.name());
                s.setString(3, t.type());
                s.setString(4, t.utype());
                s.setString(5, t.description());
                s.setInt(6, index++);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void writeColumns(Connection c, TableSet tables) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into tap_schema.columns (table_name, column_name,"
                + " datatype, arraysize, xtype, \"size\", description, utype, unit, ucd, indexed, principal, std,"
                + " column_index) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TapTable t : tables.all()) {
                int index = 0;
                for (TapColumn col : t.columns()) {
                    s.setString(1, t.name());
                    s.setString(2, col.name());
                    s.setString(3, col.datatype());
                    s.setString(4, col.arraysize());
                    s.setString(5, col.xtype());
                    s.setNull(6, Types.INTEGER);
                    s.setString(7, col.description());
                    s.setString(8, col.utype());
                    s.setString(9, col.unit());
                    s.setString(10, col.ucd());
                    s.setInt(11, col.indexed() ? 1 : 0);
                    s.setInt(12, col.principal() ? 1 : 0);
                    s.setInt(13, col.std() ? 1 : 0);
                    s.setInt(14, index++);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static void writeKeys(Connection c) throws SQLException {
        try (PreparedStatement k = c.prepareStatement(
                        "insert into tap_schema.keys (key_id, from_table, target_table) values (?, ?, ?)");
                PreparedStatement kc = c.prepareStatement(
                        "insert into tap_schema.key_columns (key_id, from_column, target_column) values (?, ?, ?)")) {
            for (String[] key : KEYS) {
                k.setString(1, key[0]);
                k.setString(2, key[1]);
                k.setString(3, key[2]);
                k.addBatch();
                kc.setString(1, key[0]);
                kc.setString(2, key[3]);
                kc.setString(3, key[4]);
                kc.addBatch();
            }
            k.executeBatch();
            kc.executeBatch();
        }
    }
}
