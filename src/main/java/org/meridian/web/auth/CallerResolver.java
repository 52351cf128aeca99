// SPDX-License-Identifier: Apache-2.0
package org.meridian.web.auth;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;

/**
 * Who is calling, decided the same way for every dialect (docs/architecture.md, "Callers"). One
 * login works everywhere: each dialect keeps its own cookie or header name on the wire, and every
 * dialect accepts all of them.
 *
 * <ol>
 *   <li>An {@code Authorization} header ({@code Token}, {@code Bearer} or {@code Basic}) decides
 *       alone: it names an account, or the request is refused.
 *   <li>Otherwise the cookies: each dialect's session cookie, then MAST's token cookie. The first
 *       that names an account wins; when cookies were sent and none names one (expired, closed,
 *       wrong), the request is refused and those cookies are named so that the answer can clear them.
 *   <li>No credential at all: anonymous.
 * </ol>
 *
 * A refusal is a {@link BadCredentials}, which each dialect answers as a 401 in its own error form
 * ({@link DialectRoutes}); a credential is never silently downgraded to anonymous.
 */
public final class CallerResolver {

    /** A session cookie, as the dialect that sets it names it; all hold {@code web_session} ids. */
    public enum SessionCookie {
        /** TAP and Gaia TAP+ ({@code /tap-server/login}), as TapPlus expects. */
        TAP("JSESSIONID"),
        /** The LCO portal (Django's name). */
        LCO("sessionid"),
        /** The Gemini archive. */
        GEMINI("gemini_archive_session");

        private final String cookieName;

        SessionCookie(String cookieName) {
            this.cookieName = cookieName;
        }

        public String cookieName() {
            return cookieName;
        }
    }

    /** MAST's cookie: astroquery's {@code login(token=...)} puts the API token itself in it. */
    public static final String MAST_TOKEN_COOKIE = "mast_token";

    private final Accounts accounts;

    public CallerResolver(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * The caller of this request.
     *
     * @throws BadCredentials when a credential was sent that names no account
     */
    public Caller of(Context ctx) throws SQLException {
        return of(ctx.header("Authorization"), ctx::cookie);
    }

    /** {@link #of(Context)} over the raw header and a cookie lookup (null for absent). */
    public Caller of(String authorization, CookieLookup cookies) throws SQLException {
        if (authorization != null && !authorization.isBlank()) {
            return accounts.byAuthorizationHeader(authorization)
                    .orElseThrow(
                            () -> new BadCredentials("the Authorization header names no valid credential", List.of()));
        }
        List<String> stale = new ArrayList<>();
        for (SessionCookie session : SessionCookie.values()) {
            String id = cookies.value(session.cookieName());
            if (id != null && !id.isBlank()) {
                Optional<Caller> caller = accounts.bySession(id);
                if (caller.isPresent()) {
                    return caller.get();
                }
                stale.add(session.cookieName());
            }
        }
        String token = cookies.value(MAST_TOKEN_COOKIE);
        if (token != null && !token.isBlank()) {
            Optional<Caller> caller = accounts.byToken(token);
            if (caller.isPresent()) {
                return caller.get();
            }
            stale.add(MAST_TOKEN_COOKIE);
        }
        if (!stale.isEmpty()) {
            throw new BadCredentials("the session has expired or is not valid; log in again", stale);
        }
        return Caller.ANONYMOUS;
    }

    /** The caller an API token names (a form field such as the LCO zip download's {@code auth_token}). */
    public Caller ofToken(String token) throws SQLException {
        return accounts.byToken(token)
                .orElseThrow(() -> new BadCredentials("the token names no valid credential", List.of()));
    }

    /** Reads a cookie by name; null when the request has none. */
    @FunctionalInterface
    public interface CookieLookup {
        String value(String name);
    }
}
