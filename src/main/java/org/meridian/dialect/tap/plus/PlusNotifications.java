// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.meridian.store.Rows;
import org.meridian.store.SqlFragment;

/**
 * Notifications (seed section 3.12), kept for a month: stored ones ("table X was shared with you",
 * "quota 90% used") and, read from the jobs themselves, "job Y finished".
 */
final class PlusNotifications {

    record Notification(String id, String type, String subtype, String message) {
        /** {@code id[type: type,subtype]=message}, on one line. */
        String line() {
            return id + "[type: " + type + "," + subtype + "]=" + message.replaceAll("[\\r\\n]+", " ");
        }
    }

    private PlusNotifications() {}

    static void add(Connection c, long accountId, String type, String subtype, String message) throws SQLException {
        Rows.update(
                c,
                SqlFragment.of(
                        "insert into tapplus_notification (account_id, type, subtype, message) values (?, ?, ?, ?)",
                        accountId,
                        type,
                        subtype,
                        message));
        PlusEvents.record(c, accountId, PlusEvents.NOTIFICATION_CREATED);
    }

    static List<Notification> of(Connection c, long accountId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("delete from tapplus_notification where created < now() - interval '1 month'")) {
            s.executeUpdate();
        }
        List<Notification> all = new ArrayList<>(Rows.list(
                c,
                SqlFragment.of(
                        "select id, type, subtype, message from tapplus_notification"
                                + " where account_id = ? order by created, id",
                        accountId),
                r -> new Notification(Long.toString(r.getLong(1)), r.getString(2), r.getString(3), r.getString(4))));
        all.addAll(Rows.list(
                c,
                SqlFragment.of(
                        "select id, phase, coalesce(run_id, '') from uws_job"
                                + " where owner_id = ? and phase in ('COMPLETED', 'ERROR', 'ABORTED')"
                                + " and end_time > now() - interval '1 month' order by end_time",
                        accountId),
                PlusNotifications::finishedJob));
        return all;
    }

    /** "job Y finished", from a row of {@code uws_job}: id, phase, run id. */
    private static Notification finishedJob(ResultSet r) throws SQLException {
        String name = r.getString(3).isEmpty() ? "" : " (" + r.getString(3) + ")";
        return new Notification(
                "job_" + r.getString(1),
                "job",
                r.getString(2).toLowerCase(),
                "job " + r.getString(1) + name + " finished: " + r.getString(2));
    }
}
