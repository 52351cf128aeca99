// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.meridian.core.auth.Accounts;
import org.meridian.dialect.ArchiveServices;
import org.meridian.dialect.Dialect;
import org.meridian.dialect.DialectInfo;
import org.meridian.dialect.eso.calselector.CalSelector;
import org.meridian.dialect.eso.datalink.CalibrationLinks;
import org.meridian.dialect.eso.datalink.DatalinkHandler;
import org.meridian.dialect.eso.datalink.DatasetLinks;
import org.meridian.dialect.eso.datalink.Datasets;
import org.meridian.dialect.eso.datalink.SodaDescriptor;
import org.meridian.dialect.eso.oauth.OidcRoutes;
import org.meridian.dialect.eso.soda.Cutouts;
import org.meridian.dialect.eso.soda.SodaAsync;
import org.meridian.dialect.eso.soda.SodaHandler;
import org.meridian.dialect.eso.ssa.SsaHandler;
import org.meridian.store.Database;
import org.meridian.vo.dali.DaliErrors;
import org.meridian.vo.vosi.Capability;
import org.meridian.vo.vosi.VosiEndpoints;
import org.meridian.web.auth.CallerResolver;
import org.meridian.web.auth.DialectRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ESO's programmatic access beside TAP (docs/urls.md, "ESO"): DataLink at {@code /datalink} with the
 * calibration selection of raw frames at {@code /calselector/associations}, SODA
 * cutouts at {@code /soda} (sync, and async on the shared UWS layer with its own job worker), each with its VOSI capabilities and availability, the 1-D spectra
 * at {@code /ssa} (SSAP 1.1 queryData), the dataset download DataLink and SSAP point to, and the OAuth2/OpenID Connect token service whose signed tokens every dialect
 * accepts as {@code Bearer}. Every
 * endpoint refuses NUL characters and bad credentials with a DALI error (the dialect's door).
 */
// Migrations: ESO's own range; it has no tables of its own yet (the ObsCore DataLink URLs are TAP's V15).
@DialectInfo(name = "eso", firstMigration = 60, lastMigration = 69)
public final class EsoDialect implements Dialect {

    private static final Logger LOG = LoggerFactory.getLogger(EsoDialect.class);

    private final Database db;
    private final Datasets datasets;
    private final CallerResolver callers;
    private final Accounts accounts;
    private final Cutouts cutouts;
    private final SodaAsync sodaAsync;

    public EsoDialect(ArchiveServices services) {
        this.db = services.db();
        this.datasets = new Datasets(db, services.files());
        this.callers = new CallerResolver(services.accounts());
        this.accounts = services.accounts();
        this.cutouts = new Cutouts(datasets);
        this.sodaAsync = SodaAsync.start(db, services.store(), accounts, cutouts);
    }

    @Override
    public void close() {
        sodaAsync.close();
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi javalin) {
        // The token service answers bad credentials in OAuth2's form, so it is not behind the door.
        accounts.jwt().ifPresent(jwt -> new OidcRoutes(accounts, jwt).addTo(javalin));
        JavalinDefaultRoutingApi routes = DialectRoutes.of(javalin, DaliErrors::votable);
        CalSelector calSelector = new CalSelector(db);
        DatalinkHandler datalink = new DatalinkHandler(new DatasetLinks(datasets, calSelector), callers);
        getAndPost(routes, "/datalink/links", datalink::handle);
        DatalinkHandler calibrations = new DatalinkHandler(new CalibrationLinks(datasets, calSelector), callers);
        getAndPost(routes, "/calselector/associations", calibrations::handle);
        vosi(
                routes,
                "/datalink",
                "accepting DataLink requests",
                Capability.at("ivo://ivoa.net/std/DataLink#links-1.1", "/links"));
        SodaHandler soda = new SodaHandler(cutouts, callers);
        getAndPost(routes, "/soda/sync", soda::handle);
        sodaAsync.addTo(routes);
        vosi(
                routes,
                "/soda",
                "accepting cutout requests",
                Capability.at(SodaDescriptor.SYNC, "/sync"),
                Capability.at(SodaDescriptor.ASYNC, "/async"));
        SsaHandler ssa = new SsaHandler(db, callers);
        getAndPost(routes, "/ssa", ssa::handle);
        DatasetDownload download = new DatasetDownload(datasets, callers);
        routes.get("/dataportal_new/file/{dpId}", guarded(download::handle));
        routes.head("/dataportal_new/file/{dpId}", guarded(download::handle));
    }

    /** DALI services take their parameters by GET and by POST alike. */
    private static void getAndPost(JavalinDefaultRoutingApi routes, String path, DatabaseHandler handler) {
        routes.get(path, guarded(handler));
        routes.post(path, guarded(handler));
    }

    /** A service's VOSI capabilities and availability under {@code service}, with its own capabilities. */
    private void vosi(JavalinDefaultRoutingApi routes, String service, String accepting, Capability... own) {
        List<Capability> caps = new ArrayList<>(Capability.vosi(false));
        caps.addAll(List.of(own));
        VosiEndpoints endpoints = new VosiEndpoints(db, caps, accepting);
        routes.get(service + "/capabilities", endpoints::capabilities);
        routes.get(service + "/availability", endpoints::availability);
    }

    /** A handler whose database failure is a DALI error with 503, not an HTML 500. */
    @FunctionalInterface
    interface DatabaseHandler {
        void handle(Context ctx) throws Exception;
    }

    static Handler guarded(DatabaseHandler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (SQLException e) {
                LOG.warn("ESO request failed on the database: {}", e.getMessage());
                DaliErrors.votable(ctx, 503, "ServiceUnavailable: the archive database did not answer; retry");
            }
        };
    }
}
