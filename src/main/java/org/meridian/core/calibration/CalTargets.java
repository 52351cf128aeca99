// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.calibration;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meridian.store.Database;

/**
 * Reads a stored science frame as a {@link CalTarget}: from the {@code observation} row itself, not
 * from the listed summary, whose object and pointing may be blanked for the caller. Association
 * needs the true values; only calibrations the caller may see are returned.
 */
public final class CalTargets {

    private static final String SQL = "select ut_start, engineering, types, " + String.join(", ", CalTarget.COLUMNS)
            + " from observation where id = ?";

    private final Database db;

    public CalTargets(Database db) {
        this.db = db;
    }

    public Optional<CalTarget> load(long observationRowId) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(SQL)) {
            s.setLong(1, observationRowId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Timestamp ut = r.getTimestamp(1);
                if (ut == null) {
                    return Optional.empty(); // no time, no window: nothing to associate
                }
                Array types = r.getArray(3);
                Map<String, Object> descriptors = new HashMap<>();
                for (int i = 0; i < CalTarget.COLUMNS.size(); i++) {
                    Object v = r.getObject(4 + i);
                    if (v != null) {
                        descriptors.put(CalTarget.COLUMNS.get(i), v);
                    }
                }
                return Optional.of(new CalTarget(
                        observationRowId,
                        ut.toInstant(),
                        r.getBoolean(2),
                        descriptors,
                        types == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) types.getArray()))));
            }
        }
    }
}
