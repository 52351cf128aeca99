// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import org.meridian.store.Database;

/**
 * The largest footprint bounding radius among LCO frames, which bounds how far a frame's centre can be
 * from a point it covers. Cached briefly; a frame ingested in the last minute with a larger footprint
 * than any before could be missed by a spatial query until the cache refreshes.
 */
public final class FootprintRadius implements DoubleSupplier {

    private static final long TTL_NANOS = Duration.ofSeconds(60).toNanos();

    private final Database db;
    private volatile double value = Double.NaN;
    private volatile long loadedAt;

    public FootprintRadius(Database db) {
        this.db = db;
    }

    @Override
    public double getAsDouble() {
        long now = System.nanoTime();
        if (Double.isNaN(value) || now - loadedAt > TTL_NANOS) {
            value = load();
            loadedAt = now;
        }
        return value;
    }

    private double load() {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(
                        "select coalesce(max(fp_radius), 0) from observation where collection = 'LCO'");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getDouble(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read footprint radii", e);
        }
    }
}
