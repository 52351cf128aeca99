// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.core.observing.TelescopeNetwork;
import org.meridian.dialect.ArchiveServices;
import org.meridian.dialect.Dialect;
import org.meridian.dialect.DialectInfo;
import org.meridian.web.auth.DialectRoutes;

/**
 * The LCO observation portal (valhalla's {@code /api/...} plus the newer {@code requestgroups/}
 * the TOM Toolkit calls). Every endpoint of the dialect is listed here; handlers do the work.
 */
@DialectInfo(name = "lco-portal", firstMigration = 30, lastMigration = 39)
public final class LcoPortalRoutes implements Dialect {
    private final PortalContext portal;

    /** @param network the telescopes requests are scheduled on */
    public LcoPortalRoutes(ArchiveServices services, TelescopeNetwork network) {
        this.portal = new PortalContext(services.db(), network, new PortalAuth(services.accounts()), services.clock());
    }

    public LcoPortalRoutes(ArchiveServices services) {
        this(services, TelescopeNetwork.builtIn());
    }

    @Override
    public Map<String, String> apiResources() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String name : List.of(
                "userrequests",
                "requests",
                "requestgroups",
                "proposals",
                "semesters",
                "instruments",
                "telescope_states",
                "telescope_availability",
                "pressure",
                "profile")) {
            m.put(name, "/api/" + name + "/");
        }
        return m;
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi javalin) {
        // A NUL character is refused as DRF refuses a malformed request, before any handler runs.
        JavalinDefaultRoutingApi routes =
                DialectRoutes.of(javalin, (ctx, status, message) -> answer(ctx, PortalError.detail(status, message)));
        PortalAuth auth = portal.auth();
        GroupHandlers userRequests = new GroupHandlers(portal, GroupApi.VALHALLA);
        GroupHandlers groups = new GroupHandlers(portal, GroupApi.PORTAL);
        RequestHandlers requests = new RequestHandlers(portal);
        ProposalHandlers proposals = new ProposalHandlers(portal);
        TelescopeStateHandlers states = new TelescopeStateHandlers(portal);
        ContentionHandlers contention = new ContentionHandlers(portal);

        routes.post("/api/api-token-auth/", auth::tokenAuth);
        routes.post("/api/api-auth/login/", auth::sessionLogin);
        routes.post("/api/api-auth/logout/", auth::sessionLogout);
        routes.get("/api/profile/", proposals::profile);

        requestGroups(routes, "/api/userrequests/", userRequests);
        routes.put("/api/userrequests/{id}/cancel/", userRequests::cancel);

        routes.get("/api/requests/", requests::list);
        routes.get("/api/requests/{id}/", requests::get);
        routes.get("/api/requests/{id}/airmass/", requests::airmass);
        routes.get("/api/requests/{id}/blocks/", requests::blocks);
        routes.get("/api/requests/{id}/observations/", requests::blocks);
        routes.post("/api/airmass/", requests::airmassOfBody);

        requestGroups(routes, "/api/requestgroups/", groups);

        routes.get("/api/proposals/", proposals::proposals);
        routes.get("/api/proposals/{id}/", proposals::proposal);
        routes.get("/api/semesters/", proposals::semesters);
        routes.get("/api/semesters/{id}/", proposals::semester);
        routes.get("/api/instruments/", proposals::instruments);

        routes.get("/api/telescope_states/", states::states);
        routes.get("/api/telescope_availability/", states::availability);
        routes.get("/api/pressure/", contention::pressure);
        routes.get("/api/contention/{instrument}/", contention::contention);

        routes.exception(PortalError.class, (e, ctx) -> answer(ctx, e));
    }

    /** The same request-group endpoints under valhalla's and the current portal's names. */
    private void requestGroups(JavalinDefaultRoutingApi routes, String list, GroupHandlers handlers) {
        routes.get(list, handlers::list);
        routes.post(list, handlers::create);
        routes.post(list + "validate/", handlers::validate);
        routes.post(list + "max_allowable_ipp/", handlers::maxAllowableIpp);
        routes.post(list + "cadence/", new CadenceHandler(portal, handlers)::expand);
        routes.get(list + "{id}/", handlers::get);
        routes.post(list + "{id}/cancel/", handlers::cancel);
    }

    private static void answer(Context ctx, PortalError e) {
        ctx.status(e.status()).contentType("application/json").result(JsonBodies.write(e.body()));
        if (e.status() == 401) {
            ctx.header("WWW-Authenticate", "Token");
        }
    }
}
