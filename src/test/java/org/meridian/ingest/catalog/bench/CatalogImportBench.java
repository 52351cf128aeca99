// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.catalog.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.meridian.demo.GeneratedTable;
import org.meridian.ingest.catalog.CatalogImporter;
import org.meridian.store.Database;
import org.meridian.testing.TestDatabases;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.StarTableOutput;

/**
 * Catalog import throughput (not a test): writes a Gaia-like table of N rows (default 2,000,000) as
 * FITS and as VOTable BINARY2, then imports each into a fresh database and prints rows/s by phase.
 * Usage: CatalogImportBench [rows] [dir]
 */
public final class CatalogImportBench {

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("catalog-bench");
        for (String format : new String[] {"fits", "vot"}) {
            Path file = dir.resolve("gaia_like." + format);
            if (!Files.exists(file)) {
                long t0 = System.nanoTime();
                new StarTableOutput()
                        .writeStarTable(
                                GaiaLike.of(rows),
                                file.toString(),
                                format.equals("fits") ? "fits" : "votable(format=BINARY2)");
                System.out.printf(
                        "wrote %s (%d rows, %.0f MB) in %.1f s%n",
                        file, rows, Files.size(file) / 1e6, (System.nanoTime() - t0) / 1e9);
            }
            try (Database db = TestDatabases.fresh()) {
                for (int run = 1; run <= 2; run++) {
                    var r = new CatalogImporter(db)
                            .importCatalog(
                                    new CatalogImporter.Request(file, "bench.gaia_" + format, null, null, null),
                                    n -> {});
                    System.out.printf(
                            "%s run %d: %d rows in %.2f s = %.0f rows/s (read+COPY %.2f s = %.0f rows/s; sort+index %.2f s)%n",
                            format,
                            run,
                            r.rows(),
                            r.elapsed().toMillis() / 1e3,
                            r.rowsPerSecond(),
                            r.loading().toMillis() / 1e3,
                            r.rows() / (r.loading().toMillis() / 1e3),
                            r.indexing().toMillis() / 1e3);
                }
            }
        }
        System.exit(0);
    }

    /** Gaia-like sources generated on the fly, so writing the file needs no memory. */
    static final class GaiaLike {
        private static final ColumnInfo[] COLUMNS = {
            col("source_id", Long.class, null, "meta.id;meta.main"),
            col("ra", Double.class, "deg", "pos.eq.ra;meta.main"),
            col("dec", Double.class, "deg", "pos.eq.dec;meta.main"),
            col("ra_error", Float.class, "mas", "stat.error;pos.eq.ra"),
            col("dec_error", Float.class, "mas", "stat.error;pos.eq.dec"),
            col("parallax", Double.class, "mas", "pos.parallax"),
            col("pmra", Double.class, "mas/yr", "pos.pm;pos.eq.ra"),
            col("pmdec", Double.class, "mas/yr", "pos.pm;pos.eq.dec"),
            col("phot_g_mean_mag", Float.class, "mag", "phot.mag;em.opt"),
            col("phot_bp_mean_mag", Float.class, "mag", "phot.mag;em.opt.B"),
            col("phot_rp_mean_mag", Float.class, "mag", "phot.mag;em.opt.R"),
            col("ref_epoch", Double.class, "yr", "meta.ref;time.epoch"),
        };

        private GaiaLike() {}

        static GeneratedTable of(long rows) {
            return new GeneratedTable(COLUMNS, rows, GaiaLike::row);
        }

        private static Object[] row(long index, SplittableRandom rnd) {
            double ra = rnd.nextDouble(360);
            double dec = Math.toDegrees(Math.asin(2 * rnd.nextDouble() - 1));
            return new Object[] {
                index,
                ra,
                dec,
                (float) rnd.nextDouble(0.01, 2),
                (float) rnd.nextDouble(0.01, 2),
                rnd.nextDouble(-1, 10),
                rnd.nextGaussian() * 5,
                rnd.nextGaussian() * 5,
                (float) rnd.nextDouble(8, 21),
                (float) rnd.nextDouble(8, 22),
                (float) rnd.nextDouble(7, 20),
                2016.0
            };
        }

        private static ColumnInfo col(String name, Class<?> type, String unit, String ucd) {
            ColumnInfo c = new ColumnInfo(name, type, name);
            c.setUnitString(unit);
            c.setUCD(ucd);
            return c;
        }
    }
}
