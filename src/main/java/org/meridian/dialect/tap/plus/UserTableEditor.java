// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.store.Database;
import org.meridian.store.Transactions;

/**
 * Changes to a caller's own tables: delete, the table tool's {@code radec}, {@code edit} and
 * {@code rename}. Each runs in one transaction with its registry rows. Only plain names
 * ({@link UserNames}) reach SQL, quoted.
 */
final class UserTableEditor {

    /** HEALPix order of {@code hpx}, as the archive's own catalogues (docs/architecture.md, "Catalogues"). */
    private static final int HPX_ORDER = 29;

    static final int RA = 1;
    static final int DEC = 2;
    static final int FLUX = 4;
    static final int MAG = 8;
    static final int PK = 16;

    /** One column's new metadata from TableTool's {@code edit}. */
    record ColumnEdit(String column, String ucd, String utype, int flags, boolean indexed) {}

    private final Database db;

    UserTableEditor(Database db) {
        this.db = db;
    }

    /** Drops one of the caller's tables. */
    void delete(Caller caller, String rawName) throws TapException, SQLException {
        inTransaction(caller, rawName, PlusEvents.TABLE_REMOVED, (c, table) -> {
            try (Statement s = c.createStatement()) {
                s.execute("drop table " + table.sqlName());
            }
            try (PreparedStatement s = c.prepareStatement("delete from tapplus_user_table where id = ?")) {
                s.setLong(1, table.id());
                s.executeUpdate();
            }
        });
    }

