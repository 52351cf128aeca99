// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.http;

import io.javalin.http.Context;
import java.sql.SQLException;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.query.TapException;
import org.meridian.web.auth.CallerResolver;

/**
 * Who is asking, as every dialect decides it ({@link CallerResolver}): an {@code Authorization} header
 * (Basic, Bearer or Token, as ESO's tap_obs takes them) or a session cookie ({@code JSESSIONID} is
 * the name Gaia's TAP+ login sets), else anonymous. A credential that is sent but wrong is refused
 * (401) rather than silently ignored.
 */
public final class TapCallers {

    private final CallerResolver resolver;

    public TapCallers(Accounts accounts) {
        this.resolver = new CallerResolver(accounts);
    }

    /** The caller; a credential naming no account is a {@code BadCredentials}, answered 401 by the door. */
    public Caller of(Context ctx) throws TapException {
        try {
            return resolver.of(ctx);
        } catch (SQLException e) {
            throw new TapException(500, "cannot check credentials now", e);
        }
    }
}
