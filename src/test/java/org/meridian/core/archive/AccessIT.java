// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;
import org.meridian.testing.TestDatabases;

/** The access policy against real rows, and the accounts that carry callers' rights. */
class AccessIT {

    private static Database db;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestDatabases.seeded(
                "insert into program (id, collection) values ('P1', 'GEMINI'), ('P2', 'GEMINI')",
                """
                    insert into observation (collection, obs_key, program_id, observation_id, instrument, release,
                                             engineering, proprietary_coordinates) values
                      ('GEMINI', 'public',      'P1', 'P1-1', 'GMOS-N', now() - interval '1 day', false, false),
                      ('GEMINI', 'no-release',  'P1', 'P1-2', 'GMOS-N', null,                     false, false),
                      ('GEMINI', 'p1-secret',   'P1', 'P1-3', 'GMOS-N', now() + interval '1 day', false, true),
                      ('GEMINI', 'p2-secret',   'P2', 'P2-1', 'NIRI',   now() + interval '1 day', false, false),
                      ('GEMINI', 'engineering', 'P2', 'P2-2', 'NIRI',   now() + interval '1 day', true,  false)
                    """,
                "insert into file (name, observation_id) select 'f-' || obs_key, id from observation");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void anonymousCallersSeeReleasedAndEngineeringDataOnly() throws Exception {
        assertThat(visible(Caller.ANONYMOUS)).containsExactly("engineering", "no-release", "public");
    }

    @Test
    void membersSeeTheirProgramsAndStaffSeeAll() throws Exception {
        Caller member = new Caller(1L, "m", false, Set.of("P1"), Set.of(), Set.of(), null);
        assertThat(visible(member)).containsExactly("engineering", "no-release", "p1-secret", "public");
        Caller staff = new Caller(2L, "s", true, Set.of(), Set.of(), Set.of(), null);
        assertThat(visible(staff)).hasSize(5);
    }

    @Test
    void grantsAndInstrumentTeamsOpenSingleObservations() throws Exception {
        assertThat(visible(new Caller(3L, "o", false, Set.of(), Set.of("P2-1"), Set.of(), null)))
                .contains("p2-secret");
        assertThat(visible(new Caller(3L, "f", false, Set.of(), Set.of(), Set.of("f-p1-secret"), null)))
                .contains("p1-secret")
                .doesNotContain("p2-secret");
        assertThat(visible(new Caller(3L, "t", false, Set.of(), Set.of(), Set.of(), "NIRI")))
                .contains("p2-secret");
    }

    @Test
    void coordinatesAreHiddenOnlyWhenProprietary() throws Exception {
        List<String> shown = keys(Access.coordinatesVisible(Caller.ANONYMOUS, "o"));
        assertThat(shown).contains("p2-secret").doesNotContain("p1-secret");
    }

    @Test
    void fileReadsFollowTheSameRules() {
        Instant now = Instant.now();
        var secret = new Access.ObservationAccessFacts(
                "f.fits", "GEMINI", "P1", "P1-3", "GMOS-N", false, now.plus(1, ChronoUnit.DAYS));
        assertThat(Access.mayReadFile(Caller.ANONYMOUS, secret, now)).isFalse();
        assertThat(Access.mayReadFile(new Caller(1L, "m", false, Set.of("P1"), Set.of(), Set.of(), null), secret, now))
                .isTrue();
        var released = new Access.ObservationAccessFacts(
                "f.fits", "GEMINI", "P1", "P1-3", "GMOS-N", false, now.minusSeconds(1));
        assertThat(Access.mayReadFile(Caller.ANONYMOUS, released, now)).isTrue();
    }

    @Test
    void accountsLogInByEmailAsTheLcoPortalTakesIt() throws Exception {
        Accounts accounts = new Accounts(db);
        accounts.create(new Accounts.Profile("frodo", "ring-pw", "Frodo@Shire.example", "Frodo B", false), List.of());
        assertThat(accounts.login("frodo@shire.example", "ring-pw"))
                .get()
                .extracting(Caller::username)
                .isEqualTo("frodo");
        assertThat(accounts.login("frodo@shire.example", "wrong")).isEmpty();
        // An address two accounts share names neither.
        accounts.create(new Accounts.Profile("sam", "garden-pw", "shared@shire.example", "", false), List.of());
        accounts.create(new Accounts.Profile("rosie", "garden-pw", "shared@shire.example", "", false), List.of());
        assertThat(accounts.login("shared@shire.example", "garden-pw")).isEmpty();
    }

    @Test
    void accountsLogInByPasswordTokenAndSession() throws Exception {
        Accounts accounts = new Accounts(db);
        Accounts.NewAccount a = accounts.create("alice", null, false, List.of("P1"));
        assertThat(accounts.login("alice", a.password()))
                .get()
                .extracting(Caller::programs)
                .isEqualTo(Set.of("P1"));
        assertThat(accounts.login("alice", "wrong")).isEmpty();
        assertThat(accounts.byToken(a.token()))
                .get()
                .extracting(Caller::username)
                .isEqualTo("alice");
        assertThat(accounts.byToken("nope")).isEmpty();
        assertThat(accounts.byId(a.id())).get().extracting(Caller::username).isEqualTo("alice");
        assertThat(accounts.byId(-1)).isEmpty();
        String session = accounts.openSession(a.id());
        assertThat(accounts.bySession(session)).isPresent();
        accounts.closeSession(session);
        assertThat(accounts.bySession(session)).isEmpty();
        assertThat(accounts.tokenOf(a.id())).isEqualTo(a.token());
        assertThat(accounts.byAuthorizationHeader("Token " + a.token())).isPresent();
        assertThat(accounts.byAuthorizationHeader("Bearer " + a.token())).isPresent();
        String basic = java.util.Base64.getEncoder().encodeToString(("alice:" + a.password()).getBytes());
        assertThat(accounts.byAuthorizationHeader("Basic " + basic)).isPresent();
        assertThat(accounts.byAuthorizationHeader("Basic !!!")).isEmpty();
        assertThat(accounts.byAuthorizationHeader("Token")).isEmpty();
        assertThat(accounts.byAuthorizationHeader(null)).isEmpty();
    }

    private static List<String> visible(Caller caller) throws Exception {
        return keys(Access.bytesVisible(caller, "o"));
    }

    private static List<String> keys(SqlFragment predicate) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(
                        "select obs_key from observation o where " + predicate.sql() + " order by obs_key")) {
            predicate.bind(s, 1);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }
}
