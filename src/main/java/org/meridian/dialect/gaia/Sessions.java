// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import io.javalin.http.Context;
import java.util.Optional;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.vo.dali.DaliParams;
import org.meridian.web.auth.CallerResolver.SessionCookie;
import org.meridian.web.auth.SessionCookies;

/**
 * {@code /data-server/login} and {@code /logout}. The session is the TAP one: the same
 * {@code JSESSIONID} cookie holding a {@code web_session} id (docs/architecture.md "Callers"), set on
 * path {@code /}, so astroquery's Gaia login, which posts to both servers, and a curl cookie jar work
 * for TAP and the data server alike.
 */
record Sessions(Accounts accounts) {

    private static final String COOKIE = SessionCookie.TAP.cookieName();

    void login(Context ctx) throws Exception {
        DaliParams p = DaliParams.of(ctx, DataServerException::new);
        String username = p.first("username");
        String password = p.first("password");
        if (username == null || username.isBlank() || password == null) {
            throw DataServerException.badRequest("username and password are required");
        }
        Optional<Caller> caller = accounts.login(username.strip(), password);
        if (caller.isEmpty()) {
            throw new DataServerException(401, "wrong username or password");
        }
        SessionCookies.open(ctx, COOKIE, accounts.openSession(caller.get().accountId()), Accounts.SESSION_LIFETIME);
        ctx.contentType("text/plain; charset=UTF-8").result("OK\n");
    }

    void logout(Context ctx) throws Exception {
        String session = ctx.cookie(COOKIE);
        if (session != null && !session.isBlank()) {
            accounts.closeSession(session);
        }
        SessionCookies.clear(ctx, COOKIE);
        ctx.contentType("text/plain; charset=UTF-8").result("OK\n");
    }
}
