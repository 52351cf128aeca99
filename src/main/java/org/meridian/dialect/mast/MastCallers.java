// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import io.javalin.http.Context;
import java.sql.SQLException;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;

/**
 * Who is calling, as MAST tells: the {@code mast_token} cookie astroquery's {@code login(token=)}
 * sets, or an {@code Authorization: token <t>} (or Bearer) header as MAST's own scripts send.
 */
public final class MastCallers {

    public static final String COOKIE = "mast_token";

    private final Accounts accounts;

    public MastCallers(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * The caller. A wrong Authorization header is refused (401); a stale or wrong cookie counts as
     * anonymous, which astroquery's login reports as not logged in.
     */
    public Caller of(Context ctx) throws SQLException {
        String header = ctx.header("Authorization");
        if (header != null && !header.isBlank()) {
            return accounts.byAuthorizationHeader(header)
                    .orElseThrow(() -> new MastException(401, "invalid token in the Authorization header"));
        }
        String token = ctx.cookie(COOKIE);
        if (token != null && !token.isBlank()) {
            return accounts.byToken(token).orElse(Caller.ANONYMOUS);
        }
        return Caller.ANONYMOUS;
    }
}
