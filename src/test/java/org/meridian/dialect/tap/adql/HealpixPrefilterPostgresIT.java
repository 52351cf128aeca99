// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meridian.dialect.tap.adql.schema.InMemoryCatalog;
import org.meridian.dialect.tap.adql.schema.SemanticCheck;
import org.meridian.dialect.tap.adql.sql.FunctionMapping;
import org.meridian.dialect.tap.adql.sql.GeometryFunctions;
import org.meridian.dialect.tap.adql.sql.GeometryPredicates;
import org.meridian.dialect.tap.adql.sql.InUnitScaling;
import org.meridian.dialect.tap.adql.sql.SqlTranslator;
import org.meridian.dialect.tap.adql.sql.UserFunctions;
import org.meridian.sky.Healpix;
import org.meridian.store.Database;
import org.meridian.testing.TestDatabases;

/**
 * The HEALPix pre-filter never changes a result: cone and polygon queries over 20,000 positions
 * (many near RA 0/360 and the poles) return the same rows with and without the pre-filter step.
 */
class HealpixPrefilterPostgresIT {
    private static final InMemoryCatalog CATALOG = InMemoryCatalog.builder()
            .table("public", "stars")
            .column("id", "INTEGER")
            .column("ra", "DOUBLE", "deg")
            .column("dec", "DOUBLE", "deg")
            .column("hpx", "BIGINT")
            .position("ra", "dec", "hpx")
            .done()
            .build();
    private static Database db;

    @BeforeAll
    static void fill() throws SQLException {
        db = TestDatabases.fresh();
        Random random = new Random(42);
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            s.execute("create table stars (id integer primary key, ra double precision, dec double precision,"
                    + " hpx bigint)");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into stars values (?, ?, ?, ?)")) {
                for (int id = 0; id < 20_000; id++) {
                    double ra = random.nextDouble() * 360;
                    double dec = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
                    if (id % 7 == 0) ra = (random.nextDouble() * 6 + 357) % 360; // around RA 0
                    if (id % 7 == 1) dec = (random.nextBoolean() ? 1 : -1) * (84 + 6 * random.nextDouble());
                    if (id % 7 == 2) dec = random.nextDouble() * 10 - 5;
                    insert.setInt(1, id);
                    insert.setDouble(2, ra);
                    insert.setDouble(3, dec);
                    insert.setLong(4, Healpix.ang2pix(29, ra, dec));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            s.execute("create index on stars (hpx)");
            s.execute("analyze stars");
        }
    }

    @AfterAll
    static void close() {
        if (db != null) db.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CONTAINS(POINT(ra, dec), CIRCLE(0.05, 1, 1.5)) = 1",
                "1 = CONTAINS(POINT('ICRS', ra, dec), CIRCLE('ICRS', 359.9, -2.0, 0.7))",
                "CONTAINS(POINT(ra, dec), CIRCLE(123, 89.5, 2)) = 1",
                "CONTAINS(POINT(ra, dec), CIRCLE(10, -90, 3)) = 1",
                "CONTAINS(POINT(ra, dec), CIRCLE(200, 40, 20)) = 1",
                "DISTANCE(POINT(ra, dec), POINT(1, 0)) < 2.5",
                "2.5 >= DISTANCE(POINT(358.5, 1), POINT(ra, dec))",
                "CONTAINS(POINT(ra, dec), POLYGON(358, -2, 2, -2, 2, 2, 358, 2)) = 1",
                "CONTAINS(POINT(ra, dec), POLYGON(0, 86, 120, 86, 240, 86)) = 1",
                "CONTAINS(POINT(ra, dec), POLYGON(30, -88, 150, -88, 270, -88)) = 1",
                "CONTAINS(POINT(ra, dec), BOX(0, 0, 4, 3)) = 1",
                // ADQL 2.1 §4.2.9 boxes across RA 0, at high declination and round a pole
                "CONTAINS(POINT(ra, dec), BOX(359, 1, 6, 4)) = 1",
                "CONTAINS(POINT(ra, dec), BOX(40, 86, 10, 4)) = 1",
                "CONTAINS(POINT(ra, dec), BOX(200, -88, 10, 10)) = 1",
                "CONTAINS(POINT(ra, dec), REGION('POLYGON ICRS 10 -4 14 -4 12 4')) = 1",
                "INTERSECTS(CIRCLE(180, 0, 5), POINT(ra, dec)) = 1 AND dec > 0"
            })
    void sameRowsWithAndWithoutPrefilter(String where) throws SQLException {
        Assumptions.assumeTrue(AdqlPostgresIT.skyFunctionsInstalled(db), "sky_* SQL functions (V2) not installed");
        String adql = "SELECT id FROM stars WHERE " + where;
        String with = SqlTranslator.standard(CATALOG).translate(adql);
        String without = new SqlTranslator(List.of(
                        new SemanticCheck(CATALOG),
                        new UserFunctions(CATALOG),
                        new GeometryFunctions(),
                        new GeometryPredicates(),
                        new InUnitScaling(),
                        new FunctionMapping()))
                .translate(adql);
        assertThat(with).contains("hpx BETWEEN");
        assertThat(without).doesNotContain("hpx");
        Set<Integer> expected = ids(without);
        assertThat(expected).isNotEmpty();
        assertThat(ids(with)).isEqualTo(expected);
    }

    private static Set<Integer> ids(String sql) throws SQLException {
        Set<Integer> ids = new TreeSet<>();
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) ids.add(rs.getInt(1));
        }
        return ids;
    }
}
