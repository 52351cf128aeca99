// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

import java.util.List;

/** The foreign keys between published tables: TAP_SCHEMA's own (TAP 1.1 section 4). */
public final class TapSchemaKeys {

    private TapSchemaKeys() {}

    public record ForeignKey(String id, String fromTable, String targetTable, String fromColumn, String targetColumn) {}

    public static final List<ForeignKey> ALL = List.of(
            new ForeignKey("tables_schema", "TAP_SCHEMA.tables", "TAP_SCHEMA.schemas", "schema_name", "schema_name"),
            new ForeignKey("columns_table", "TAP_SCHEMA.columns", "TAP_SCHEMA.tables", "table_name", "table_name"),
            new ForeignKey("keys_from", "TAP_SCHEMA.keys", "TAP_SCHEMA.tables", "from_table", "table_name"),
            new ForeignKey("keys_target", "TAP_SCHEMA.keys", "TAP_SCHEMA.tables", "target_table", "table_name"),
            new ForeignKey("key_columns_key", "TAP_SCHEMA.key_columns", "TAP_SCHEMA.keys", "key_id", "key_id"));

    public static List<ForeignKey> from(String tableName) {
        return ALL.stream().filter(k -> k.fromTable().equals(tableName)).toList();
    }
}