    /**
     * Makes two columns the table's position: flags Ra and Dec, the UCDs TAP finds positions by,
     * and an {@code hpx} column (nested HEALPix, order 29) with the rows ordered and indexed by it as
     * imported catalogues are, so cones on the table use the index.
     */
    void radec(Caller caller, String rawName, String rawRa, String rawDec) throws TapException, SQLException {
        String ra = UserNames.column(rawRa);
        String dec = UserNames.column(rawDec);
        if (ra.equals(dec)) {
            throw TapException.badRequest("RA and DEC must be two different columns");
        }
        inTransaction(caller, rawName, PlusEvents.TABLE_UPDATED, (c, table) -> {
            for (String col : List.of(ra, dec)) {
                UserTable.Column column = column(table, col);
                if (!List.of("double", "float", "int", "long", "short").contains(column.datatype())
                        || column.arraysize() != null) {
                    throw TapException.badRequest("column " + col + " is not a number and cannot be a position");
                }
            }
            boolean hasHpx = table.columns().stream().anyMatch(col -> col.name().equals("hpx"));
            String sql = table.sqlName();
            String index = UserNames.quoted(table.name() + "_hpx");
            try (Statement s = c.createStatement()) {
                if (hasHpx) {
                    s.execute("drop index if exists " + UserNames.quoted(table.schema()) + "." + index);
                } else {
                    s.execute("alter table " + sql + " add column hpx bigint");
                }
                s.execute("update " + sql + " set hpx = ivo_healpix_index(" + HPX_ORDER + ", "
                        + UserNames.quoted(ra) + "::double precision, " + UserNames.quoted(dec)
                        + "::double precision)");
                s.execute("create index " + index + " on " + sql + " (hpx)");
                s.execute("cluster " + sql + " using " + index);
            }
            if (!hasHpx) {
                try (PreparedStatement s = c.prepareStatement("insert into tapplus_user_column (table_id,"
                        + " column_name, position, datatype, ucd, description, indexed) values (?, 'hpx', ?, 'long',"
                        + " 'pos.healpix', 'Nested HEALPix index (order 29) of the position', true)")) {
                    s.setLong(1, table.id());
                    s.setInt(2, table.columns().size());
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("update tapplus_user_column set flags = flags & ~3,"
                    + " ucd = case when ucd like 'pos.eq.%' then null else ucd end where table_id = ?")) {
                s.setLong(1, table.id());
                s.executeUpdate();
            }
            setPosition(c, table.id(), ra, RA, "pos.eq.ra;meta.main");
            setPosition(c, table.id(), dec, DEC, "pos.eq.dec;meta.main");
            updateSize(c, table);
        });
    }

    private static void setPosition(Connection c, long tableId, String column, int flag, String ucd)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update tapplus_user_column set flags = flags | ?, ucd = ?,"
                + " unit = coalesce(unit, 'deg'), indexed = true where table_id = ? and column_name = ?")) {
            s.setInt(1, flag);
            s.setString(2, ucd);
            s.setLong(3, tableId);
            s.setString(4, column);
            s.executeUpdate();
        }
    }

    /** TableTool {@code edit}: UCD, utype, flags and indexed of columns; {@code indexed} builds or drops an index. */
    void edit(Caller caller, String rawName, List<ColumnEdit> edits) throws TapException, SQLException {
        inTransaction(caller, rawName, PlusEvents.TABLE_UPDATED, (c, table) -> {
            for (ColumnEdit edit : edits) {
                UserTable.Column column = column(table, UserNames.column(edit.column()));
                String index = UserNames.quoted(table.name() + "_" + column.name() + "_idx");
                try (Statement s = c.createStatement()) {
                    if (edit.indexed() && !column.indexed()) {
                        s.execute("create index if not exists " + index + " on " + table.sqlName() + " ("
                                + UserNames.quoted(column.name()) + ")");
                    } else if (!edit.indexed()
                            && column.indexed()
                            && !column.name().equals("hpx")) {
                        s.execute("drop index if exists " + UserNames.quoted(table.schema()) + "." + index);
                    }
                }
                try (PreparedStatement s = c.prepareStatement("update tapplus_user_column set ucd = ?, utype = ?,"
                        + " flags = ?, indexed = ? where table_id = ? and column_name = ?")) {
                    s.setString(1, edit.ucd());
                    s.setString(2, edit.utype());
                    s.setInt(3, edit.flags());
                    s.setBoolean(4, edit.indexed() || column.name().equals("hpx"));
                    s.setLong(5, table.id());
                    s.setString(6, column.name());
                    s.executeUpdate();
                }
            }
            updateSize(c, table);
        });
    }

    /** TableTool {@code rename}: the table and any of its columns ({@code old:new}). */
    void rename(Caller caller, String rawName, String rawNewName, Map<String, String> rawColumns)
            throws TapException, SQLException {
        inTransaction(caller, rawName, PlusEvents.TABLE_UPDATED, (c, table) -> {
            for (var entry : rawColumns.entrySet()) {
                String from = column(table, UserNames.column(entry.getKey())).name();
                String to = UserNames.column(entry.getValue());
                if (from.equals("hpx") || to.equals("hpx")) {
                    throw TapException.badRequest("column hpx is the table's HEALPix index and keeps its name");
                }
                if (table.columns().stream().anyMatch(col -> col.name().equals(to))) {
                    throw TapException.badRequest("table " + table.name() + " already has a column " + to);
                }
                try (Statement s = c.createStatement()) {
                    s.execute("alter table " + table.sqlName() + " rename column " + UserNames.quoted(from) + " to "
                            + UserNames.quoted(to));
                }
                try (PreparedStatement s = c.prepareStatement(
                        "update tapplus_user_column set column_name = ?" + " where table_id = ? and column_name = ?")) {
                    s.setString(1, to);
                    s.setLong(2, table.id());
                    s.setString(3, from);
                    s.executeUpdate();
                }
            }
            if (rawNewName != null && !rawNewName.isBlank()) {
                String to = UserNames.table(rawNewName, table.schema());
                if (!to.equals(table.name())) {
                    if (UserSpace.own(c, caller, to).isPresent()) {
                        throw new TapException(409, "table " + table.schema() + "." + to + " already exists");
                    }
                    try (Statement s = c.createStatement()) {
                        s.execute("alter table " + table.sqlName() + " rename to " + UserNames.quoted(to));
                    }
                    try (PreparedStatement s =
                            c.prepareStatement("update tapplus_user_table set table_name = ? where id = ?")) {
                        s.setString(1, to);
                        s.setLong(2, table.id());
                        s.executeUpdate();
                    }
                }
            }
        });
    }

    private static UserTable.Column column(UserTable table, String name) throws TapException {
        return table.columns().stream()
                .filter(col -> col.name().equals(name))
                .findFirst()
                .orElseThrow(() -> TapException.badRequest("table " + table.name() + " has no column " + name));
    }

    private static void updateSize(Connection c, UserTable table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update tapplus_user_table set size_bytes = ? where id = ?")) {
            s.setLong(1, UserTableLoader.size(c, table.sqlName()));
            s.setLong(2, table.id());
            s.executeUpdate();
        }
    }

    /** A change to one of the caller's tables. */
    @FunctionalInterface
    private interface Change {
        void apply(Connection c, UserTable table) throws TapException, SQLException;
    }

    /** Applies a change to one of the caller's tables and records its event, all or nothing. */
    private void inTransaction(Caller caller, String rawName, int event, Change change)
            throws TapException, SQLException {
        try (Connection c = db.connection()) {
            String schema = UserSpace.schemaOf(c, caller);
            String name = UserNames.table(rawName, schema);
            Transactions.run(c, () -> {
                UserTable table = UserSpace.own(c, caller, name)
                        .orElseThrow(() -> new TapException(404, "you have no table " + schema + "." + name));
                change.apply(c, table);
                PlusEvents.record(c, caller.accountId(), event);
            });
        }
    }
}
