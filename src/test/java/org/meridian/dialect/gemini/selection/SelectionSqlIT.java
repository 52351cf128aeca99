// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;
import org.meridian.testing.TestDatabases;

/** Runs generated WHERE clauses against a small Gemini night and checks exactly which files come back. */
class SelectionSqlIT {

    private static final Instant NOW = Instant.parse("2024-06-15T12:00:00Z");
    private static Database db;

    @BeforeAll
    static void seed() throws SQLException {
        db = TestDatabases.seeded(
                """
                    insert into program (id, collection, title, pi_name, co_investigators, engineering) values
                      ('GN-2010B-Q-22', 'GEMINI', 'Dwarf galaxies in nearby clusters', 'Jane Hirst', 'A. Smith', false),
                      ('GN-CAL20101231', 'GEMINI', 'Calibrations', 'Gemini', '', false),
                      ('GS-2011A-Q-5', 'GEMINI', 'Southern transients', 'Bo Lee', '', false),
                      ('GN-2010B-ENG-1', 'GEMINI', 'Engineering', 'Staff', '', true)
                    """,
                """
                    insert into observation (id, collection, obs_key, program_id, observation_id, data_label,
                        telescope, instrument, ut_start, exposure_time, object, ra, dec, observation_type,
                        observation_class, qa_state, engineering, proprietary_coordinates, release) values
                      (1, 'GEMINI', 'A', 'GN-2010B-Q-22', 'GN-2010B-Q-22-4', 'GN-2010B-Q-22-4-001', 'Gemini-North',
                       'GMOS-N', '2010-12-31T10:00:00Z', 60.0, 'L5c02', 10.68, 41.27, 'OBJECT', 'science', 'Pass',
                       false, false, '2011-12-31'),
                      (2, 'GEMINI', 'B', 'GN-2010B-Q-22', 'GN-2010B-Q-22-4', 'GN-2010B-Q-22-4-002', 'Gemini-North',
                       'GMOS-N', '2010-12-31T11:00:00Z', 120.0, 'L5c02', 10.70, 41.28, 'OBJECT', 'science', 'Fail',
                       false, false, '2011-12-31'),
                      (3, 'GEMINI', 'C', 'GN-CAL20101231', 'GN-CAL20101231-12', 'GN-CAL20101231-12-001',
                       'Gemini-North', 'GMOS-N', '2010-12-31T23:30:00Z', 2.0, 'Twilight', null, null, 'FLAT',
                       'dayCal', 'Pass', false, false, null),
                      (4, 'GEMINI', 'D', 'GS-2011A-Q-5', 'GS-2011A-Q-5-1', 'GS-2011A-Q-5-1-001', 'Gemini-South',
                       'GMOS-S', '2011-01-02T03:00:00Z', 300.0, 'SN2011x', 359.995, -20.0, 'OBJECT', 'science',
                       'Usable', false, false, '2012-01-02'),
                      (5, 'GEMINI', 'E', 'GN-2010B-ENG-1', 'GN-2010B-ENG-1-1', 'GN-2010B-ENG-1-1-001',
                       'Gemini-North', 'NIRI', '2011-01-01T05:00:00Z', 10.0, 'focus', 200.0, 10.0, 'OBJECT',
                       'science', null, true, false, null),
                      (6, 'GEMINI', 'F', 'GS-2011A-Q-5', 'GS-2011A-Q-5-2', 'GS-2011A-Q-5-2-001', 'Gemini-South',
                       'GMOS-S', '2011-01-03T03:00:00Z', 60.0, 'secret', 10.69, 41.27, 'OBJECT', 'science', 'Pass',
                       false, true, '2030-01-01')
                    """,
                """
                    insert into file (id, name, observation_id) values
                      (1, 'N20101231S0338.fits', 1), (2, 'N20101231S0339.fits', 2), (3, 'N20101231S0413.fits', 3),
                      (4, 'S20110102S0100.fits', 4), (5, 'N20110101S0005.fits', 5), (6, 'S20110103S0007.fits', 6)
                    """,
                """
                    insert into file_version (file_id, filename, storage_key, file_size, data_size, file_md5,
                        data_md5, lastmod, present, canonical)
                    select f.id, f.name || '.bz2', f.name, 10, 20, md5(f.name), md5(f.name), '2011-01-05', true, true
                      from file f
                    """,
                // An older version of the first file, superseded by re-ingest.
                """
                    insert into file_version (file_id, filename, storage_key, file_size, data_size, file_md5,
                        data_md5, lastmod, present, canonical)
                    values (1, 'N20101231S0338.fits.bz2', 'old', 9, 20, 'x', 'y', '2011-01-01', false, false)
                    """);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** The names of the file versions {@code path} selects, in jsonfilelist's order. */
    private static List<String> select(String path) throws SQLException {
        Selection selection = Parsing.parse(path);
        SqlFragment where = SelectionSql.where(selection);
        String sql = "select f.name, v.canonical from " + SelectionSql.FROM + " where " + where.sql() + " "
                + ResultShape.of(Feature.JSONFILELIST, selection).orderByAndLimit();
        List<String> names = new ArrayList<>();
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1).substring(0, 14) + (rs.getBoolean(2) ? "" : " (old)"));
                }
            }
        }
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "20101231|N20101231S0338,N20101231S0338 (old),N20101231S0339,N20101231S0413",
                "notcanonical|N20101231S0338 (old)",
                "canonical/20101231|N20101231S0338,N20101231S0339,N20101231S0413",
                "canonical/20101231-20110101|N20101231S0338,N20101231S0339,N20101231S0413,N20110101S0005",
                "canonical/20110101-20101231|N20101231S0338,N20101231S0339,N20101231S0413,N20110101S0005",
                "canonical/GN-2010B-Q-22/GMOS-N/20101231|N20101231S0338,N20101231S0339",
                "canonical/OBJECT/GMOS-N/20101231|N20101231S0338,N20101231S0339",
                "canonical/GN-2010B-Q-22/Pass|N20101231S0338",
                "canonical/GN-2010B-Q-22-4-002|N20101231S0339",
                "canonical/NotFail|N20101231S0338,N20101231S0413,N20110101S0005,S20110102S0100,S20110103S0007",
                "canonical/Win|N20101231S0338,N20101231S0413,S20110102S0100,S20110103S0007",
                "canonical/Lucky|N20101231S0338,N20101231S0413,N20110101S0005,S20110103S0007",
                "canonical/GMOS|N20101231S0338,N20101231S0339,N20101231S0413,S20110102S0100,S20110103S0007",
                "canonical/GMOS-S|S20110102S0100,S20110103S0007",
                "canonical/ra=10.69/dec=41.275/sr=60|N20101231S0338,N20101231S0339",
                "canonical/ra=10.675-10.685/dec=41-42|N20101231S0338",
                "canonical/ra=00:42:43.2/dec=+41:16:12/sr=20|N20101231S0338",
                "canonical/ra=0.001/dec=-20/sr=36|S20110102S0100",
                "canonical/ra=359-1/dec=-21--19|S20110102S0100",
                "canonical/notengineering|N20101231S0338,N20101231S0339,N20101231S0413,S20110102S0100,S20110103S0007",
                "canonical/engineering|N20110101S0005",
                "canonical/defaults/GMOS-N|N20101231S0338,N20101231S0413",
                "canonical/PIname=hirst|N20101231S0338,N20101231S0339",
                "canonical/ProgramText=galaxy cluster|N20101231S0338,N20101231S0339",
                "canonical/Twilight|N20101231S0413",
                "canonical/object=l5c02|N20101231S0338,N20101231S0339",
                "canonical/object=*ecre*|''",
                "canonical/N20101231S0339.fits.bz2|N20101231S0339",
                "canonical/N201012|N20101231S0338,N20101231S0339,N20101231S0413",
                "canonical/night=20110102|S20110102S0100",
                "canonical/exposure_time=59-61|N20101231S0338,S20110103S0007",
                "canonical/exposure_time=2|N20101231S0413"
            })
    void selectsExactlyTheExpectedFiles(String path, String expected) throws SQLException {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(","));
        assertThat(select(path)).containsExactlyElementsOf(want);
    }

    @Test
    void theCallerCanAndAnAccessPredicate() throws SQLException {
        Selection selection = Parsing.parse("canonical/GMOS");
        SqlFragment where = SelectionSql.where(selection)
                .and(new SqlFragment("o.release is null or o.release <= ?", List.of(java.sql.Timestamp.from(NOW))));
        String sql = "select count(*) from " + SelectionSql.FROM + " where " + where.sql();
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4);
            }
        }
    }
}
