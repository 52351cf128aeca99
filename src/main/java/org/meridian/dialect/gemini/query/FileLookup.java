// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.meridian.store.Database;

/**
 * Finds the present file versions a {@code /file} URL names (docs/gemini-archive.md, "One file"): by path and stored filename,
 * then with {@code .bz2} flipped, then both again ignoring the path. Returns version IDs only;
 * reading them goes through the core's ArchiveFiles.
 */
public final class FileLookup {

    private final Database db;

    public FileLookup(Database db) {
        this.db = db;
    }

    /** The version IDs of the first lookup that found anything (more than one is ambiguous). */
    public List<Long> present(String path, String filename) throws SQLException {
        String flipped = flipBz2(filename);
        try (Connection c = db.connection()) {
            for (boolean withPath : new boolean[] {true, false}) {
                for (String name : List.of(filename, flipped)) {
                    List<Long> ids = find(c, withPath ? path : null, name);
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

    private static List<Long> find(Connection c, String path, String filename) throws SQLException {
        String sql =
                "select id from file_version where present and filename = ?" + (path == null ? "" : " and path = ?");
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, filename);
            if (path != null) {
                s.setString(2, path);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        }
    }
}
