// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.store.Database;
import org.meridian.testing.TestDatabases;

/** The SQL functions of V2__sky_functions.sql must agree with the Java geometry they mirror. */
class SkyFunctionsIT {

    private static Database db;
    private static Connection c;

    @BeforeAll
    static void open() throws SQLException {
        db = TestDatabases.fresh();
        c = db.connection();
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
        db.close();
    }

    @Test
    void distanceAgreesWithJava() throws SQLException {
        Random rnd = new Random(101);
        try (PreparedStatement s = c.prepareStatement("select sky_distance(?, ?, ?, ?)")) {
            for (int i = 0; i < 3000; i++) {
                double[] a = SphericalTest.randomPosition(rnd);
                double[] b = i % 3 == 0
                        ? SphericalTest.offset(a, Math.pow(10, -6 + 8 * rnd.nextDouble()), rnd.nextDouble() * 360)
                        : SphericalTest.randomPosition(rnd);
                double expected = Spherical.distanceDeg(a[0], a[1], b[0], b[1]);
                double got = queryDouble(s, a[0], a[1], b[0], b[1]);
                // haversine loses digits near 180 degrees (asin of almost 1)
                assertThat(got)
                        .as("%s %s", a, b)
                        .isCloseTo(expected, org.assertj.core.api.Assertions.within(expected > 170 ? 1e-6 : 1e-9));
            }
        }
    }

