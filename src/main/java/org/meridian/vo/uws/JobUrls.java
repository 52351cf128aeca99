// SPDX-License-Identifier: Apache-2.0
package org.meridian.vo.uws;

import io.javalin.http.Context;

/**
 * Absolute URLs of a service's job list and jobs, built from the request's own scheme and Host:
 * TapPlus replays a redirect on the same connection and breaks on a relative {@code Location}.
 *
 * @param listPath the job list's path, e.g. {@code /tap/async}
 */
record JobUrls(String listPath) {

    String list(Context ctx) {
        return ctx.scheme() + "://" + ctx.host() + listPath;
    }

    String job(Context ctx, String id) {
        return list(ctx) + "/" + id;
    }
}
