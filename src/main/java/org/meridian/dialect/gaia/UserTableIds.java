// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;

/**
 * The source ids of {@code user_<name>.<table>.<column>}: a column of a Gaia TAP+ user table the
 * caller may read, as {@link Access#userTableVisible} decides (their own, or shared with them:
 * docs/access.md "Other things with owners"). A table the caller may not read answers exactly as one
 * that does not exist, so an ID never confirms another user's table. The names reach SQL only after
 * the parser kept them to plain lower-case identifiers, and quoted.
 */
record UserTableIds(Database db) {

    SourceSelection.Listed resolve(SourceSelection.FromUserTable from, Caller caller)
            throws DataServerException, SQLException {
        String name = from.schema() + "." + from.table();
        if (caller.isAnonymous()) {
            throw new DataServerException(
                    401, "user table " + name + ": log in as its owner, or as someone it is" + " shared with");
        }
        try (Connection c = db.connection()) {
            SqlFragment visible = Access.userTableVisible(caller, "t")
                    .and(SqlFragment.of("t.schema_name = ? and t.table_name = ?", from.schema(), from.table()));
            boolean readable;
            try (PreparedStatement s =
                    c.prepareStatement("select 1 from tapplus_user_table t where " + visible.sql())) {
                visible.bind(s, 1);
                try (ResultSet r = s.executeQuery()) {
                    readable = r.next();
                }
            }
            if (!readable) {
                throw new DataServerException(404, "no user table " + name + " that you may read");
            }
            return read(c, from, name);
        }
    }

    private static SourceSelection.Listed read(Connection c, SourceSelection.FromUserTable from, String name)
            throws SQLException, DataServerException {
        String sql = "select distinct \"" + from.column() + "\" from \"" + from.schema() + "\".\"" + from.table()
                + "\" where \"" + from.column() + "\" is not null limit " + (SourceSelection.MAX_SOURCES + 1);
        long[] ids = new long[16];
        int count = 0;
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            boolean numeric = isInteger(r.getMetaData().getColumnType(1));
            while (r.next()) {
                if (count == SourceSelection.MAX_SOURCES) {
                    throw DataServerException.badRequest(name + "." + from.column() + " holds more than "
                            + SourceSelection.MAX_SOURCES + " sources; at most that many per request");
                }
                if (count == ids.length) {
                    ids = Arrays.copyOf(ids, ids.length * 2);
                }
                ids[count++] = numeric ? r.getLong(1) : IdParser.sourceId(r.getString(1));
            }
        } catch (SQLException e) {
            if ("42703".equals(e.getSQLState())) { // undefined column
                throw DataServerException.badRequest("user table " + name + " has no column " + from.column());
            }
            throw e;
        }
        return new SourceSelection.Listed(
                from.release(), Arrays.stream(ids, 0, count).sorted().distinct().toArray());
    }

    private static boolean isInteger(int type) {
        return type == Types.BIGINT || type == Types.INTEGER || type == Types.SMALLINT;
    }
}
