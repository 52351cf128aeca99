// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.meridian.store.Database;

/** Program tags and release dates from the {@code program} table, read once per program per ingest run. */
final class ProgramFacts implements IngestContext {

    private record Facts(Set<String> tags, Optional<Instant> release) {}

    private static final Facts UNKNOWN = new Facts(Set.of(), Optional.empty());

    private final Database db;
    private final Map<String, Facts> cache = new ConcurrentHashMap<>();

    ProgramFacts(Database db) {
        this.db = db;
    }

    @Override
    public Set<String> programTags(String programId) {
        return facts(programId).tags();
    }

    @Override
    public Optional<Instant> programRelease(String programId) {
        return facts(programId).release();
    }

    private Facts facts(String programId) {
        return programId == null ? UNKNOWN : cache.computeIfAbsent(programId, this::load);
    }

    private Facts load(String programId) {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("select tags, release_date from program where id = ?")) {
            s.setString(1, programId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return UNKNOWN;
                }
                Set<String> tags = r.getArray(1) == null
                        ? Set.of()
                        : Set.copyOf(Arrays.asList((String[]) r.getArray(1).getArray()));
                Timestamp release = r.getTimestamp(2);
                return new Facts(tags, Optional.ofNullable(release).map(Timestamp::toInstant));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read program " + programId, e);
        }
    }
}
