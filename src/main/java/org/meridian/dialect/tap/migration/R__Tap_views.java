// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.List;
import java.util.zip.CRC32;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.meridian.dialect.tap.schema.ObservationView;
import org.meridian.dialect.tap.schema.ObservationViews;

/**
 * The {@code *_all} views behind ivoa.ObsCore and dbo.raw, made from the same declarations TAP
 * publishes ({@link ObservationView}). A repeatable migration whose checksum is that of the SQL the
 * declarations give: Flyway runs it again whenever a declaration changes, so the views follow the
 * Java without a new versioned script (V10, V14 and V15 made the earlier versions and stay as they
 * were applied). Repeatable migrations have no version, so no dialect range applies to it; it lives
 * in TAP's package, found through the location {@code store.Database} lists.
 */
@SuppressWarnings("checkstyle:TypeName") // Flyway reads the kind and description from the class name
public final class R__Tap_views extends BaseJavaMigration {

    static final List<ObservationView> VIEWS = ObservationViews.ALL;

    static String sql() {
        StringBuilder sql = new StringBuilder();
        VIEWS.forEach(v -> sql.append(v.createSql()));
        return sql.toString();
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(sql().getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            s.execute(sql());
        }
    }
}
