// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import io.javalin.http.Context;
import java.sql.SQLException;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.web.auth.CallerResolver;

/**
 * Who is calling, as every dialect decides it ({@link CallerResolver}): the {@code mast_token} cookie
 * astroquery's {@code login(token=)} sets, an {@code Authorization: token <t>} (or Bearer) header as
 * MAST's own scripts send, or another dialect's session. A credential that names no account is
 * refused with 401 (the route's door answers it in MAST's JSON error form).
 */
public final class MastCallers {

    private final CallerResolver resolver;

    public MastCallers(Accounts accounts) {
        this.resolver = new CallerResolver(accounts);
    }

    public Caller of(Context ctx) throws SQLException {
        return resolver.of(ctx);
    }
}
