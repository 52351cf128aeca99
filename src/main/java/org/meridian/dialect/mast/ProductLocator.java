// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.meridian.core.archive.ArchiveFiles;
import org.meridian.core.archive.StoredFile;
import org.meridian.core.auth.Caller;
import org.meridian.store.Database;

/** Finds the stored file a MAST data URI names, with the observation facts the download layout uses. */
public record ProductLocator(Database db, ArchiveFiles files) {

    /**
     * @param obsId the CAOM obs_id of the file's own observation (bundle paths are collection/obs_id/file)
     * @param exclusive whether the data are still in their exclusive access period
     */
    public record Located(MastUri uri, StoredFile file, String obsId, boolean exclusive) {}

    /**
     * The present, canonical file for the URI when its collection matches and the caller may see it
     * listed; empty otherwise.
     */
    public Optional<Located> locate(Caller caller, MastUri uri) throws SQLException {
        Optional<StoredFile> found = files.canonical(uri.filename());
        if (found.isEmpty() || !found.get().present() || !files.listed(caller, found.get())) {
            return Optional.empty();
        }
        StoredFile f = found.get();
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("select collection, obs_key from observation where id = ?")) {
            s.setLong(1, f.observationRowId());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || !r.getString(1).equalsIgnoreCase(uri.collection())) {
                    return Optional.empty();
                }
                boolean exclusive = !files.released(f);
                return Optional.of(new Located(uri, f, r.getString(2), exclusive));
            }
        }
    }
}
