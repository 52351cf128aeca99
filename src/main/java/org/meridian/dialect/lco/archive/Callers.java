// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Optional;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;

/** Who is asking: the {@code Authorization} header (Token, Bearer or Basic), else anonymous. */
public final class Callers {

    private final Accounts accounts;

    public Callers(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The caller; a credential that is present but wrong is DRF's 401, not a silent downgrade. */
    public Caller of(Context ctx) throws SQLException {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            return Caller.ANONYMOUS;
        }
        return accounts.byAuthorizationHeader(header).orElseThrow(() -> ApiException.detail(401, "Invalid token."));
    }

    /** The caller named by an API token given in a form field (the zip download's {@code auth_token}). */
    public Caller ofToken(String token) throws SQLException {
        return accounts.byToken(token).orElseThrow(() -> ApiException.detail(401, "Invalid token."));
    }

    /** The account a signed link was issued to, if it still exists. */
    public Optional<Caller> byAccountId(long accountId) throws SQLException {
        return accounts.byId(accountId);
    }

    public Accounts accounts() {
        return accounts;
    }
}
