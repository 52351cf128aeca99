// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.store.Database;
import org.meridian.store.Rows;
import org.meridian.store.SqlFragment;
import org.meridian.store.Transactions;

/**
 * Groups and shared items (seed sections 2.8, 3.9) as rows: a group belongs to its owner, who alone
 * changes it; a shared item is one of its owner's tables shared for reading with groups the owner
 * owns or belongs to. Who then sees the table is {@link UserSpace#visibleTo}'s decision.
 */
record Sharing(Database db) {

    record Member(String username, String fullName) {}

    record Group(long id, String owner, String title, String description, List<Member> members) {}

    record Item(long id, String title, String description, List<Long> groups) {}

    /** Groups the caller owns or belongs to. */
    List<Group> groups(Caller caller) throws SQLException {
        try (Connection c = db.connection()) {
            return Rows.list(
                    c,
                    SqlFragment.of(
                            "select g.id, a.username, g.title, g.description"
                                    + " from tapplus_group g join account a on a.id = g.owner_id where g.owner_id = ?"
                                    + " or g.id in (select group_id from tapplus_group_member where account_id = ?)"
                                    + " order by g.id",
                            caller.accountId(),
                            caller.accountId()),
                    r -> new Group(
                            r.getLong(1), r.getString(2), r.getString(3), r.getString(4), members(c, r.getLong(1))));
        }
    }

    private static List<Member> members(Connection c, long group) throws SQLException {
        return Rows.list(
                c,
                SqlFragment.of(
                        "select a.username, a.full_name from tapplus_group_member m"
                                + " join account a on a.id = m.account_id where m.group_id = ? order by a.username",
                        group),
                r -> new Member(r.getString(1), r.getString(2)));
    }

    /** Creates a group, or updates one the caller owns; {@code users} null leaves the members as they are. */
    long saveGroup(Caller caller, String groupId, String title, String description, List<String> users)
            throws TapException, SQLException {
        if (title == null || title.isBlank()) {
            throw TapException.badRequest("title is required");
        }
        try (Connection c = db.connection()) {
            return Transactions.in(c, () -> {
                long id;
                if (groupId == null || groupId.isBlank()) {
                    try (PreparedStatement s = c.prepareStatement("insert into tapplus_group (owner_id, title,"
                            + " description) values (?, ?, ?) on conflict (owner_id, title) do nothing returning id")) {
                        s.setLong(1, caller.accountId());
                        s.setString(2, title.strip());
                        s.setString(3, description);
                        try (ResultSet r = s.executeQuery()) {
                            if (!r.next()) {
                                throw new TapException(409, "you already have a group " + title.strip());
                            }
                            id = r.getLong(1);
                        }
                    }
                } else {
                    id = ownGroup(c, caller, groupId);
                    try (PreparedStatement s =
                            c.prepareStatement("update tapplus_group set title = ?, description = ? where id = ?")) {
                        s.setString(1, title.strip());
                        s.setString(2, description);
                        s.setLong(3, id);
                        s.executeUpdate();
                    }
                }
                if (users != null) {
                    try (PreparedStatement s =
                            c.prepareStatement("delete from tapplus_group_member where group_id = ?")) {
                        s.setLong(1, id);
                        s.executeUpdate();
                    }
                    for (String user : users) {
                        addMember(c, id, user);
                    }
                }
                return id;
            });
        }
    }

    void removeGroup(Caller caller, String groupId) throws TapException, SQLException {
        try (Connection c = db.connection()) {
            Rows.update(c, SqlFragment.of("delete from tapplus_group where id = ?", ownGroup(c, caller, groupId)));
            PlusEvents.record(c, caller.accountId(), PlusEvents.GROUP_REMOVED);
        }
    }

    void addUser(Caller caller, String groupId, String user) throws TapException, SQLException {
        try (Connection c = db.connection()) {
            addMember(c, ownGroup(c, caller, groupId), user);
            PlusEvents.record(c, caller.accountId(), PlusEvents.SHARED_USER_CREATED);
        }
    }

    void removeUser(Caller caller, String groupId, String user) throws TapException, SQLException {
        try (Connection c = db.connection()) {
            Rows.update(
                    c,
                    SqlFragment.of(
                            "delete from tapplus_group_member where group_id = ?"
                                    + " and account_id = (select id from account where username = ?)",
                            ownGroup(c, caller, groupId),
                            user == null ? "" : user.strip()));
            PlusEvents.record(c, caller.accountId(), PlusEvents.SHARED_USER_REMOVED);
        }
    }

