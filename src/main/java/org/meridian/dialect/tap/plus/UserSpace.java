// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.store.SqlFragment;

/**
 * The registry of user spaces: each account's schema and the tables in it. Which tables a caller
 * may see is decided here and only here: their own (docs/access.md, "Other things with owners").
 */
final class UserSpace {

    /** Totals of one account's tables, against its {@link Quota}. */
    record Usage(int tables, long bytes, long rows) {}

    private UserSpace() {}

    /** The caller's schema, made (row and PostgreSQL schema) on first use. */
    static String schemaOf(Connection c, Caller caller) throws SQLException {
        Optional<String> known = existingSchema(c, caller.accountId());
        if (known.isPresent()) {
            return known.get();
        }
        String plain = UserNames.schemaFor(caller.username(), caller.accountId(), false);
        boolean taken;
        try (PreparedStatement s = c.prepareStatement("select 1 from tapplus_user_schema where schema_name = ?"
                + " union all select 1 from pg_namespace where nspname = ?")) {
            s.setString(1, plain);
            s.setString(2, plain);
            try (ResultSet r = s.executeQuery()) {
                taken = r.next();
            }
        }
        String schema = UserNames.schemaFor(caller.username(), caller.accountId(), taken);
        try (PreparedStatement s = c.prepareStatement("insert into tapplus_user_schema (account_id, schema_name)"
                + " values (?, ?) on conflict (account_id) do nothing")) {
            s.setLong(1, caller.accountId());
            s.setString(2, schema);
            s.executeUpdate();
        }
        schema = existingSchema(c, caller.accountId()).orElse(schema);
        try (Statement s = c.createStatement()) {
            // the name is plain (UserNames), so quoting it is exact
            s.execute("create schema if not exists " + UserNames.quoted(schema));
        }
        return schema;
    }

    private static Optional<String> existingSchema(Connection c, long accountId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("select schema_name from tapplus_user_schema where account_id = ?")) {
            s.setLong(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Every user table the caller may query: none for anonymous callers; else their own, and those
     * shared with a group they own or belong to.
     */
    static List<UserTable> visibleTo(Connection c, Caller caller) throws SQLException {
        return load(c, Access.userTableVisible(caller, "t"));
    }

    /** One of the caller's own tables by its plain name. */
    static Optional<UserTable> own(Connection c, Caller caller, String name) throws SQLException {
        if (caller.isAnonymous()) {
            return Optional.empty();
        }
        try (PreparedStatement s =
                c.prepareStatement("select id from tapplus_user_table where account_id = ? and table_name = ?")) {
            s.setLong(1, caller.accountId());
            s.setString(2, name);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return load(c, SqlFragment.of("t.id = ?", r.getLong(1))).stream()
                        .findFirst();
            }
        }
    }

    static Usage usage(Connection c, long accountId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*), coalesce(sum(size_bytes), 0),"
                + " coalesce(sum(row_count), 0) from tapplus_user_table where account_id = ?")) {
            s.setLong(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Usage(r.getInt(1), r.getLong(2), r.getLong(3));
            }
        }
    }

    /** @param where a condition on {@code t}, the user table, whose every {@code ?} is {@code key} */
    private static List<UserTable> load(Connection c, SqlFragment where) throws SQLException {
        Map<Long, List<UserTable.Column>> columns = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("select c.table_id, c.column_name, c.datatype, c.arraysize,"
                + " c.xtype, c.unit, c.ucd, c.utype, c.description, c.flags, c.indexed from tapplus_user_column c"
                + " join tapplus_user_table t on t.id = c.table_id where " + where.sql()
                + " order by c.table_id, c.position")) {
            where.bind(s, 1);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    columns.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new UserTable.Column(
                                    r.getString(2),
                                    r.getString(3),
                                    r.getString(4),
                                    r.getString(5),
                                    r.getString(6),
                                    r.getString(7),
                                    r.getString(8),
                                    r.getString(9),
                                    r.getInt(10),
                                    r.getBoolean(11)));
                }
            }
        }
        List<UserTable> tables = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select t.id, t.account_id, t.schema_name, t.table_name,"
                + " t.description, t.row_count, t.size_bytes from tapplus_user_table t where " + where.sql()
                + " order by t.schema_name, t.table_name")) {
            where.bind(s, 1);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tables.add(new UserTable(
                            r.getLong(1),
                            r.getLong(2),
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            r.getLong(6),
                            r.getLong(7),
                            columns.getOrDefault(r.getLong(1), List.of())));
                }
            }
        }
        return tables;
    }
}