    @Test
    void distanceIsInlinedIntoQueries() throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet r = c.createStatement()
                .executeQuery("explain verbose select sky_distance(g, 0, 10, 20) from generate_series(1, 10) g")) {
            while (r.next()) {
                plan.append(r.getString(1)).append('\n');
            }
        }
        assertThat(plan.toString()).doesNotContain("sky_distance").contains("asin");
    }

    @Test
    void functionsAreImmutableAndParallelSafe() throws SQLException {
        try (ResultSet r = c.createStatement()
                .executeQuery("select proname, provolatile, proparallel from pg_proc where proname like 'sky\\_%'")) {
            int n = 0;
            while (r.next()) {
                n++;
                assertThat(r.getString(2)).as(r.getString(1)).isEqualTo("i");
                assertThat(r.getString(3)).as(r.getString(1)).isEqualTo("s");
            }
            assertThat(n).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void pointInPolygonAgreesWithJava() throws SQLException {
        Random rnd = new Random(102);
        int insideCount = 0;
        int cases = 0;
        try (PreparedStatement s = c.prepareStatement("select sky_in_polygon(?, ?, ?)")) {
            for (int trial = 0; trial < 200; trial++) {
                double[] centre = SphericalTest.randomPosition(rnd);
                double size = Math.pow(10, -3 + 4.5 * rnd.nextDouble());
                List<double[]> poly = randomPolygon(rnd, centre, size);
                SphericalPolygon sp = SphericalPolygon.of(poly);
                for (int i = 0; i < 20; i++) {
                    double[] p = SphericalTest.offset(centre, size * 1.3 * rnd.nextDouble(), rnd.nextDouble() * 360);
                    if (sp.distanceToBoundaryDeg(p[0], p[1]) < 1e-9) {
                        continue; // on the edge either answer is right
                    }
                    boolean expected = sp.contains(p[0], p[1]);
                    s.setDouble(1, p[0]);
                    s.setDouble(2, p[1]);
                    s.setArray(3, array(poly));
                    assertThat(queryBoolean(s))
                            .as("trial %d point %d", trial, i)
                            .isEqualTo(expected);
                    insideCount += expected ? 1 : 0;
                    cases++;
                }
            }
        }
        assertThat(cases).isGreaterThan(3900);
        assertThat(insideCount).isBetween(cases / 5, cases * 4 / 5); // both answers well exercised
    }

    @Test
    void polygonCircleAgreesWithJava() throws SQLException {
        Random rnd = new Random(103);
        int hits = 0;
        try (PreparedStatement s = c.prepareStatement("select sky_polygon_intersects_circle(?, ?, ?, ?)")) {
            for (int trial = 0; trial < 2000; trial++) {
                double[] centre = SphericalTest.randomPosition(rnd);
                double size = Math.pow(10, -3 + 4.5 * rnd.nextDouble());
                List<double[]> poly = randomPolygon(rnd, centre, size);
                SphericalPolygon sp = SphericalPolygon.of(poly);
                double[] p = SphericalTest.offset(centre, size * 2 * rnd.nextDouble(), rnd.nextDouble() * 360);
                double r = size * rnd.nextDouble();
                if (Math.abs(sp.distanceToBoundaryDeg(p[0], p[1]) - r) < 1e-9) {
                    continue;
                }
                boolean expected = sp.intersectsCircle(p[0], p[1], r);
                s.setArray(1, array(poly));
                s.setDouble(2, p[0]);
                s.setDouble(3, p[1]);
                s.setDouble(4, r);
                assertThat(queryBoolean(s)).as("trial %d", trial).isEqualTo(expected);
                hits += expected ? 1 : 0;
            }
        }
        assertThat(hits).isBetween(400, 1600);
    }

    @Test
    void polygonPolygonAgreesWithJava() throws SQLException {
        Random rnd = new Random(104);
        int hits = 0;
        try (PreparedStatement s = c.prepareStatement("select sky_polygons_intersect(?, ?)")) {
            for (int trial = 0; trial < 2000; trial++) {
                double[] centre = SphericalTest.randomPosition(rnd);
                double size = Math.pow(10, -3 + 4 * rnd.nextDouble());
                List<double[]> a = randomPolygon(rnd, centre, size);
                double[] other = SphericalTest.offset(centre, size * 2.5 * rnd.nextDouble(), rnd.nextDouble() * 360);
                List<double[]> b = randomPolygon(rnd, other, size * (0.2 + rnd.nextDouble()));
                boolean expected = SphericalPolygon.of(a).intersects(SphericalPolygon.of(b));
                s.setArray(1, array(a));
                s.setArray(2, array(b));
                assertThat(queryBoolean(s)).as("trial %d", trial).isEqualTo(expected);
                hits += expected ? 1 : 0;
            }
        }
        assertThat(hits).isBetween(400, 1600);
    }

    @Test
    void knownAnswersAcrossTheSeamAndAtThePole() throws SQLException {
        String seam = "array[359, -1, 1, -1, 1, 1, 359, 1]::float8[]";
        String polar = "array[0, 80, 90, 80, 180, 80, 270, 80]::float8[]";
        assertThat(bool("select sky_in_polygon(0, 0, " + seam + ")")).isTrue();
        assertThat(bool("select sky_in_polygon(359.5, 0.5, " + seam + ")")).isTrue();
        assertThat(bool("select sky_in_polygon(180, 0, " + seam + ")")).isFalse();
        assertThat(bool("select sky_in_polygon(0, 90, " + polar + ")")).isTrue();
        assertThat(bool("select sky_in_polygon(45, 83.5, " + polar + ")")).isTrue();
        assertThat(bool("select sky_in_polygon(45, 82.5, " + polar + ")")).isFalse();
        assertThat(bool("select sky_polygon_intersects_circle(" + seam + ", 2, 0, 1.01)"))
                .isTrue();
        assertThat(bool("select sky_polygon_intersects_circle(" + seam + ", 2, 0, 0.99)"))
                .isFalse();
        assertThat(bool("select sky_polygons_intersect(" + seam + ", array[0.5, 0.5, 3, 0.5, 3, 3]::float8[])"))
                .isTrue();
        // a closing vertex that repeats the first is ignored
        assertThat(bool("select sky_in_polygon(0, 0, array[359, -1, 1, -1, 1, 1, 359, 1, 359, -1]::float8[])"))
                .isTrue();
    }

    @Test
    void unusablePolygonsGiveNull() throws SQLException {
        for (String poly : List.of(
                "array[1, 2, 3, 4]::float8[]",
                "array[1, 2, 3, 4, 5]::float8[]",
                "array[0, 0, 120, 0, 240, 0]::float8[]",
                "array[0, 0, 0, 0, 1, 1]::float8[]",
                "array[0, 0, 1, 95, 2, 0]::float8[]",
                "null::float8[]")) {
            try (ResultSet r = c.createStatement().executeQuery("select sky_in_polygon(0, 0, " + poly + ")")) {
                r.next();
                assertThat(r.getObject(1)).as(poly).isNull();
            }
        }
    }

    private static List<double[]> randomPolygon(Random rnd, double[] centre, double size) {
        return rnd.nextBoolean()
                ? SphericalTest.starPolygon(rnd, centre, size, 3 + rnd.nextInt(9))
                : SphericalTest.convexPolygon(rnd, centre, size, 3 + rnd.nextInt(6));
    }

    private static java.sql.Array array(List<double[]> poly) throws SQLException {
        List<Double> flat = new ArrayList<>();
        for (double[] v : poly) {
            flat.add(v[0]);
            flat.add(v[1]);
        }
        return c.createArrayOf("float8", flat.toArray());
    }

    private static double queryDouble(PreparedStatement s, double... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setDouble(i + 1, args[i]);
        }
        try (ResultSet r = s.executeQuery()) {
            r.next();
            return r.getDouble(1);
        }
    }

    private static Boolean queryBoolean(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            r.next();
            Object o = r.getObject(1);
            return o == null ? null : r.getBoolean(1);
        }
    }

    private static Boolean bool(String sql) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            Object o = r.getObject(1);
            return o == null ? null : r.getBoolean(1);
        }
    }
}
