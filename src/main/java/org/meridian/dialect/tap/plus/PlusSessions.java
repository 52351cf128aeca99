// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.store.Database;
import org.meridian.web.auth.CallerResolver;
import org.meridian.web.auth.SessionCookies;

/**
 * {@code /tap-server/login} and {@code /tap-server/logout} (seed sections 3.5, 3.6). TapPlus reads
 * only the first {@code Set-Cookie} header and needs {@code JSESSIONID=} as its first item, so the
 * answer carries exactly one, written by hand in that order. The cookie is a {@code web_session}
 * id, so the same login works for every dialect (docs/architecture.md, "Callers").
 */
final class PlusSessions {

    private static final String COOKIE = CallerResolver.SessionCookie.TAP.cookieName();

    private final Accounts accounts;
    private final Database db;

    PlusSessions(Accounts accounts, Database db) {
        this.accounts = accounts;
        this.db = db;
    }

    void login(Context ctx) throws TapException, SQLException {
        var params = PlusParams.of(ctx);
        String username = params.first("username");
        String password = params.first("password");
        if (username == null || password == null) {
            throw TapException.badRequest("username and password are required");
        }
        Optional<Caller> caller = accounts.login(username, password);
        if (caller.isEmpty()) {
            throw new TapException(401, "wrong username or password");
        }
        String session = accounts.openSession(caller.get().accountId());
        event(caller.get().accountId(), PlusEvents.LOGIN);
        SessionCookies.open(ctx, COOKIE, session, Accounts.SESSION_LIFETIME);
        ctx.contentType("text/plain; charset=UTF-8").result("OK\n");
    }

    private void event(long accountId, int type) throws SQLException {
        try (Connection c = db.connection()) {
            PlusEvents.record(c, accountId, type);
        }
    }

    /** Closes the session the cookie names (if any) and clears the cookie; always 200. */
    void logout(Context ctx) throws SQLException {
        String session = ctx.cookie(COOKIE);
        if (session != null && !session.isBlank()) {
            Optional<Caller> caller = accounts.bySession(session);
            accounts.closeSession(session);
            if (caller.isPresent()) {
                event(caller.get().accountId(), PlusEvents.LOGOUT);
            }
        }
        SessionCookies.clear(ctx, COOKIE);
        ctx.contentType("text/plain; charset=UTF-8").result("OK\n");
    }
}
