// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Optional;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.web.auth.CallerResolver;
import org.meridian.web.auth.SessionCookies;

/**
 * Who is calling, as every dialect decides it ({@link CallerResolver}): DRF's {@code Authorization:
 * Token <key>} (or Bearer, Basic), else a session cookie (the portal's login sets {@code sessionid}).
 * A credential that names no account is refused, as DRF does.
 */
final class PortalAuth {
    static final String SESSION_COOKIE = CallerResolver.SessionCookie.LCO.cookieName();

    private final Accounts accounts;
    private final CallerResolver resolver;

    PortalAuth(Accounts accounts) {
        this.accounts = accounts;
        this.resolver = new CallerResolver(accounts);
    }

    Caller caller(Context ctx) throws SQLException {
        return resolver.of(ctx);
    }

    Caller user(Context ctx) throws SQLException {
        Caller c = caller(ctx);
        if (c.isAnonymous()) {
            throw PortalError.unauthenticated();
        }
        return c;
    }

    String tokenOf(Caller caller) throws SQLException {
        return accounts.tokenOf(caller.accountId());
    }

    /** {@code POST /api/api-token-auth/}: form or JSON username and password → {"token": ...}. */
    void tokenAuth(Context ctx) throws SQLException {
        Credentials creds = credentials(ctx);
        Optional<Caller> c = accounts.login(creds.username(), creds.password());
        if (c.isEmpty()) {
            throw new PortalError(
                    400,
                    JsonBodies.object()
                            .set("non_field_errors", JsonBodies.array("Unable to log in with provided credentials.")));
        }
        ctx.json(JsonBodies.object().put("token", accounts.tokenOf(c.get().accountId())));
    }

    /** {@code POST /api/api-auth/login/}: a browser session, kept in the sessionid cookie. */
    void sessionLogin(Context ctx) throws SQLException {
        Credentials creds = credentials(ctx);
        Caller c = accounts.login(creds.username(), creds.password())
                .orElseThrow(() -> PortalError.detail(400, "Unable to log in with provided credentials."));
        SessionCookies.open(ctx, SESSION_COOKIE, accounts.openSession(c.accountId()), Accounts.SESSION_LIFETIME);
        ctx.json(JsonBodies.object().put("username", c.username()));
    }

    void sessionLogout(Context ctx) throws SQLException {
        String session = ctx.cookie(SESSION_COOKIE);
        if (session != null) {
            accounts.closeSession(session);
            SessionCookies.clear(ctx, SESSION_COOKIE);
        }
        ctx.json(JsonBodies.object());
    }

    private record Credentials(String username, String password) {}

    private static Credentials credentials(Context ctx) {
        String username = ctx.formParam("username");
        String password = ctx.formParam("password");
        String type = ctx.contentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            JsonNode body = JsonBodies.parse(ctx);
            username = body.path("username").isMissingNode()
                    ? null
                    : body.path("username").asText();
            password = body.path("password").isMissingNode()
                    ? null
                    : body.path("password").asText();
        }
        DrfErrors errors = new DrfErrors();
        if (username == null || username.isEmpty()) errors.add("username", DrfErrors.REQUIRED);
        if (password == null || password.isEmpty()) errors.add("password", DrfErrors.REQUIRED);
        if (!errors.isEmpty()) {
            throw new PortalError(400, errors.toJson());
        }
        return new Credentials(username, password);
    }
}