    private static void addMember(Connection c, long group, String user) throws TapException, SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into tapplus_group_member (group_id, account_id)"
                + " select ?, id from account where username = ? on conflict do nothing")) {
            s.setLong(1, group);
            s.setString(2, user == null ? "" : user.strip());
            if (s.executeUpdate() == 0 && !isMember(c, group, user)) {
                throw TapException.badRequest("no user " + user);
            }
        }
    }

    private static boolean isMember(Connection c, long group, String user) throws SQLException {
        return Rows.exists(
                c,
                SqlFragment.of(
                        "select 1 from tapplus_group_member m join account a"
                                + " on a.id = m.account_id where m.group_id = ? and a.username = ?",
                        group,
                        user == null ? "" : user.strip()));
    }

    /** A group the caller owns; any other id (someone else's, none at all) is "not yours". */
    private static long ownGroup(Connection c, Caller caller, String groupId) throws TapException, SQLException {
        long id = number(groupId, "group_id");
        if (!Rows.exists(
                c,
                SqlFragment.of("select 1 from tapplus_group where id = ? and owner_id = ?", id, caller.accountId()))) {
            throw new TapException(404, "you own no group " + groupId);
        }
        return id;
    }

    /** Items the caller shares. */
    List<Item> items(Caller caller) throws SQLException {
        List<Item> items = new ArrayList<>();
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("select i.id, i.title, i.description,"
                        + " array(select group_id from tapplus_shared_to where item_id = i.id order by group_id)"
                        + " from tapplus_shared_item i where i.owner_id = ? order by i.id")) {
            s.setLong(1, caller.accountId());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<Long> groups = new ArrayList<>();
                    for (Object g : (Object[]) r.getArray(4).getArray()) {
                        groups.add(((Number) g).longValue());
                    }
                    items.add(new Item(r.getLong(1), r.getString(2), r.getString(3), groups));
                }
            }
        }
        return items;
    }

    /**
     * Shares one of the caller's tables ({@code title}, its qualified name) with groups the caller
     * owns or belongs to, creating the item or replacing an existing one's groups.
     */
    long saveItem(Caller caller, String resourceId, String title, String description, List<String> groupIds)
            throws TapException, SQLException {
        try (Connection c = db.connection()) {
            String schema = UserSpace.schemaOf(c, caller);
            String name = UserNames.table(title, schema);
            UserTable table = UserSpace.own(c, caller, name)
                    .orElseThrow(() -> new TapException(404, "you have no table " + schema + "." + name));
            Set<Long> groups = new LinkedHashSet<>();
            for (String g : groupIds) {
                long id = number(g, "items_list");
                if (!mayShareWith(c, caller, id)) {
                    throw new TapException(404, "you are in no group " + g);
                }
                groups.add(id);
            }
            return Transactions.in(c, () -> {
                long item;
                if (resourceId == null || resourceId.isBlank()) {
                    try (PreparedStatement s = c.prepareStatement("insert into tapplus_shared_item (owner_id,"
                            + " table_id, title, description) values (?, ?, ?, ?) returning id")) {
                        s.setLong(1, caller.accountId());
                        s.setLong(2, table.id());
                        s.setString(3, table.qualifiedName());
                        s.setString(4, description);
                        try (ResultSet r = s.executeQuery()) {
                            r.next();
                            item = r.getLong(1);
                        }
                    }
                } else {
                    item = ownItem(c, caller, resourceId);
                    try (PreparedStatement s = c.prepareStatement("update tapplus_shared_item set table_id = ?,"
                            + " title = ?, description = ? where id = ?")) {
                        s.setLong(1, table.id());
                        s.setString(2, table.qualifiedName());
                        s.setString(3, description);
                        s.setLong(4, item);
                        s.executeUpdate();
                    }
                    try (PreparedStatement s = c.prepareStatement("delete from tapplus_shared_to where item_id = ?")) {
                        s.setLong(1, item);
                        s.executeUpdate();
                    }
                }
                try (PreparedStatement s =
                        c.prepareStatement("insert into tapplus_shared_to (item_id, group_id) values (?, ?)")) {
                    for (long g : groups) {
                        s.setLong(1, item);
                        s.setLong(2, g);
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                PlusEvents.record(
                        c,
                        caller.accountId(),
                        resourceId == null || resourceId.isBlank()
                                ? PlusEvents.SHARED_ITEM_CREATED
                                : PlusEvents.SHARED_ITEM_UPDATED);
                notifyReaders(c, caller, table, item);
                return item;
            });
        }
    }

    void removeItem(Caller caller, String resourceId) throws TapException, SQLException {
        try (Connection c = db.connection()) {
            Rows.update(
                    c, SqlFragment.of("delete from tapplus_shared_item where id = ?", ownItem(c, caller, resourceId)));
            PlusEvents.record(c, caller.accountId(), PlusEvents.SHARED_ITEM_REMOVED);
        }
    }

    /** "table X was shared with you" to every other member and owner of the item's groups. */
    private static void notifyReaders(Connection c, Caller caller, UserTable table, long item) throws SQLException {
        List<Long> readers = Rows.list(
                c,
                SqlFragment.of(
                        "select m.account_id from tapplus_shared_to st"
                                + " join tapplus_group_member m on m.group_id = st.group_id"
                                + " where st.item_id = ? and m.account_id <> ?"
                                + " union select g.owner_id from tapplus_shared_to st"
                                + " join tapplus_group g on g.id = st.group_id where st.item_id = ? and g.owner_id <> ?",
                        item,
                        caller.accountId(),
                        item,
                        caller.accountId()),
                r -> r.getLong(1));
        for (long reader : readers) {
            PlusNotifications.add(
                    c,
                    reader,
                    "share",
                    "table",
                    "table " + table.qualifiedName() + " was shared with you by " + caller.username());
        }
    }

    private static long ownItem(Connection c, Caller caller, String resourceId) throws TapException, SQLException {
        long id = number(resourceId, "resource_id");
        if (!Rows.exists(
                c,
                SqlFragment.of(
                        "select 1 from tapplus_shared_item where id = ? and owner_id = ?", id, caller.accountId()))) {
            throw new TapException(404, "you share no item " + resourceId);
        }
        return id;
    }

    private static boolean mayShareWith(Connection c, Caller caller, long group) throws SQLException {
        return Rows.exists(
                c,
                SqlFragment.of(
                        "select 1 from tapplus_group g where g.id = ? and (g.owner_id = ? or exists"
                                + " (select 1 from tapplus_group_member m where m.group_id = g.id and m.account_id = ?))",
                        group,
                        caller.accountId(),
                        caller.accountId()));
    }

    /** An account's name and full name, for {@code /users?USER=}. */
    Optional<Member> user(String username) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s =
                        c.prepareStatement("select username, full_name from account where username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Member(r.getString(1), r.getString(2))) : Optional.empty();
            }
        }
    }

    private static long number(String value, String name) throws TapException {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw TapException.badRequest(name + " must be an identifier this service gave, not " + value);
        }
    }
}
