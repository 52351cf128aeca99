// SPDX-License-Identifier: Apache-2.0
package org.meridian.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Migrations whose comments were edited after archives had applied them: Flyway checksums comments
 * too, so an archive migrated before the edit would refuse to start. Before migrating, each listed
 * version's recorded checksum moves from its exact old value to its new one; any other mismatch
 * (a real change to an applied migration) still stops Flyway, as it should.
 */
final class CommentOnlyEdits {

    /** One edit: the version and its checksum before and after. */
    private record Edit(String version, int before, int after) {}

    /** Comments that cited the design file or research notes outside the repository now cite docs/ (2026-12). */
    private static final List<Edit> EDITS = List.of(
            new Edit("1", 1090014036, -168590194),
            new Edit("10", 1176921694, -1751741202),
            new Edit("12", -542962468, -1853853809),
            new Edit("21", -1100437095, -1385017143));

    private CommentOnlyEdits() {}

    static void realign(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select to_regclass('flyway_schema_history') is not null");
                    ResultSet r = s.executeQuery()) {
                if (!r.next() || !r.getBoolean(1)) {
                    return; // a new database: nothing applied yet
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "update flyway_schema_history set checksum = ? where version = ? and checksum = ?")) {
                for (Edit e : EDITS) {
                    s.setInt(1, e.after());
                    s.setString(2, e.version());
                    s.setInt(3, e.before());
                    s.addBatch();
                }
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the migration history: " + e.getMessage(), e);
        }
    }
}
