// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.sql.SQLException;
import java.util.Map;
import org.meridian.dialect.ArchiveServices;
import org.meridian.dialect.Dialect;
import org.meridian.dialect.DialectInfo;
import org.meridian.dialect.lco.archive.thumbnails.ThumbnailHandler;
import org.meridian.web.auth.DialectRoutes;

/** Every endpoint of the LCO science archive and thumbnail service (docs/lco-archive.md) on one screen. */
@DialectInfo(name = "lco-archive", firstMigration = 40, lastMigration = 49)
public final class LcoArchiveRoutes implements Dialect {

    private final FramesHandler frames;
    private final AggregateHandler aggregate;
    private final AccountHandlers accounts;
    private final Downloads downloads;
    private final ZipHandler zip;
    private final ThumbnailHandler thumbnails;

    public LcoArchiveRoutes(ArchiveServices services) {
        Callers callers = new Callers(services.accounts());
        UrlSigner signer;
        try {
            signer = UrlSigner.forArchive(services.db(), services.clock());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read or create the LCO signing key", e);
        }
        FrameStore frameStore = new FrameStore(services.db());
        this.downloads = new Downloads(services.files(), signer, callers);
        this.frames = new FramesHandler(frameStore, callers, downloads);
        this.aggregate = new AggregateHandler(services.db(), callers, services.clock());
        this.accounts = new AccountHandlers(callers);
        this.zip = new ZipHandler(frameStore, services.files(), callers, services.clock());
        this.thumbnails = new ThumbnailHandler(frameStore, services.files(), services.store(), signer, callers);
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi javalin) {
        // A NUL character is refused as DRF refuses a malformed request, before any handler runs.
        JavalinDefaultRoutingApi routes =
                DialectRoutes.of(javalin, (ctx, status, message) -> ctx.json(Map.of("detail", message)));
        routes.get("/frames/", frames::list);
        routes.get("/frames/aggregate/", aggregate::aggregate);
        routes.get("/aggregate/", aggregate::aggregate); // the seed's documented path
        routes.post("/frames/zip/", zip::zip);
        routes.get("/frames/{id}/", frames::detail);
        routes.get("/frames/{id}/related/", frames::related);
        routes.get("/frames/{id}/headers/", frames::headers);
        routes.get("/versions/", downloads::versions);
        routes.get("/versions/{id}/download/", downloads::download);
        routes.head("/versions/{id}/download/", downloads::download);
        routes.post("/api-token-auth/", accounts::tokenAuth);
        routes.get("/profile/", accounts::profile);
        routes.get("/thumbnails/cache/{name}", thumbnails::cached);
        routes.get("/thumbnails/{frame}/", thumbnails::thumbnail);
        routes.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(e.body()));
    }
}
