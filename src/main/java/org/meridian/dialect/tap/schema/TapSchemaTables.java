// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

import java.util.List;

/** TAP_SCHEMA describing itself (TAP 1.1 section 4), as every TAP service must. */
public final class TapSchemaTables {

    private TapSchemaTables() {}

    private static TapColumn t(String name, String description) {
        return TapColumn.text(name).description(description).std().build();
    }

    private static TapColumn i(String name, String description) {
        return TapColumn.scalar(name, "int").description(description).std().build();
    }

    public static List<TapTable> tables() {
        return List.of(
                table(
                        "schemas",
                        "Schemas published by this service",
                        List.of(
                                t("schema_name", "Schema name"), t("utype", "Schema utype"),
                                t("description", "Description"), i("schema_index", "Recommended sort order"))),
                table(
                        "tables",
                        "Tables published by this service",
                        List.of(
                                t("schema_name", "Schema the table belongs to"),
                                        t("table_name", "Fully qualified name"),
                                t("table_type", "table or view"), t("utype", "Table utype"),
                                t("description", "Description"), i("table_index", "Recommended sort order"))),
                table(
                        "columns",
                        "Columns of the published tables",
                        List.of(
                                t("table_name", "Fully qualified table name"),
                                t("column_name", "Column name"),
                                t("datatype", "VOTable datatype"),
                                t("arraysize", "VOTable arraysize"),
                                t("xtype", "DALI xtype"),
                                i("\"size\"", "Deprecated length (TAP 1.0)"),
                                t("description", "Description"),
                                t("utype", "Utype"),
                                t("unit", "VOUnit"),
                                t("ucd", "UCD"),
                                i("indexed", "1 if indexed"),
                                i("principal", "1 if principal"),
                                i("std", "1 if defined by a standard"),
                                i("column_index", "Recommended sort order"))),
                table(
                        "keys",
                        "Foreign keys between published tables",
                        List.of(
                                t("key_id", "Key identifier"),
                                t("from_table", "Table with the foreign key"),
                                t("target_table", "Table with the primary key"),
                                t("utype", "Key utype"),
                                t("description", "Description"))),
                table(
                        "key_columns",
                        "Columns of the foreign keys",
                        List.of(
                                t("key_id", "Key identifier"),
                                t("from_column", "Column of from_table"),
                                t("target_column", "Column of target_table"))));
    }

    private static TapTable table(String name, String description, List<TapColumn> columns) {
        return new TapTable(
                "TAP_SCHEMA",
                "TAP_SCHEMA." + name,
                "table",
                null,
                description,
                columns,
                new TapTable.Public("tap_schema", name));
    }
}
