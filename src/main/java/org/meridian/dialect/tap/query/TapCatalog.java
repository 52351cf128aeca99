// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import java.util.List;
import java.util.Locale;
import org.meridian.dialect.tap.adql.schema.ColumnInfo;
import org.meridian.dialect.tap.adql.schema.PositionColumns;
import org.meridian.dialect.tap.adql.schema.SchemaCatalog;
import org.meridian.dialect.tap.adql.schema.TableInfo;
import org.meridian.dialect.tap.schema.AdqlNames;
import org.meridian.dialect.tap.schema.TableSet;
import org.meridian.dialect.tap.schema.TapColumn;
import org.meridian.dialect.tap.schema.TapTable;

/**
 * The published tables (TAP_SCHEMA plus a request's uploads) as the ADQL semantic check sees
 * them. Access-filtered tables keep their ADQL name here ({@code ivoa.obscore}); {@link
 * TableMapping} later swaps them for the filtered subquery.
 */
final class TapCatalog implements SchemaCatalog {

    private final List<TableInfo> tables;

    TapCatalog(TableSet set) {
        this.tables = set.all().stream().map(TapCatalog::info).toList();
    }

    @Override
    public List<TableInfo> tables() {
        return tables;
    }

    private static TableInfo info(TapTable t) {
        String schema;
        String name;
        if (t.source() instanceof TapTable.Public p) {
            schema = p.sqlSchema();
            name = p.sqlTable();
        } else {
            schema = t.schema().toLowerCase(Locale.ROOT);
            name = t.simpleName().toLowerCase(Locale.ROOT);
        }
        List<ColumnInfo> columns = t.columns().stream()
                .map(c -> new ColumnInfo(AdqlNames.undelimited(c.name()), adqlType(c), c.unit()))
                .toList();
        return new TableInfo(schema, name, columns, position(t, columns));
    }

    /** The position columns the HEALPix pre-filter may use: ra/dec by UCD, plus a stored hpx. */
    private static PositionColumns position(TapTable t, List<ColumnInfo> columns) {
        String ra = byUcd(t, "pos.eq.ra");
        String dec = byUcd(t, "pos.eq.dec");
        if (ra == null || dec == null) {
            return null;
        }
        boolean hpx = t.source() instanceof TapTable.Public
                && columns.stream().anyMatch(c -> c.name().equals("hpx"));
        return new PositionColumns(ra, dec, hpx ? "hpx" : null);
    }

    private static String byUcd(TapTable t, String ucd) {
        return t.columns().stream()
                .filter(c -> c.ucd() != null && (c.ucd().equals(ucd) || c.ucd().startsWith(ucd + ";")))
                .map(c -> AdqlNames.undelimited(c.name()))
                .findFirst()
                .orElse(null);
    }

    private static String adqlType(TapColumn c) {
        if ("timestamp".equals(c.xtype())) return "TIMESTAMP";
        if ("adql:REGION".equals(c.xtype())) return "REGION";
        if (c.arraysize() != null && !c.datatype().equals("char")) return "ARRAY";
        return switch (c.datatype()) {
            case "short" -> "SMALLINT";
            case "int" -> "INTEGER";
            case "long" -> "BIGINT";
            case "float" -> "REAL";
            case "double" -> "DOUBLE";
            case "boolean" -> "BOOLEAN";
            default -> "VARCHAR";
        };
    }
}
