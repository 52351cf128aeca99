// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.meridian.dialect.tap.adql.schema.ColumnInfo;
import org.meridian.dialect.tap.adql.schema.InMemoryCatalog;
import org.meridian.dialect.tap.adql.schema.PositionColumns;
import org.meridian.dialect.tap.adql.schema.TableInfo;

/**
 * Empty tables standing in for those the lyonetia queries use, with the columns DaCHS' unit tests
 * give them (gavo/README) and the ObsCore 1.1 columns; created in PostgreSQL and described to the
 * translator by the same definitions.
 */
final class StandInTables {
    private record Col(String name, String adqlType, String pgType) {}

    private record Table(String schema, String name, List<Col> columns, PositionColumns position) {}

    private static final List<Table> TABLES = List.of(
            table("public", "spatial", null, "dist", "width", "height", "ra1", "ra2"),
            table("public", "spatial2", new PositionColumns("ra1", "dec", "hpx"), "ra1", "dec", "dist", "hpx:bigint"),
            table("public", "misc", null, "mass", "mag", "speed"),
            table("public", "quoted", null, "left-right", "inch\"ing", "plAin", "alllower"),
            table(
                    "public",
                    "crazy",
                    null,
                    "ct:integer",
                    "wot:bigint",
                    "wotb:bytea",
                    "mass",
                    "name:text",
                    "version:text",
                    "flag:char"),
            table("public", "geo", null, "pt:point"),
            table("ivoa", "obscore", new PositionColumns("s_ra", "s_dec", "hpx"), obscoreColumns()));

    private StandInTables() {}

    private static String[] obscoreColumns() {
        return new String[] {
            "dataproduct_type:text",
            "dataproduct_subtype:text",
            "calib_level:integer",
            "obs_collection:text",
            "obs_id:text",
            "obs_title:text",
            "obs_publisher_did:text",
            "obs_creator_did:text",
            "obs_release_date:timestamp",
            "obs_creator_name:text",
            "publisher_id:text",
            "bib_reference:text",
            "data_rights:text",
            "access_url:text",
            "access_format:text",
            "access_estsize:bigint",
            "target_name:text",
            "target_class:text",
            "s_ra",
            "s_dec",
            "s_fov",
            "s_region:polygon",
            "s_resolution",
            "s_xel1:bigint",
            "s_xel2:bigint",
            "s_pixel_scale",
            "t_min",
            "t_max",
            "t_exptime",
            "t_resolution",
            "t_xel:bigint",
            "em_min",
            "em_max",
            "em_res_power",
            "em_resolution",
            "em_xel:bigint",
            "em_ucd:text",
            "em_unit:text",
            "o_ucd:text",
            "o_unit:text",
            "pol_states:text",
            "pol_xel:bigint",
            "facility_name:text",
            "instrument_name:text",
            "proposal_id:text",
            "s_resolution_min",
            "s_resolution_max",
            "s_calib_status:text",
            "s_stat_error",
            "t_calib_status:text",
            "t_stat_error",
            "em_calib_status:text",
            "em_stat_error",
            "preview:text",
            "source_table:text",
            "hpx:bigint"
        };
    }

    /** Columns as "name" (double) or "name:type". */
    private static Table table(String schema, String name, PositionColumns position, String... columns) {
        List<Col> cols = new ArrayList<>();
        for (String c : columns) {
            int colon = c.lastIndexOf(':');
            String type = colon < 0 ? "double" : c.substring(colon + 1);
            String n = colon < 0 ? c : c.substring(0, colon);
            cols.add(
                    switch (type) {
                        case "double" -> new Col(n, "DOUBLE", "double precision");
                        case "integer" -> new Col(n, "INTEGER", "integer");
                        case "bigint" -> new Col(n, "BIGINT", "bigint");
                        case "text" -> new Col(n, "VARCHAR", "text");
                        case "char" -> new Col(n, "CHAR", "char(1)");
                        case "bytea" -> new Col(n, "BLOB", "bytea");
                        case "timestamp" -> new Col(n, "TIMESTAMP", "timestamp");
                        // geometries are stored as double precision[] ({ra, dec} or vertex lists)
                        case "point" -> new Col(n, "POINT", "double precision[]");
                        case "polygon" -> new Col(n, "POLYGON", "double precision[]");
                        default -> throw new IllegalArgumentException(type);
                    });
        }
        return new Table(schema, name, cols, position);
    }

    static InMemoryCatalog catalog() {
        List<TableInfo> tables = new ArrayList<>();
        for (Table t : TABLES)
            tables.add(new TableInfo(
                    t.schema(),
                    t.name(),
                    t.columns().stream()
                            .map(c -> new ColumnInfo(c.name(), c.adqlType(), null))
                            .toList(),
                    t.position()));
        return new InMemoryCatalog(tables);
    }

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create schema if not exists ivoa");
            for (Table t : TABLES) {
                StringBuilder ddl =
                        new StringBuilder("create table " + quote(t.schema()) + "." + quote(t.name()) + " (");
                for (int i = 0; i < t.columns().size(); i++) {
                    Col col = t.columns().get(i);
                    ddl.append(i == 0 ? "" : ", ")
                            .append(quote(col.name()))
                            .append(' ')
                            .append(col.pgType());
                }
                s.execute(ddl.append(')').toString());
            }
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
