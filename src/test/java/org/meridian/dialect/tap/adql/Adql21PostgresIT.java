// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.dialect.tap.adql.schema.InMemoryCatalog;
import org.meridian.dialect.tap.adql.sql.SqlTranslator;
import org.meridian.store.Database;
import org.meridian.testing.TestDatabases;

/**
 * The answers of issue 22's queries on real PostgreSQL against a ground truth computed here from
 * the same rows: 60,000 stars, uniform on the sphere plus clusters at the boxes' centres (high
 * declination, across RA 0, around a pole).
 */
class Adql21PostgresIT {
    private static final int UNIFORM = 30_000;
    private static final int PER_CLUSTER = 6_000;
    private static final double[][] CLUSTERS = {{150, 60}, {0.5, 10}, {45, 85}, {200, -88}, {300, 0}};

    private static Database db;
    private static double[] ra;
    private static double[] dec;
    private static float[] mag;
    private static double[] pm;
    private static final SqlTranslator TRANSLATOR = SqlTranslator.standard(InMemoryCatalog.builder()
            .table("conf", "stars")
            .column("id", "BIGINT")
            .column("ra", "DOUBLE", "deg")
            .column("dec", "DOUBLE", "deg")
            .column("mag", "REAL", "mag")
            .column("pm", "DOUBLE", "mas/yr")
            .done()
            .build());

    @BeforeAll
    static void createStars() throws SQLException {
        db = TestDatabases.fresh();
        Random random = new Random(22);
        int n = UNIFORM + PER_CLUSTER * CLUSTERS.length;
        ra = new double[n];
        dec = new double[n];
        mag = new float[n];
        pm = new double[n];
        for (int i = 0; i < n; i++) {
            if (i < UNIFORM) {
                ra[i] = random.nextDouble() * 360;
                dec[i] = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
            } else {
                double[] c = CLUSTERS[(i - UNIFORM) / PER_CLUSTER];
                dec[i] = Math.max(-90, Math.min(90, c[1] + (random.nextDouble() - 0.5) * 16));
                ra[i] = ((c[0] + (random.nextDouble() - 0.5) * 40) % 360 + 360) % 360;
            }
            mag[i] = 10 + random.nextFloat() * 10;
            pm[i] = (random.nextDouble() - 0.5) * 200;
        }
        try (Connection c = db.connection()) {
            try (Statement s = c.createStatement()) {
                s.execute("create schema conf; create table conf.stars (id bigint, ra double precision,"
                        + " dec double precision, mag real, pm double precision)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into conf.stars values (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    ps.setLong(1, i);
                    ps.setDouble(2, ra[i]);
                    ps.setDouble(3, dec[i]);
                    ps.setFloat(4, mag[i]);
                    ps.setDouble(5, pm[i]);
                    ps.addBatch();
                    if (i % 5000 == 4999) ps.executeBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    @AfterAll
    static void close() {
        if (db != null) db.close();
    }

    private static double number(String adql) throws SQLException {
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(TRANSLATOR.translate(adql))) {
            assertThat(rs.next()).isTrue();
            return rs.getDouble(1);
        }
    }

    /**
     * ADQL 2.1 §4.2.9: inside the box when the star's gnomonic projection about the centre falls in
     * the rectangle ±tan(w/2), ±tan(h/2): the sides are great circles meeting the cross's arms at
     * right angles w/2 and h/2 from the centre, which is what the standard says; computed here
     * from the projection, not from corners.
     */
    private static long boxTruth(double cra, double cdec, double w, double h) {
        long inside = 0;
        double a0 = Math.toRadians(cra);
        double d0 = Math.toRadians(cdec);
        for (int i = 0; i < ra.length; i++) {
            double a = Math.toRadians(ra[i]);
            double d = Math.toRadians(dec[i]);
            double cosc = Math.sin(d0) * Math.sin(d) + Math.cos(d0) * Math.cos(d) * Math.cos(a - a0);
            if (cosc <= 0) continue;
            double x = Math.cos(d) * Math.sin(a - a0) / cosc;
            double y = (Math.cos(d0) * Math.sin(d) - Math.sin(d0) * Math.cos(d) * Math.cos(a - a0)) / cosc;
            if (Math.abs(x) <= Math.tan(Math.toRadians(w / 2)) && Math.abs(y) <= Math.tan(Math.toRadians(h / 2)))
                inside++;
        }
        return inside;
    }

    @Test
    void boxCountsMatchTheStandardsBox() throws SQLException {
        double[][] boxes = {{150, 60, 10, 4}, {0.5, 10, 6, 2}, {359.5, 10, 6, 2}, {45, 85, 8, 3}, {200, -88, 10, 10}};
        for (double[] b : boxes) {
            long truth = boxTruth(b[0], b[1], b[2], b[3]);
            String box = "BOX('ICRS', " + b[0] + ", " + b[1] + ", " + b[2] + ", " + b[3] + ")";
            assertThat(truth).as(box).isGreaterThan(20);
            assertThat((long) number("SELECT COUNT(*) FROM conf.stars WHERE CONTAINS(POINT(ra, dec), " + box + ") = 1"))
                    .as(box)
                    .isEqualTo(truth);
        }
        // the same box from columns, computed row by row in SQL
        assertThat((long) number("SELECT COUNT(*) FROM conf.stars AS s, (SELECT TOP 1 150.0 AS bra, 60.0 AS bdec"
                        + " FROM conf.stars) AS b WHERE CONTAINS(POINT(s.ra, s.dec), BOX(b.bra, b.bdec, 10, 4)) = 1"))
                .isEqualTo(boxTruth(150, 60, 10, 4));
    }

    /** ADQL 2.1 §4.6.5: each operand of UNION has its own TOP and ORDER BY. */
    @Test
    void setOperationOfLimitedOperandsCountsEachOperandsRows() throws SQLException {
        assertThat(number("SELECT COUNT(*) FROM (SELECT TOP 1 id FROM conf.stars ORDER BY id"
                        + " UNION SELECT TOP 3 id FROM conf.stars ORDER BY id DESC) AS u"))
                .isEqualTo(4);
        assertThat(number("SELECT COUNT(*) FROM ((SELECT TOP 1 id FROM conf.stars ORDER BY id)"
                        + " UNION (SELECT TOP 3 id FROM conf.stars ORDER BY id DESC)) AS u"))
                .isEqualTo(4);
    }

    /** A SUM over a REAL column is exact to double precision, not to single. */
    @Test
    void sumOverRealIsDoublePrecision() throws SQLException {
        double truth = 0;
        for (float m : mag) truth += m;
        assertThat(number("SELECT SUM(mag) FROM conf.stars")).isCloseTo(truth, within(Math.abs(truth) * 1e-12));
    }

    /** ADQL 2.1 §2.3: MOD of doubles, the remainder with the dividend's sign. */
    @Test
    void modOfDoubles() throws SQLException {
        for (int id : new int[] {0, 7, 12345}) {
            assertThat(number("SELECT MOD(pm, 1.5) FROM conf.stars WHERE id = " + id))
                    .isCloseTo(pm[id] % 1.5, within(1e-9));
        }
        assertThat(number("SELECT MOD(id, 7) FROM conf.stars WHERE id = 12345")).isEqualTo(12345 % 7);
    }

    /** ADQL 2.1 §4.9.1: IN_UNIT converts from the column's published unit. */
    @Test
    void inUnitUsesTheColumnsUnit() throws SQLException {
        assertThat(number("SELECT IN_UNIT(pm, 'arcsec/yr') FROM conf.stars WHERE id = 7"))
                .isCloseTo(pm[7] / 1000, within(1e-9));
    }
}
