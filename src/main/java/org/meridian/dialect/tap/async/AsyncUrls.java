// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.async;

import io.javalin.http.Context;

/**
 * Absolute URLs of the job list and jobs, built from the request's own scheme and Host: TapPlus
 * replays a redirect on the same connection and breaks on a relative {@code Location}.
 */
final class AsyncUrls {

    static final String LIST_PATH = "/tap/async";

    private AsyncUrls() {}

    static String list(Context ctx) {
        return ctx.scheme() + "://" + ctx.host() + LIST_PATH;
    }

    static String job(Context ctx, String id) {
        return list(ctx) + "/" + id;
    }
}
