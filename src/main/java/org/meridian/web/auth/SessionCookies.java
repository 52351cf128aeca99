// SPDX-License-Identifier: Apache-2.0
package org.meridian.web.auth;

import io.javalin.http.Context;
import java.time.Duration;

/**
 * The one way a session cookie is set or cleared, in every dialect (docs/architecture.md, "Callers"):
 * {@code HttpOnly} (no script reads it), {@code SameSite=Lax} (no other site's form or script
 * sends it with a POST), {@code Secure} when the request came over HTTPS, on path {@code /} so one
 * login works everywhere. Written by hand with {@code Max-Age} and no {@code Expires}: astroquery's
 * TapPlus splits {@code Set-Cookie} on commas, which an {@code Expires} date holds.
 */
public final class SessionCookies {

    private SessionCookies() {}

    /** Sets cookie {@code name} to the session id for {@code lifetime}. */
    public static void open(Context ctx, String name, String session, Duration lifetime) {
        add(ctx, name + "=" + session + "; Path=/; Max-Age=" + lifetime.toSeconds());
    }

    /** Tells the client to forget cookie {@code name}. */
    public static void clear(Context ctx, String name) {
        add(ctx, name + "=; Path=/; Max-Age=0");
    }

    private static void add(Context ctx, String cookie) {
        boolean https = "https".equals(ctx.scheme());
        // addHeader: a response may set and clear several cookies.
        ctx.res().addHeader("Set-Cookie", cookie + "; HttpOnly; SameSite=Lax" + (https ? "; Secure" : ""));
    }
}
