// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.gemini.json.PythonJson;
import org.meridian.dialect.gemini.selection.Feature;
import org.meridian.dialect.gemini.selection.ResultShape;
import org.meridian.dialect.gemini.selection.Selection;
import org.meridian.dialect.gemini.selection.SelectionParser;
import org.meridian.dialect.gemini.web.JsonListings;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;
import org.meridian.testing.TestDatabases;

/**
 * The JSON listings are written straight from the result set; this checks them byte for byte
 * against the general path (rows read into maps, written by {@link PythonJson}) over rows with
 * escapes, non-ASCII text, nulls, odd floats, tags and proprietary coordinates.
 */
class JsonListingIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC);
    private static Database db;

    @BeforeAll
    static void seed() throws SQLException {
        db = TestDatabases.seeded("""
                    insert into program (id, collection, title, pi_name, co_investigators, engineering) values
                      ('GN-2010B-Q-22', 'GEMINI', 'Dwarfs', 'Jane Hirst', '', false),
                      ('GN-2030A-Q-1', 'GEMINI', 'Secret', 'Bo Lee', '', false)
                    """, """
                    insert into observation (id, collection, obs_key, program_id, observation_id, data_label,
                        telescope, instrument, ut_start, local_time, exposure_time, object, ra, dec, airmass,
                        observation_type, observation_class, qa_state, engineering, proprietary_coordinates,
                        release, types, raw_iq, central_wavelength) values
                      (1, 'GEMINI', 'A', 'GN-2010B-Q-22', 'GN-2010B-Q-22-4', 'GN-2010B-Q-22-4-001', 'Gemini-North',
                       'GMOS-N', '2010-12-31T10:00:00.25Z', '23:59:59.5', 60.0, E'C\u00e9line "x"\\t\\\\ \\U0001F600',
                       10.68, -41.27, 1.0, 'OBJECT', 'science', 'Pass', false, false, '2011-12-31',
                       '{GMOS,"it''s",IMAGE}', 70, 0.00001),
                      (2, 'GEMINI', 'B', 'GN-2010B-Q-22', 'GN-2010B-Q-22-4', 'GN-2010B-Q-22-4-002', 'Gemini-North',
                       'GMOS-N', '2010-12-31T11:00:00Z', null, null, null, null, null, 1e20, 'OBJECT', 'science',
                       null, false, false, null, '{}', null, 1234567.0),
                      (3, 'GEMINI', 'C', 'GN-2030A-Q-1', 'GN-2030A-Q-1-1', 'GN-2030A-Q-1-1-001', 'Gemini-North',
                       'GMOS-N', '2030-01-01T05:00:00Z', 'bogus time', 10.0, 'hidden', 200.0, 10.0, 1.2, 'OBJECT',
                       'science', 'Undefined', false, true, '2031-01-01', '{GMOS}', 85, 0.5)
                    """, """
                    insert into file (id, name, observation_id) values
                      (1, 'N20101231S0338.fits', 1), (2, 'N20101231S0339.fits', 2), (3, 'N20300101S0001.fits', 3)
                    """, """
                    insert into file_version (file_id, filename, storage_key, file_size, data_size, file_md5,
                        data_md5, lastmod, entrytime, present, canonical)
                    select f.id, f.name || '.bz2', f.name, 10 * f.id, 20, md5(f.name), md5(f.name),
                           '2011-01-05T01:02:03.456789Z', '2011-01-05T01:02:03Z', true, true
                      from file f
                    """);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "JSONSUMMARY, GN-2010B-Q-22",
        "JSONSUMMARY, GMOS-N",
        "JSONSUMMARY, GN-2030A-Q-1",
        "JSONSUMMARY, GN-2099A-Q-9",
        "JSONFILELIST, GN-2010B-Q-22",
        "JSONFILENAMES, GMOS-N",
        "JSONQASTATE, GMOS-N"
    })
    void directListingIsTheGeneralPathByteForByte(Feature feature, String path) throws Exception {
        Selection selection =
                feature.withDefaults(SelectionParser.parse(Arrays.asList(path.split("/")), Map.of(), CLOCK));
        ResultShape shape = ResultShape.of(feature, selection);
        List<String> keys = JsonListings.keys(feature);
        HeaderQuery query = new HeaderQuery(db, CLOCK, ServedCollections.GEMINI);

        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        query.streamJson(Caller.ANONYMOUS, selection, shape, keys, direct);

        List<Map<String, Object>> rows = new ArrayList<>();
        query.stream(Caller.ANONYMOUS, selection, shape, SqlFragment.TRUE, row -> {
            Map<String, Object> m = new LinkedHashMap<>();
            keys.forEach(k -> m.put(k, row.get(k)));
            rows.add(m);
        });
        if (shape.marksTruncation() && !rows.isEmpty()) {
            rows.getLast().put("results_truncated", true);
        }
        ByteArrayOutputStream general = new ByteArrayOutputStream();
        new PythonJson(general, 4).write(rows, 0);

        assertThat(direct.toString(StandardCharsets.US_ASCII)).isEqualTo(general.toString(StandardCharsets.US_ASCII));
        if (path.equals("GN-2010B-Q-22") && feature == Feature.JSONSUMMARY) {
            assertThat(direct.toString(StandardCharsets.US_ASCII))
                    .contains("\"object\": \"C\\u00e9line \\\"x\\\"\\t\\\\ \\ud83d\\ude00\"")
                    .contains("\"types\": \"['GMOS', \\\"it's\\\", 'IMAGE']\"")
                    .contains("\"central_wavelength\": 1e-05")
                    .contains("\"airmass\": 1e+20");
        }
        if (path.equals("GN-2030A-Q-1")) {
            assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("ra"))
                    .isNull());
            assertThat(direct.toString(StandardCharsets.US_ASCII)).doesNotContain("hidden");
        }
    }
}
