// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.async;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Optional;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;

/**
 * Who is calling /tap/async: an {@code Authorization} header (Basic, Bearer or Token) or a TAP+
 * {@code JSESSIONID} session cookie; nobody else is anonymous. Wrong credentials are refused rather
 * than silently treated as anonymous, so a typo never hides one's own jobs.
 */
final class AsyncCallers {

    private final Accounts accounts;

    AsyncCallers(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Credentials were given but match no account. */
    static final class BadCredentials extends Exception {
        BadCredentials() {
            super("invalid credentials");
        }
    }

    Caller of(Context ctx) throws SQLException, BadCredentials {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            return accounts.byAuthorizationHeader(authorization).orElseThrow(BadCredentials::new);
        }
        String session = ctx.cookie("JSESSIONID");
        if (session != null) {
            Optional<Caller> caller = accounts.bySession(session);
            return caller.orElse(Caller.ANONYMOUS);
        }
        return Caller.ANONYMOUS;
    }
}
