// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.core.auth.Caller;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;
import org.meridian.testing.TestDatabases;

/**
 * The decision table of docs/access.md, one test per row: for each kind of proprietary data, what
 * an anonymous caller and a logged-in stranger see (listed, coordinates, bytes), and that members,
 * grantees, instrument teams and staff see everything. Bytes are checked twice, through the SQL
 * predicate and through {@link Access#mayReadFile}, which must agree.
 */
class AccessPolicyIT {

    private static final Caller STRANGER = new Caller(9L, "stranger", false, Set.of("ZZ"), Set.of(), Set.of(), null);
    private static final Caller STAFF = new Caller(8L, "staff", true, Set.of(), Set.of(), Set.of(), null);

    private static Database db;

    /** An observation of the table: its key (also the source of its IDs and file name) and access facts. */
    private record Row(
            String key,
            String collection,
            String program,
            int level,
            boolean engineering,
            boolean future,
            boolean proprietaryCoordinates) {
        String instrument() {
            return "INST-" + key;
        }
    }

    private static final Map<String, Row> ROWS = new LinkedHashMap<>();

    static {
        for (Row r : new Row[] {
            new Row("gemini-science", "GEMINI", "G1", 0, false, true, false),
            new Row("gemini-propmd", "GEMINI", "G1", 0, false, true, true),
            new Row("gemini-engineering", "GEMINI", "G-ENG", 0, true, true, false),
            new Row("lco-frame", "LCO", "L1", 91, false, true, false),
            new Row("lco-engineering", "LCO", "LCOEngineering", 0, true, true, false),
            new Row("eso-raw", "ESO", "E1", 0, false, true, false),
            new Row("eso-raw-private-programme", "ESO", "E-PRIV", 0, false, true, false),
            new Row("eso-product", "ESO", "E1", 2, false, true, false),
            new Row("jwst-exclusive", "JWST", "J1", 2, false, true, false),
            new Row("other-collection", "SITE", "S1", 0, false, true, false),
            new Row("gemini-released", "GEMINI", "G1", 0, false, false, true),
            new Row("lco-released", "LCO", "L1", 91, false, false, false),
            new Row("eso-released-product", "ESO", "E-PRIV", 2, false, false, false),
            new Row("other-released", "SITE", "S1", 0, false, false, false)
        }) {
            ROWS.put(r.key(), r);
        }
    }

    @BeforeAll
    static void setUp() throws Exception {
        db = TestDatabases.fresh();
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            s.execute("""
                    insert into program (id, collection, engineering, metadata_private) values
                      ('G1', 'GEMINI', false, false), ('G-ENG', 'GEMINI', true, false), ('L1', 'LCO', false, false),
                      ('LCOEngineering', 'LCO', true, false), ('E1', 'ESO', false, false),
                      ('E-PRIV', 'ESO', false, true), ('J1', 'JWST', false, false), ('S1', 'SITE', false, false)
                    """);
            try (PreparedStatement p = c.prepareStatement("""
                    insert into observation (collection, obs_key, program_id, observation_id, instrument,
                        reduction_level, engineering, release, proprietary_coordinates)
                    values (?, ?, ?, ?, ?, ?, ?, now() + ?::interval, ?)""")) {
                for (Row r : ROWS.values()) {
                    p.setString(1, r.collection());
                    p.setString(2, r.key());
                    p.setString(3, r.program());
                    p.setString(4, "obs-" + r.key());
                    p.setString(5, r.instrument());
                    p.setInt(6, r.level());
                    p.setBoolean(7, r.engineering());
                    p.setString(8, r.future() ? "30 days" : "-30 days");
                    p.setBoolean(9, r.proprietaryCoordinates());
                    p.execute();
                }
            }
            s.execute("insert into file (name, observation_id) select 'f-' || obs_key, id from observation");
        }
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void geminiScienceIsListedWithCoordinatesButItsBytesWait() throws Exception {
        assertOthersSee("gemini-science", "listed", "coordinates");
    }

    @Test
    void geminiProprietaryCoordinatesAreMaskedWhileTheRowIsListed() throws Exception {
        assertOthersSee("gemini-propmd", "listed");
    }

    @Test
    void geminiEngineeringDataArePublicAtOnce() throws Exception {
        assertOthersSee("gemini-engineering", "listed", "coordinates", "bytes");
    }

    @Test
    void lcoFramesShowNothingBeforeTheirPublicDate() throws Exception {
        assertOthersSee("lco-frame");
    }

