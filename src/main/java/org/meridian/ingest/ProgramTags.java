// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.meridian.store.Database;

/** Program tags from the {@code program} table, read once per program per ingest run. */
final class ProgramTags implements IngestContext {

    private final Database db;
    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

    ProgramTags(Database db) {
        this.db = db;
    }

    @Override
    public Set<String> programTags(String programId) {
        if (programId == null) {
            return Set.of();
        }
        return cache.computeIfAbsent(programId, this::load);
    }

    private Set<String> load(String programId) {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("select tags from program where id = ?")) {
            s.setString(1, programId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next() && r.getArray(1) != null) {
                    return Set.copyOf(Arrays.asList((String[]) r.getArray(1).getArray()));
                }
                return Set.of();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read tags of program " + programId, e);
        }
    }
}
