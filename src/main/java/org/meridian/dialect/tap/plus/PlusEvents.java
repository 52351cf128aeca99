// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.TreeMap;

/**
 * Events (seed section 3.11): for each account and event type, when such a change last happened.
 * Job creation and updates are read from the jobs themselves; every other type is recorded where
 * the change is made, in its transaction.
 */
final class PlusEvents {

    static final int JOB_CREATED = 100;
    static final int JOB_UPDATED = 101;
    static final int JOB_REMOVED = 102;
    static final int SHARED_ITEM_CREATED = 210;
    static final int SHARED_ITEM_UPDATED = 211;
    static final int SHARED_ITEM_REMOVED = 212;
    static final int GROUP_CREATED = 220;
    static final int GROUP_UPDATED = 221;
    static final int GROUP_REMOVED = 222;
    static final int SHARED_USER_CREATED = 230;
    static final int SHARED_USER_REMOVED = 232;
    static final int LOGIN = 300;
    static final int LOGOUT = 301;
    static final int NOTIFICATION_CREATED = 500;
    static final int TABLE_CREATED = 4000;
    static final int TABLE_UPDATED = 4001;
    static final int TABLE_REMOVED = 4002;

    private PlusEvents() {}

    static void record(Connection c, long accountId, int type) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into tapplus_event (account_id, event_type, last_time)"
                + " values (?, ?, clock_timestamp()) on conflict (account_id, event_type)"
                + " do update set last_time = excluded.last_time")) {
            s.setLong(1, accountId);
            s.setInt(2, type);
            s.executeUpdate();
        }
    }

    /** Event type to the time of its last occurrence, in milliseconds since 1970. */
    static Map<Integer, Long> of(Connection c, long accountId) throws SQLException {
        Map<Integer, Long> events = new TreeMap<>();
        try (PreparedStatement s =
                c.prepareStatement("select event_type, last_time from tapplus_event where account_id = ?")) {
            s.setLong(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    events.put(r.getInt(1), r.getTimestamp(2).getTime());
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("select max(creation_time),"
                + " max(greatest(start_time, end_time, creation_time)) from uws_job where owner_id = ?")) {
            s.setLong(1, accountId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Timestamp created = r.getTimestamp(1);
                Timestamp updated = r.getTimestamp(2);
                if (created != null) {
                    events.put(JOB_CREATED, created.getTime());
                    events.put(JOB_UPDATED, updated.getTime());
                }
            }
        }
        return events;
    }
}
