// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import org.meridian.core.archive.ArchiveFiles;
import org.meridian.dialect.ArchiveServices;
import org.meridian.dialect.Dialect;
import org.meridian.dialect.DialectInfo;
import org.meridian.dialect.lco.archive.thumbnails.ThumbnailHandler;
import org.meridian.store.Database;
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
        Database db = services.db();
        Clock clock = services.clock();
        ArchiveFiles files = services.files();
        Callers callers = new Callers(services.accounts());
        UrlSigner signer;
        try {
            signer = UrlSigner.forArchive(db, clock);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read or create the LCO signing key", e);
        }
        FrameStore frameStore = new FrameStore(db);
        this.downloads = new Downloads(files, signer, callers);
        this.frames = new FramesHandler(frameStore, callers, downloads);
        this.aggregate = new AggregateHandler(db, callers, clock);
        this.accounts = new AccountHandlers(callers);
        this.zip = new ZipHandler(frameStore, files, callers, clock);
        this.thumbnails = new ThumbnailHandler(frameStore, files, services.store(), signer, callers);
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
