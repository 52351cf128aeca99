// SPDX-License-Identifier: Apache-2.0
package org.meridian.web.auth;

import io.javalin.http.Context;
import java.util.List;

/**
 * A request carried a credential that names no account: a wrong, expired, revoked or closed token,
 * password or session. Every dialect answers it as a 401 in its own error form, and the answer
 * clears the cookies that caused it, so that a browser's next request is simply anonymous.
 */
public final class BadCredentials extends RuntimeException {

    private final List<String> staleCookies;

    BadCredentials(String message, List<String> staleCookies) {
        super(message);
        this.staleCookies = List.copyOf(staleCookies);
    }

    /** The cookies that named no account. */
    public List<String> staleCookies() {
        return staleCookies;
    }

    /** Tells the client to forget the stale cookies. */
    public void clearCookies(Context ctx) {
        staleCookies.forEach(name -> SessionCookies.clear(ctx, name));
    }
}
