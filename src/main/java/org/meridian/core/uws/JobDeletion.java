// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.uws;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.meridian.store.Database;
import org.meridian.store.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes job rows and, after that, their result files. */
final class JobDeletion {

    private static final Logger LOG = LoggerFactory.getLogger(JobDeletion.class);

    private JobDeletion() {}

    /**
     * Deletes the jobs matching {@code where} (over {@code uws_job}) and returns their results'
     * and inputs' storage keys. One statement: the CTE's snapshot still sees the rows the cascade
     * removes.
     */
    static List<String> deleteWhere(Database db, String where, Object... params) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("with gone as (delete from uws_job where " + where
                        + " returning id) select r.storage_key from uws_result r join gone on gone.id = r.job_id"
                        + " union all select i.storage_key from uws_input i join gone on gone.id = i.job_id")) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    keys.add(r.getString(1));
                }
            }
        }
        return keys;
    }

    /** Removes result and input files; a file that cannot be removed is logged, never fatal to the caller. */
    static void removeFiles(FileStore files, List<String> keys) {
        for (String key : keys) {
            try {
                files.delete(key);
            } catch (IOException e) {
                LOG.warn("cannot delete job result {}: {}", key, e.getMessage());
            }
        }
    }
}
