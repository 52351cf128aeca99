// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.http;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /api/}: one DRF-style root listing every REST resource below it, whichever dialect serves
 * it (Gemini's headers/files/programs, LCO's userrequests/proposals/...), as absolute URLs.
 */
public final class ApiRootRoutes {

    private final Map<String, String> resources;

    /** @param resources resource name → path, e.g. {@code headers → /api/headers/} */
    public ApiRootRoutes(Map<String, String> resources) {
        this.resources = new TreeMap<>(resources);
    }

    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api", this::root);
    }

    private void root(Context ctx) {
        String base = ctx.scheme() + "://" + ctx.host();
        Map<String, String> body = new LinkedHashMap<>();
        resources.forEach((name, path) -> body.put(name, base + path));
        ctx.json(body);
    }
}
