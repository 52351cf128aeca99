// SPDX-License-Identifier: Apache-2.0
package org.meridian.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/**
 * Bench data, not a test: inflates an archive database with LCO-like frames and JWST/CAOM-like
 * observations, each with one {@code file} and one {@code file_version} row, all generated in SQL
 * ({@code generate_series}) so a million rows take a minute or two, not hours.
 *
 * <p>Spread: centres uniform over the sphere (|dec| ≤ 89°), square footprints 0.1–0.5° on a side,
 * starts over the ten years before now, 2,000 LCO proposals and 3,000 JWST programs (sizes skewed:
 * a few large, many small), six telescopes/instruments and their filters, and a release one year
 * after the start (so about a tenth of the rows are still proprietary) except for a fifth released
 * at once. Versions borrow the storage key, size and md5 of a real stored file of the same
 * collection (when the database has one) so that downloads and thumbnails of bench rows work.
 *
 * <p>Usage: {@code ArchiveInflater jdbcUrl [frames=1000000] [observations=1000000]} (user
 * {@code postgres}, no password, as the embedded server of an archive home). Bench rows are marked
 * by obs_key prefixes {@code bench} and {@code jwbench}; running again first deletes them.
 */
public final class ArchiveInflater {

    private ArchiveInflater() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ArchiveInflater jdbcUrl [frames] [observations]");
            System.exit(2);
        }
        long frames = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        long observations = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000;
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "");
                Statement s = c.createStatement()) {
            step(s, "drop old bench rows", BenchSql.CLEAN);
            step(s, "programs", BenchSql.PROGRAMS);
            step(s, "LCO frames (" + frames + ")", BenchSql.frames(frames));
            step(s, "JWST observations (" + observations + ")", BenchSql.observations(observations));
            step(s, "files", BenchSql.FILES);
            step(s, "file versions", BenchSql.VERSIONS);
            step(s, "analyze", List.of("analyze"));
            try (var r = s.executeQuery("select collection, count(*) from observation group by 1 order by 1")) {
                while (r.next()) {
                    System.out.printf("  %-8s %,d observations%n", r.getString(1), r.getLong(2));
                }
            }
            try (var r = s.executeQuery("select pg_size_pretty(pg_total_relation_size('observation')),"
                    + " pg_size_pretty(pg_total_relation_size('file') + pg_total_relation_size('file_version')),"
                    + " pg_size_pretty(pg_database_size(current_database()))")) {
                r.next();
                System.out.printf(
                        "  observation %s (with indexes), file+file_version %s, database %s%n",
                        r.getString(1), r.getString(2), r.getString(3));
            }
        }
    }

    private static void step(Statement s, String name, List<String> sql) throws Exception {
        long t = System.nanoTime();
        long rows = 0;
        for (String one : sql) {
            s.execute(one);
            rows += Math.max(0, s.getUpdateCount());
        }
        System.out.printf("%-32s %,12d rows %8.1f s%n", name, rows, (System.nanoTime() - t) / 1e9);
    }
}
