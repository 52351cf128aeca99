// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.http;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Optional;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.query.TapException;

/**
 * Who is asking: an {@code Authorization} header (Basic, Bearer or Token, as ESO's tap_obs takes
 * them) or the {@code JSESSIONID} session cookie (the name Gaia's TAP+ login sets), else anonymous.
 * A credential that is sent but wrong is refused (401) rather than silently ignored.
 */
public final class TapCallers {

    /** The session cookie, named as TAP+ (and TapPlus) expect it. */
    public static final String SESSION_COOKIE = "JSESSIONID";

    private final Accounts accounts;

    public TapCallers(Accounts accounts) {
        this.accounts = accounts;
    }

    public Caller of(Context ctx) throws TapException {
        try {
            String header = ctx.header("Authorization");
            if (header != null && !header.isBlank()) {
                return accounts.byAuthorizationHeader(header)
                        .orElseThrow(
                                () -> new TapException(401, "the Authorization header's credentials are not valid"));
            }
            String session = ctx.cookie(SESSION_COOKIE);
            if (session != null && !session.isBlank()) {
                Optional<Caller> caller = accounts.bySession(session);
                return caller.orElse(Caller.ANONYMOUS);
            }
            return Caller.ANONYMOUS;
        } catch (SQLException e) {
            throw new TapException(500, "cannot check credentials now", e);
        }
    }
}
