// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.web.auth.CallerResolver;

/**
 * Who a Gemini request comes from: any credential every dialect accepts ({@link CallerResolver}; the
 * Gemini login sets the {@code gemini_archive_session} cookie); the {@code gemini_fits_authorization}
 * "magic" cookie, when the operator configured one, passes every access check, as on the archive.
 */
public final class CallerLookup {

    public static final String SESSION_COOKIE = CallerResolver.SessionCookie.GEMINI.cookieName();
    public static final String MAGIC_COOKIE = "gemini_fits_authorization";

    /** What the magic cookie grants: everything, like staff, without being anyone. */
    static final Caller MAGIC = new Caller(null, null, true, Set.of(), Set.of(), Set.of(), null);

    private final CallerResolver resolver;
    private final Optional<String> magicCookie;

    /** @param magicCookie the configured magic download cookie; empty (the default) disables it */
    public CallerLookup(Accounts accounts, Optional<String> magicCookie) {
        this.resolver = new CallerResolver(accounts);
        this.magicCookie = magicCookie.filter(s -> !s.isBlank());
    }

    public Caller caller(Context ctx) throws SQLException {
        if (magicCookie.isPresent()) {
            String offered = ctx.cookie(MAGIC_COOKIE);
            if (offered != null
                    && MessageDigest.isEqual(
                            offered.getBytes(StandardCharsets.UTF_8),
                            magicCookie.get().getBytes(StandardCharsets.UTF_8))) {
                return MAGIC;
            }
        }
        return resolver.of(ctx);
    }
}
