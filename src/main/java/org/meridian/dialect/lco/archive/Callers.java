// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Optional;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.web.auth.CallerResolver;

/**
 * Who is asking, as every dialect decides it ({@link CallerResolver}): the {@code Authorization}
 * header (Token, Bearer or Basic) or a session cookie, else anonymous; the account a signed link was
 * issued to.
 */
public final class Callers {

    private final Accounts accounts;
    private final CallerResolver resolver;

    public Callers(Accounts accounts) {
        this.accounts = accounts;
        this.resolver = new CallerResolver(accounts);
    }

    /** The caller; a credential that is present but wrong is DRF's 401, not a silent downgrade. */
    public Caller of(Context ctx) throws SQLException {
        return resolver.of(ctx);
    }

    /** The caller named by an API token given in a form field (the zip download's {@code auth_token}). */
    public Caller ofToken(String token) throws SQLException {
        return resolver.ofToken(token);
    }

    /** The account a signed link was issued to, if it still exists. */
    public Optional<Caller> byAccountId(long accountId) throws SQLException {
        return accounts.byId(accountId);
    }

    public Accounts accounts() {
        return accounts;
    }
}
