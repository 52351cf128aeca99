// SPDX-License-Identifier: Apache-2.0
package org.meridian.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.store.Database;
import org.meridian.testing.TestDatabases;

/** Every credential kind, resolved the same way whichever dialect asks. */
class CallerResolverIT {

    private static Database db;
    private static Accounts accounts;
    private static CallerResolver resolver;
    private static Accounts.NewAccount alice;
    private static String session;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestDatabases.fresh();
        accounts = new Accounts(db);
        resolver = new CallerResolver(accounts);
        alice = accounts.create("alice", null, false, List.of());
        session = accounts.openSession(alice.id());
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static Caller resolve(String authorization, Map<String, String> cookies) throws Exception {
        return resolver.of(authorization, cookies::get);
    }

    @Test
    void everyHeaderKindNamesTheAccount() throws Exception {
        String basic = Base64.getEncoder().encodeToString(("alice:" + alice.password()).getBytes());
        for (String header : List.of("Token " + alice.token(), "Bearer " + alice.token(), "Basic " + basic)) {
            assertThat(resolve(header, Map.of()).username()).as(header).isEqualTo("alice");
        }
    }

    @Test
    void everyDialectsSessionCookieAndMastsTokenCookieNameTheAccount() throws Exception {
        for (CallerResolver.SessionCookie cookie : CallerResolver.SessionCookie.values()) {
            assertThat(resolve(null, Map.of(cookie.cookieName(), session)).username())
                    .isEqualTo("alice");
        }
        assertThat(resolve(null, Map.of("mast_token", alice.token())).username())
                .isEqualTo("alice");
    }

    @Test
    void noCredentialIsAnonymous() throws Exception {
        assertThat(resolve(null, Map.of())).isEqualTo(Caller.ANONYMOUS);
        assertThat(resolve(" ", Map.of("other", "x"))).isEqualTo(Caller.ANONYMOUS);
    }

    @Test
    void aWrongHeaderIsRefusedEvenWithAGoodCookie() {
        for (String header :
                List.of("Token nope", "Bearer nope", "Basic !!!", "Basic " + b64("alice:wrong"), "Digest x")) {
            assertThatThrownBy(() -> resolve(header, Map.of("JSESSIONID", session)))
                    .as(header)
                    .isInstanceOf(BadCredentials.class);
        }
    }

    @Test
    void staleCookiesAreRefusedAndNamedUnlessAnotherOneIsGood() throws Exception {
        Map<String, String> cookies = new HashMap<>(Map.of("sessionid", "expired", "mast_token", "revoked"));
        assertThatThrownBy(() -> resolve(null, cookies))
                .isInstanceOfSatisfying(BadCredentials.class, e -> assertThat(e.staleCookies())
                        .containsExactly("sessionid", "mast_token"));
        cookies.put("gemini_archive_session", session);
        assertThat(resolve(null, cookies).username()).isEqualTo("alice");
    }

    @Test
    void aClosedSessionIsRefused() throws Exception {
        String closed = accounts.openSession(alice.id());
        accounts.closeSession(closed);
        assertThatThrownBy(() -> resolve(null, Map.of("gemini_archive_session", closed)))
                .isInstanceOf(BadCredentials.class);
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes());
    }
}
