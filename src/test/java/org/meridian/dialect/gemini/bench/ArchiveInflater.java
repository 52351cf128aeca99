// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.meridian.dialect.gemini.bench.InflationPlan.StoredBytes;
import org.meridian.dialect.gemini.bench.InflationPlan.Table;
import org.meridian.store.Database;
import org.postgresql.PGConnection;

/**
 * Loads an {@link InflationPlan} into the core tables with one COPY per table (programs,
 * observations, files, versions, in foreign-key order), moves the id sequences past the new rows
 * and ANALYZEs, so the planner sees the inflated archive as it is.
 */
final class ArchiveInflater {

    private final Database db;

    ArchiveInflater(Database db) {
        this.db = db;
    }

    /** Adds {@code files} synthetic file rows pointing at the bytes of the files already stored. */
    void inflate(long files, QuerySamples samples) throws SQLException {
        List<StoredBytes> bytes = storedBytes();
        InflationPlan plan = new InflationPlan(
                files, bytes, new InflationPlan.Ids(next("observation"), next("file"), next("file_version")));
        copy(plan, Table.PROGRAM, "program (" + InflationPlan.PROGRAM_COLUMNS + ")", null);
        copy(plan, Table.OBSERVATION, "observation (" + InflationPlan.OBSERVATION_COLUMNS + ")", samples);
        copy(plan, Table.FILE, "file (" + InflationPlan.FILE_COLUMNS + ")", null);
        copy(plan, Table.VERSION, "file_version (" + InflationPlan.VERSION_COLUMNS + ")", null);
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            for (String table : List.of("observation", "file", "file_version")) {
                s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
                        + "))");
            }
            long t = System.nanoTime();
            s.execute("vacuum analyze program, observation, file, file_version");
            System.out.printf("vacuum analyze: %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
    }

    private void copy(InflationPlan plan, Table table, String target, QuerySamples samples) throws SQLException {
        long t = System.nanoTime();
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            var manager = c.unwrap(PGConnection.class).getCopyAPI();
            try (CopyRows rows = new CopyRows(manager.copyIn("copy " + target + " from stdin"))) {
                plan.emit(table, rows, samples);
                long stored = rows.finish();
                c.commit();
                System.out.printf("copy %s: %,d rows in %.1f s%n", table, stored, (System.nanoTime() - t) / 1e9);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private List<StoredBytes> storedBytes() throws SQLException {
        List<StoredBytes> bytes = new ArrayList<>();
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select storage_key, file_size, data_size, file_md5, data_md5"
                        + " from file_version where canonical and compressed = 'bzip2' order by id")) {
            while (r.next()) {
                bytes.add(new StoredBytes(r.getString(1), r.getLong(2), r.getLong(3), r.getString(4), r.getString(5)));
            }
        }
        return bytes;
    }

    private long next(String table) throws SQLException {
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
