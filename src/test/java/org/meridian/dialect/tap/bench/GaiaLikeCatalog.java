// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.meridian.sky.Healpix;
import org.meridian.store.Database;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A synthetic Gaia-like catalog {@code bench.gaia_source} for benchmarks: uniform positions on the
 * sky written straight through PostgreSQL COPY in HEALPix order (so the table is born clustered by
 * {@code hpx}), an index on hpx, and its registration in catalog_table/catalog_column so that
 * TAP_SCHEMA publishes it like an imported catalog. Kept between runs when its row count matches.
 */
final class GaiaLikeCatalog {

    static final String TABLE = "bench.gaia_source";

    private record Column(String name, String type, String unit, String ucd) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("source_id", "bigint", null, "meta.id;meta.main"),
            new Column("ra", "double precision", "deg", "pos.eq.ra;meta.main"),
            new Column("dec", "double precision", "deg", "pos.eq.dec;meta.main"),
            new Column("parallax", "double precision", "mas", "pos.parallax"),
            new Column("pmra", "double precision", "mas.yr**-1", "pos.pm;pos.eq.ra"),
            new Column("pmdec", "double precision", "mas.yr**-1", "pos.pm;pos.eq.dec"),
            new Column("phot_g_mean_mag", "real", "mag", "phot.mag;em.opt"),
            new Column("bp_rp", "real", "mag", "phot.color"),
            new Column("random_index", "bigint", null, "meta.code"),
            new Column("hpx", "bigint", null, "pos.healpix"));

    private GaiaLikeCatalog() {}

    /** Creates the catalog unless it already holds {@code rows} rows; returns the seconds spent. */
    static double ensure(Database db, long rows) throws SQLException {
        if (existingRows(db) == rows) {
            return 0;
        }
        long t0 = System.nanoTime();
        long[] pixels = sortedPixels(rows);
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("create schema if not exists bench");
                s.execute("drop table if exists " + TABLE);
                s.execute(COLUMNS.stream()
                        .map(col -> col.name() + " " + col.type())
                        .collect(Collectors.joining(", ", "create table " + TABLE + " (", ")")));
            }
            copy(c, pixels);
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("create index gaia_source_hpx on " + TABLE + " (hpx)");
                // Rows were written in hpx order: the table is clustered already; record the index.
                s.execute("alter table " + TABLE + " cluster on gaia_source_hpx");
                s.execute("create unique index gaia_source_id on " + TABLE + " (source_id)");
                s.execute("analyze " + TABLE);
            }
            register(c, rows);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static long existingRows(Database db) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(
                        "select row_count from catalog_table where schema_name = 'bench' and table_name = 'gaia_source'");
                ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : -1;
        }
    }

    /** Uniform random order-29 pixels (equal-area, so uniform positions), sorted. */
    private static long[] sortedPixels(long rows) {
        SplittableRandom random = new SplittableRandom(20_160_914);
        long count = Healpix.pixelCount(29);
        long[] pixels = new long[Math.toIntExact(rows)];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextLong(count);
        }
        Arrays.parallelSort(pixels);
        return pixels;
    }

    private static void copy(Connection c, long[] pixels) throws SQLException {
        SplittableRandom random = new SplittableRandom(42);
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + TABLE + " from stdin");
        try {
            StringBuilder batch = new StringBuilder(1 << 20);
            for (int i = 0; i < pixels.length; i++) {
                double[] radec = Healpix.pix2ang(29, pixels[i]);
                long hpx = Healpix.ang2pix(29, radec[0], radec[1]);
                // Gaia's convention: source_id >> 35 is the level-12 nested pixel of the source.
                long sourceId = ((hpx >> 34) << 35) | i;
                batch.append(sourceId)
                        .append('\t')
                        .append(radec[0])
                        .append('\t')
                        .append(radec[1])
                        .append('\t')
                        .append(random.nextDouble(-1, 5))
                        .append('\t')
                        .append(random.nextDouble(-20, 20))
                        .append('\t')
                        .append(random.nextDouble(-20, 20))
                        .append('\t')
                        .append((float) random.nextDouble(12, 21))
                        .append('\t')
                        .append((float) random.nextDouble(-0.5, 3.5))
                        .append('\t')
                        .append(random.nextLong(1L << 40))
                        .append('\t')
                        .append(hpx)
                        .append('\n');
                if (batch.length() > (1 << 20) - 512) {
                    flush(copy, batch);
                }
            }
            flush(copy, batch);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void flush(CopyIn copy, StringBuilder batch) throws SQLException {
        byte[] bytes = batch.toString().getBytes(StandardCharsets.US_ASCII);
        copy.writeToCopy(bytes, 0, bytes.length);
        batch.setLength(0);
    }

    private static void register(Connection c, long rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("delete from catalog_table where schema_name = 'bench'");
        }
        try (PreparedStatement s = c.prepareStatement(
                "insert into catalog_table (schema_name, table_name,"
                        + " description, ra_column, dec_column, row_count) values ('bench', 'gaia_source', ?, 'ra', 'dec', ?)")) {
            s.setString(1, "Synthetic Gaia-like catalog for benchmarks");
            s.setLong(2, rows);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("insert into catalog_column (schema_name, table_name,"
                + " column_name, position, datatype, unit, ucd, description, indexed, principal)"
                + " values ('bench', 'gaia_source', ?, ?, ?, ?, ?, '', ?, ?)")) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                Column col = COLUMNS.get(i);
                boolean key = i < 3 || col.name().equals("hpx");
                s.setString(1, col.name());
                s.setInt(2, i + 1);
                s.setString(3, col.type());
                s.setString(4, col.unit());
                s.setString(5, col.ucd());
                s.setBoolean(6, key);
                s.setBoolean(7, key);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Drops the catalog and its registration. */
    static void drop(Database db) throws SQLException {
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            s.execute("delete from catalog_table where schema_name = 'bench'");
            s.execute("drop schema if exists bench cascade");
        }
    }
}