    @Test
    void lcoEngineeringFramesKeepTheirPublicDate() throws Exception {
        assertOthersSee("lco-engineering");
    }

    @Test
    void esoRawMetadataArePublicButNotTheFiles() throws Exception {
        assertOthersSee("eso-raw", "listed", "coordinates");
    }

    @Test
    void esoProgrammesWithPrivateMetadataAreHiddenWhole() throws Exception {
        assertOthersSee("eso-raw-private-programme");
    }

    @Test
    void esoProductsWaitForTheirRelease() throws Exception {
        assertOthersSee("eso-product");
    }

    @Test
    void jwstExclusiveAccessDataAreListedButNotDownloadable() throws Exception {
        assertOthersSee("jwst-exclusive", "listed", "coordinates");
    }

    @Test
    void anUnknownCollectionGetsTheStrictestPolicy() throws Exception {
        assertOthersSee("other-collection");
    }

    @Test
    void releasedDataAreOpenToEveryoneInEveryCollection() throws Exception {
        for (String key : new String[] {"gemini-released", "lco-released", "eso-released-product", "other-released"}) {
            assertOthersSee(key, "listed", "coordinates", "bytes");
        }
    }

    @Test
    void membersGranteesTeamsAndStaffSeeEverythingInEveryCollection() throws Exception {
        for (Row r : ROWS.values()) {
            Caller member = new Caller(1L, "m", false, Set.of(r.program()), Set.of(), Set.of(), null);
            Caller observationGrant = new Caller(2L, "o", false, Set.of(), Set.of("obs-" + r.key()), Set.of(), null);
            Caller fileGrant = new Caller(3L, "f", false, Set.of(), Set.of(), Set.of("f-" + r.key()), null);
            Caller team = new Caller(4L, "t", false, Set.of(), Set.of(), Set.of(), r.instrument());
            for (Caller caller : new Caller[] {member, observationGrant, fileGrant, team, STAFF}) {
                assertThat(decisions(caller, r.key()))
                        .as("%s for %s", r.key(), caller.username())
                        .containsExactly("listed", "coordinates", "bytes");
            }
        }
    }

    @Test
    void grantsOpenOnlyWhatTheyName() throws Exception {
        Caller fileGrant = new Caller(3L, "f", false, Set.of(), Set.of(), Set.of("f-lco-frame"), null);
        assertThat(decisions(fileGrant, "lco-frame")).containsExactly("listed", "coordinates", "bytes");
        assertThat(decisions(fileGrant, "lco-engineering")).isEmpty();
    }

    /** What an anonymous caller and a logged-in stranger (member of another program) see of a row. */
    private static void assertOthersSee(String key, String... expected) throws Exception {
        assertThat(decisions(Caller.ANONYMOUS, key)).as("%s, anonymous", key).containsExactly(expected);
        assertThat(decisions(STRANGER, key)).as("%s, another user", key).containsExactly(expected);
    }

    /**
     * The decisions for one row, in the order listed, coordinates, bytes. Coordinates count only
     * on a listed row, as every dialect applies them.
     */
    private static java.util.List<String> decisions(Caller caller, String key) throws Exception {
        SqlFragment listed = Access.listed(caller, "o");
        SqlFragment coords = Access.coordinatesVisible(caller, "o");
        SqlFragment bytes = Access.bytesVisible(caller, "o");
        String sql = "select (" + listed.sql() + "), (" + coords.sql() + "), (" + bytes.sql() + "), o.release"
                + " from observation o where o.obs_key = ?";
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            int next = bytes.bind(s, coords.bind(s, listed.bind(s, 1)));
            s.setString(next, key);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                boolean isListed = r.getBoolean(1);
                if (isListed) {
                    out.add("listed");
                }
                if (isListed && r.getBoolean(2)) {
                    out.add("coordinates");
                }
                boolean sqlBytes = r.getBoolean(3);
                Row row = ROWS.get(key);
                Timestamp release = r.getTimestamp(4);
                var facts = new Access.ObservationAccessFacts(
                        "f-" + key,
                        row.collection(),
                        row.program(),
                        "obs-" + key,
                        row.instrument(),
                        row.engineering(),
                        release.toInstant());
                assertThat(Access.mayReadFile(caller, facts, Instant.now()))
                        .as("Java and SQL agree on the bytes of %s", key)
                        .isEqualTo(sqlBytes);
                if (sqlBytes) {
                    assertThat(isListed)
                            .as("readable bytes of %s are listed", key)
                            .isTrue();
                    out.add("bytes");
                }
            }
        }
        return out;
    }
}
