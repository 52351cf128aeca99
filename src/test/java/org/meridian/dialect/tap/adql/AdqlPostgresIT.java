// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.dialect.tap.adql.sql.SqlTranslator;
import org.meridian.sky.Healpix;
import org.meridian.store.Database;
import org.meridian.testing.TestDatabases;

/**
 * Every valid lyonetia query (ivoa and gavo sets) whose tables and columns exist among the
 * stand-in tables must translate to SQL that PostgreSQL accepts (EXPLAIN); and the V11 functions
 * behave as the translation assumes.
 */
class AdqlPostgresIT {
    private static Database db;

    @BeforeAll
    static void createTables() throws SQLException {
        db = TestDatabases.fresh();
        try (Connection c = db.connection()) {
            StandInTables.create(c);
        }
    }

    @AfterAll
    static void close() {
        if (db != null) db.close();
    }

    @Test
    void validCorpusQueriesOnKnownTablesAreAcceptedByPostgres() throws Exception {
        Path dir = LyonetiaCorpus.adqlDirectory();
        Assumptions.assumeTrue(dir != null, "lyonetia corpus not available");
        Assumptions.assumeTrue(skyFunctionsInstalled(db), "the sky_* SQL functions (migration V2) are not installed");
        SqlTranslator translator = SqlTranslator.standard(StandInTables.catalog());
        int checked = 0;
        int otherTables = 0;
        List<String> untranslatable = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            for (String set : List.of("ivoa", "gavo")) {
                for (LyonetiaCorpus.Entry e : LyonetiaCorpus.entries(dir, set)) {
                    if (!e.valid()) continue;
                    String sql;
                    try {
                        sql = translator.translate(AdqlParser.parse(e.adql()));
                    } catch (AdqlSemanticException ex) {
                        if (ex.getMessage().matches("(line \\d+, column \\d+: )?unknown (table|column) .*"))
                            otherTables++;
                        else untranslatable.add(e + ": " + ex.getMessage());
                        continue;
                    } catch (AdqlException ex) {
                        untranslatable.add(e + ": " + ex.getMessage());
                        continue;
                    }
                    try {
                        s.execute("explain " + sql);
                        checked++;
                    } catch (SQLException ex) {
                        rejected.add(
                                e + ": " + ex.getMessage().lines().findFirst().orElse("") + "\n    " + sql);
                    }
                }
            }
        }
        System.out.printf(
                "lyonetia valid queries: %d accepted by PostgreSQL (EXPLAIN), %d rejected by it, %d not translatable,"
                        + " %d use tables or columns outside the stand-ins%n",
                checked, rejected.size(), untranslatable.size(), otherTables);
        untranslatable.forEach(r -> System.out.println("  not translatable: " + r));
        rejected.forEach(r -> System.out.println("  rejected: " + r));
        assertThat(rejected).isEmpty();
        // the only queries this service declines: non-ICRS frames, functions it does not offer, and
        // names PostgreSQL would refuse as well (ambiguous columns, a table named twice, a table
        // name hidden by its alias)
        assertThat(untranslatable)
                .allMatch(m -> m.contains("only ICRS")
                        || m.contains("unknown function")
                        || m.contains("more than once")
                        || m.contains("is ambiguous")
                        || m.contains("is not a table or alias"));
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void healpixIndexFunctionAgreesWithJava() throws SQLException {
        java.util.Random random = new java.util.Random(7);
        try (Connection c = db.connection();
                var ps = c.prepareStatement("select ivo_healpix_index(?, ?, ?)")) {
            for (int i = 0; i < 2000; i++) {
                int order = random.nextInt(30);
                double ra = random.nextDouble() * 360;
                double dec = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
                if (i % 10 == 0) dec = (random.nextBoolean() ? 1 : -1) * (89 + random.nextDouble());
                ps.setInt(1, order);
                ps.setDouble(2, ra);
                ps.setDouble(3, dec);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1))
                            .as("order %d ra %s dec %s", order, ra, dec)
                            .isEqualTo(Healpix.ang2pix(order, ra, dec));
                }
            }
        }
    }

    @Test
    void hasWordMatchesWholeWordsIgnoringCase() throws SQLException {
        assertThat(scalar("select ivo_hasword('Gaia DR3 epoch photometry', 'EPOCH')"))
                .isEqualTo(1.0);
        assertThat(scalar("select ivo_hasword('Gaia DR3 epochs', 'epoch')")).isEqualTo(0.0);
        assertThat(scalar("select ivo_hasword(null, 'epoch')")).isEqualTo(0.0);
    }

    @Test
    void epochPropagationMovesByTheProperMotion() throws SQLException {
        // no motion: unchanged
        assertThat(scalar("select (ivo_epoch_prop(10, 20, 5, 0, 0, 0, 2016, 2000))[1]"))
                .isCloseTo(10.0, org.assertj.core.data.Offset.offset(1e-12));
        // 1000 mas/yr north for 10 years is 10 arcsec north
        assertThat(scalar("select (ivo_epoch_prop(10, 20, 5, 0, 1000, 0, 2000, 2010))[2]"))
                .isCloseTo(20 + 10 / 3600.0, org.assertj.core.data.Offset.offset(1e-9));
        // there and back again (Barnard's star, with radial velocity)
        String back = "ivo_epoch_prop(269.4486, 4.7381, 548.3, -801.6, 10362.4, -110.5, 2016, 1900)";
        String round = "ivo_epoch_prop(p[1], p[2], p[3], p[4], p[5], p[6], 1900, 2016)";
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select " + round + " from (select " + back + " as p) q")) {
            rs.next();
            Double[] v = (Double[]) rs.getArray(1).getArray();
            assertThat(v[0]).isCloseTo(269.4486, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(v[1]).isCloseTo(4.7381, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(v[2]).isCloseTo(548.3, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(v[4]).isCloseTo(10362.4, org.assertj.core.data.Offset.offset(1e-4));
            assertThat(v[5]).isCloseTo(-110.5, org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    private static double scalar(String sql) throws SQLException {
        return scalar(db, sql);
    }

    private static double scalar(Database database, String sql) throws SQLException {
        try (Connection c = database.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    static boolean skyFunctionsInstalled(Database database) throws SQLException {
        return scalar(
                        database,
                        "select count(*) from pg_proc where proname in ('sky_distance', 'sky_in_polygon', "
                                + "'sky_polygon_intersects_circle', 'sky_polygons_intersect')")
                == 4;
    }
}
