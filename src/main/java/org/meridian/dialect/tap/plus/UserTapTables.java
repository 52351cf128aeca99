// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.schema.AdqlNames;
import org.meridian.dialect.tap.schema.CallerTables;
import org.meridian.dialect.tap.schema.TableSet;
import org.meridian.dialect.tap.schema.TapColumn;
import org.meridian.dialect.tap.schema.TapTable;
import org.meridian.store.SqlFragment;

/**
 * A caller's user tables in TAP: each table they may see ({@link UserSpace#visibleTo}) under its
 * qualified name {@code user_<name>.<table>}, and TAP_SCHEMA's schemas, tables and columns with those
 * tables added to the published rows, for this caller only. A table not returned here cannot be
 * named in the caller's queries at all, so another user's table is "does not exist" by name, in a
 * subquery or through TAP_SCHEMA alike.
 */
final class UserTapTables implements CallerTables {

    private final JobUploads jobUploads;

    UserTapTables(JobUploads jobUploads) {
        this.jobUploads = jobUploads;
    }

    @Override
    public List<TapTable> of(Connection c, Caller caller, TableSet published, String adql) throws SQLException {
        List<TapTable> tables = new ArrayList<>(jobUploads.named(c, caller, adql));
        List<UserTable> visible = UserSpace.visibleTo(c, caller);
        if (visible.isEmpty()) {
            return tables;
        }
        for (UserTable t : visible) {
            tables.add(tapTable(t));
        }
        // The ids come from the registry as numbers: nothing a caller typed reaches this SQL.
        String ids = visible.stream().map(t -> Long.toString(t.id())).collect(Collectors.joining(", "));
        published.find("TAP_SCHEMA.schemas").ifPresent(t -> tables.add(computed(t, schemas(ids))));
        published.find("TAP_SCHEMA.tables").ifPresent(t -> tables.add(computed(t, tablesRows(ids))));
        published.find("TAP_SCHEMA.columns").ifPresent(t -> tables.add(computed(t, columns(ids))));
        return tables;
    }

    static TapTable tapTable(UserTable t) {
        List<TapColumn> columns = t.columns().stream()
                .map(col -> TapColumn.typed(
                                AdqlNames.published(col.name()), col.datatype(), col.arraysize(), col.xtype())
                        .unit(col.unit())
                        .ucd(col.ucd())
                        .utype(col.utype())
                        .description(col.description())
                        .indexed(col.indexed())
                        .build())
                .toList();
        return new TapTable(
                t.schema(),
                t.qualifiedName(),
                "table",
                null,
                t.description(),
                columns,
                new TapTable.Public(t.schema(), t.name()));
    }

    private static TapTable computed(TapTable published, String sql) {
        return new TapTable(
                published.schema(),
                published.name(),
                published.type(),
                published.utype(),
                published.description(),
                published.columns(),
                new TapTable.Computed(SqlFragment.of("(" + sql + ")")));
    }

    private static String schemas(String ids) {
        return "select schema_name, utype, description, schema_index from tap_schema.schemas"
                + " union all select u.schema_name, null, 'User space of ' || u.schema_name, 1000"
                + " from (select distinct schema_name from tapplus_user_table where id in (" + ids + ")) u";
    }

    private static String tablesRows(String ids) {
        return "select schema_name, table_name, table_type, utype, description, table_index from tap_schema.tables"
                + " union all select t.schema_name, t.schema_name || '.' || t.table_name, 'table', null,"
                + " t.description, 1000 from tapplus_user_table t where t.id in (" + ids + ")";
    }

    private static String columns(String ids) {
        return "select table_name, column_name, datatype, arraysize, xtype, \"size\", description, utype, unit, ucd,"
                + " indexed, principal, std, column_index from tap_schema.columns"
                + " union all select t.schema_name || '.' || t.table_name, c.column_name, c.datatype, c.arraysize,"
                + " c.xtype, null::integer, c.description, c.utype, c.unit, c.ucd, c.indexed::integer, 1, 0,"
                + " c.position from tapplus_user_column c join tapplus_user_table t on t.id = c.table_id"
                + " where t.id in (" + ids + ")";
    }
}
