// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.sql.SQLException;
import java.util.List;
import org.meridian.store.Database;
import org.meridian.store.FileStore;

/** Deletes jobs past their destruction time, with their result files (UWS §2.2.3.5). */
public record JobReaper(Database db, FileStore files) {

    /** Deletes every job whose destruction time has passed; returns how many result files went. */
    public int reap() throws SQLException {
        List<String> keys = JobDeletion.deleteWhere(db, "destruction_time < clock_timestamp()");
        JobDeletion.removeFiles(files, keys);
        return keys.size();
    }
}
