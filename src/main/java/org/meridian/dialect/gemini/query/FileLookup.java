// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.meridian.store.Database;
import org.meridian.store.Rows;
import org.meridian.store.SqlFragment;

/**
 * Finds the present file versions a {@code /file} URL names (docs/gemini-archive.md, "One file"): by path and stored filename,
 * then with {@code .bz2} flipped, then both again ignoring the path. Returns version IDs only;
 * reading them goes through the core's ArchiveFiles.
 */
public record FileLookup(Database db, ServedCollections served) {

    /** The version IDs of the first lookup that found anything (more than one is ambiguous). */
    public List<Long> present(String path, String filename) throws SQLException {
        String flipped = flipBz2(filename);
        try (Connection c = db.connection()) {
            for (boolean withPath : new boolean[] {true, false}) {
                for (String name : List.of(filename, flipped)) {
                    List<Long> ids = find(c, withPath ? path : null, name, served);
                    if (!ids.isEmpty()) {
                        return ids;
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * The other name a stored file answers to: with {@code .bz2} added or removed (the archive
     * serves either form, compressing or decompressing on the way).
     */
    static String flipBz2(String name) {
        return name.endsWith(".bz2") ? name.substring(0, name.length() - 4) : name + ".bz2";
    }

    private static List<Long> find(Connection c, String path, String filename, ServedCollections served)
            throws SQLException {
        SqlFragment where = SqlFragment.of("v.present and v.filename = ?", filename)
                .and(path == null ? SqlFragment.TRUE : SqlFragment.of("v.path = ?", path))
                .and(served.condition("o"));
        String sql = "select v.id from file_version v join file f on f.id = v.file_id"
                + " join observation o on o.id = f.observation_id where " + where.sql();
        return Rows.list(c, new SqlFragment(sql, where.params()), r -> r.getLong(1));
    }
}
