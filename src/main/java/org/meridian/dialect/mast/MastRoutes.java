// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.ArchiveServices;
import org.meridian.dialect.Dialect;
import org.meridian.dialect.DialectInfo;
import org.meridian.web.auth.BadCredentials;
import org.meridian.web.auth.DialectRoutes;

/**
 * MAST as astroquery.mast uses it: the Mashup invoke API, its column configuration, downloads (one
 * file or a curl bundle script) and the session check. Every endpoint is listed here.
 */
@DialectInfo(name = "mast", firstMigration = 50, lastMigration = 59)
public final class MastRoutes implements Dialect {

    private final InvokeHandler invoke;
    private final DownloadHandler download;
    private final BundleHandler bundle;
    private final MastCallers callers;
    private final WhoAmI whoAmI;

    public MastRoutes(ArchiveServices services) {
        this.callers = new MastCallers(services.accounts());
        ProductLocator locator = new ProductLocator(services.db(), services.files());
        this.invoke = new InvokeHandler(services.db(), callers);
        this.download = new DownloadHandler(locator, callers);
        this.bundle = new BundleHandler(locator, callers, services.clock());
        this.whoAmI = new WhoAmI(services.db());
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi javalin) {
        // A NUL character is refused in MAST's error form before any handler runs.
        JavalinDefaultRoutingApi routes =
                DialectRoutes.of(javalin, (ctx, status, message) -> error(new MastException(status, message), ctx));
        routes.post("/api/v0/invoke", invoke::handle);
        routes.get("/api/v0/invoke", invoke::handle);
        routes.post("/portal/Mashup/Mashup.asmx/columnsconfig", MastRoutes::columnsConfig);
        routes.get("/api/v0.1/Download/file", download::handle);
        routes.head("/api/v0.1/Download/file", download::handle);
        routes.post("/api/v0.1/Download/bundle.sh", bundle::handle);
        routes.get("/api/v0.1/Download/bundle.sh", bundle::handle);
        routes.get("/whoami", this::whoAmI);
        routes.exception(MastException.class, MastRoutes::error);
    }

    private static void columnsConfig(Context ctx) {
        String id = ctx.queryParam("colConfigId");
        if (id == null) {
            String contentType = ctx.contentType();
            id = contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
                    ? ctx.formParam("colConfigId")
                    : null;
        }
        ctx.json(ColumnsConfig.of(id));
    }

    /**
     * The session info astroquery's login reads. A token that names no account answers 401 with
     * the anonymous session's body: astroquery reads {@code anon} from it and warns that the token
     * is invalid, and the stale cookie is cleared.
     */
    private void whoAmI(Context ctx) throws SQLException {
        try {
            ctx.json(whoAmI.of(callers.of(ctx)));
        } catch (BadCredentials e) {
            e.clearCookies(ctx);
            ctx.status(401).json(whoAmI.of(Caller.ANONYMOUS));
        }
    }

    private static void error(MastException e, Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ERROR");
        body.put("msg", e.getMessage());
        ctx.status(e.getStatus());
        if (ctx.method().name().equals("HEAD")) {
            return;
        }
        ctx.json(body);
    }
}
