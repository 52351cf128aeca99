// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.dialect.tap.upload.UploadColumn;
import org.meridian.store.Database;
import org.meridian.store.Transactions;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;

/**
 * Creates a table in the caller's schema from a table STIL read, in one transaction with its
 * registry rows, within the caller's {@link Quota}: a failure or an exceeded quota leaves nothing
 * behind. Column names are folded to plain identifiers ({@link UploadColumn}), as TAP uploads are;
 * rows go in by COPY ({@link CsvValues}).
 */
record UserTableLoader(Database db, Quota quota) {

    /** @return the rows loaded */
    long load(Caller caller, String rawName, String description, StarTable table) throws TapException, SQLException {
        try (Connection c = db.connection()) {
            String schema = UserSpace.schemaOf(c, caller);
            String name = UserNames.table(rawName, schema);
            return Transactions.in(c, () -> create(c, caller, schema, name, description, table));
        }
    }

    private long create(Connection c, Caller caller, String schema, String name, String description, StarTable table)
            throws TapException, SQLException {
        UserSpace.Usage used = UserSpace.usage(c, caller.accountId());
        if (UserSpace.own(c, caller, name).isPresent()) {
            throw new TapException(409, "table " + schema + "." + name + " already exists; delete it first");
        }
        if (used.tables() >= quota.tables()) {
            throw new TapException(
                    403, "quota exceeded: you have " + used.tables() + " tables, the limit is " + quota.tables());
        }
        List<UploadColumn> columns = UploadColumn.of(table);
        if (columns.isEmpty()) {
            throw TapException.badRequest("table " + name + " has no columns");
        }
        for (UploadColumn col : columns) {
            UserNames.column(col.name()); // at most 63 characters, which PostgreSQL would cut silently
        }
        String sqlName = UserNames.quoted(schema) + "." + UserNames.quoted(name);
        try (Statement s = c.createStatement()) {
            s.execute("create table " + sqlName + " ("
                    + String.join(
                            ", ",
                            columns.stream()
                                    .map(col -> col.quoted() + " " + col.sqlType())
                                    .toList()) + ")");
        }
        long rows = insertRows(c, sqlName, table, columns, quota.rows() - used.rows());
        long bytes = size(c, sqlName);
        if (used.bytes() + bytes > quota.bytes()) {
            throw new TapException(
                    403,
                    "quota exceeded: this table takes " + bytes + " bytes and you use " + used.bytes() + " of "
                            + quota.bytes());
        }
        long id = register(c, caller, schema, name, description, rows, bytes);
        registerColumns(c, id, columns);
        PlusEvents.record(c, caller.accountId(), PlusEvents.TABLE_CREATED);
        nearQuota(c, caller, used.tables() + 1, used.bytes() + bytes, used.rows() + rows);
        return rows;
    }

    /**
     * Streams the rows in with COPY (CSV), which loads several times faster than batched INSERTs, and
     * stops at the caller's remaining row quota.
     */
    private static long insertRows(
            Connection c, String sqlName, StarTable table, List<UploadColumn> columns, long rowsLeft)
            throws TapException, SQLException {
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + sqlName + " from stdin (format csv)");
        boolean done = false;
        try (RowSequence rows = table.getRowSequence()) {
            StringBuilder buffer = new StringBuilder(1 << 17);
            long count = 0;
            while (rows.next()) {
                if (++count > rowsLeft) {
                    throw new TapException(
                            403,
                            "quota exceeded: the table has more rows than the " + Math.max(0, rowsLeft)
                                    + " left of your limit");
                }
                for (int i = 0; i < columns.size(); i++) {
                    if (i > 0) {
                        buffer.append(',');
                    }
                    CsvValues.append(buffer, columns.get(i).sqlType(), rows.getCell(i));
                }
                buffer.append('\n');
                if (buffer.length() > (1 << 16)) {
                    write(copy, buffer);
                }
            }
            write(copy, buffer);
            copy.endCopy();
            done = true;
            return count;
        } catch (IOException | RuntimeException e) {
            // RuntimeException: a value STIL read that does not fit the column it declared.
            throw TapException.badRequest("cannot read the table's rows: " + e.getMessage());
        } catch (SQLException e) {
            // class 22: a value PostgreSQL cannot store (a NUL character, a number out of range)
            for (SQLException x = e; x != null; x = x.getNextException()) {
                if (x.getSQLState() != null && x.getSQLState().startsWith("22")) {
                    throw TapException.badRequest("a value of the table cannot be stored: " + firstLine(x));
                }
            }
            throw e;
        } finally {
            if (!done && copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? "invalid value" : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** A notification once 90% of a limit is used (seed section 2.10: "quota 90% used"). */
    private void nearQuota(Connection c, Caller caller, int tables, long bytes, long rows) throws SQLException {
        double share = Math.max(
                Math.max((double) tables / quota.tables(), (double) bytes / quota.bytes()),
                (double) rows / quota.rows());
        if (share >= 0.9) {
            PlusNotifications.add(
                    c,
                    caller.accountId(),
                    "quota",
                    "db",
                    "quota " + (int) Math.floor(share * 100)
                            + "% used: " + tables + " of " + quota.tables() + " tables, " + bytes + " of "
                            + quota.bytes()
                            + " bytes, " + rows + " of " + quota.rows() + " rows");
        }
    }

    static long size(Connection c, String sqlName) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_total_relation_size(?::regclass)")) {
            s.setString(1, sqlName);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long register(
            Connection c, Caller caller, String schema, String name, String description, long rows, long bytes)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into tapplus_user_table (account_id, schema_name,"
                + " table_name, description, row_count, size_bytes) values (?, ?, ?, ?, ?, ?) returning id")) {
            s.setLong(1, caller.accountId());
            s.setString(2, schema);
            s.setString(3, name);
            s.setString(4, description == null || description.isBlank() ? null : description);
            s.setLong(5, rows);
            s.setLong(6, bytes);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void registerColumns(Connection c, long tableId, List<UploadColumn> columns) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into tapplus_user_column (table_id, column_name,"
                + " position, datatype, arraysize, xtype, unit, ucd, utype, description) values"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (UploadColumn col : columns) {
                ColumnInfo info = col.info();
                s.setLong(1, tableId);
                s.setString(2, col.name());
                s.setInt(3, position++);
                s.setString(4, col.datatype());
                s.setString(5, col.arraysize());
                s.setString(6, info.getXtype());
                s.setString(7, info.getUnitString());
                s.setString(8, info.getUCD());
                s.setString(9, info.getUtype());
                s.setString(10, info.getDescription());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
