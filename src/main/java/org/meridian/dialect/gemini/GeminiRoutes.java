// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini;

import io.javalin.http.Handler;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Clock;
import java.util.Map;
import org.meridian.core.archive.ArchiveFiles;
import org.meridian.dialect.ArchiveServices;
import org.meridian.dialect.Dialect;
import org.meridian.dialect.DialectInfo;
import org.meridian.dialect.gemini.cal.Associations;
import org.meridian.dialect.gemini.query.FileLookup;
import org.meridian.dialect.gemini.query.HeaderQuery;
import org.meridian.dialect.gemini.query.ObslogQuery;
import org.meridian.dialect.gemini.query.ServedCollections;
import org.meridian.dialect.gemini.rest.GeminiRestRoutes;
import org.meridian.dialect.gemini.selection.Feature;
import org.meridian.dialect.gemini.selection.SelectionException;
import org.meridian.dialect.gemini.web.CalibrationPages;
import org.meridian.dialect.gemini.web.CallerLookup;
import org.meridian.dialect.gemini.web.Downloads;
import org.meridian.dialect.gemini.web.FileServer;
import org.meridian.dialect.gemini.web.JsonListings;
import org.meridian.dialect.gemini.web.ObslogPages;
import org.meridian.dialect.gemini.web.ProgramInfo;
import org.meridian.dialect.gemini.web.Sessions;
import org.meridian.dialect.gemini.web.SummaryPages;
import org.meridian.store.Database;
import org.meridian.web.auth.DialectRoutes;

/**
 * Every endpoint of the Gemini Observatory Archive (FitsStorage) dialect, on one screen
 * (docs/gemini-archive.md). {@code /} redirecting to {@code /searchform} belongs to the operations
 * routes. Malformed selections answer 400 in plain text, as the archive does.
 */
@DialectInfo(name = "gemini", firstMigration = 20, lastMigration = 29)
public final class GeminiRoutes implements Dialect {

    private final JsonListings json;
    private final Sessions sessions;
    private final FileServer fileServer;
    private final Downloads downloads;
    private final SummaryPages summaries;
    private final CalibrationPages calibrations;
    private final ProgramInfo programs;
    private final ObslogPages obslogs;
    private final GeminiRestRoutes rest;

    public GeminiRoutes(ArchiveServices services) {
        Database db = services.db();
        Clock clock = services.clock();
        ArchiveFiles files = services.files();
        CallerLookup callers =
                new CallerLookup(services.accounts(), services.settings().geminiMagicCookie());
        ServedCollections served = new ServedCollections(services.settings().geminiCollections());
        HeaderQuery query = new HeaderQuery(db, clock, served);
        Associations associations = new Associations(db, query);
        this.json = new JsonListings(query, callers, clock);
        this.sessions = new Sessions(services.accounts(), callers);
        this.obslogs = new ObslogPages(new ObslogQuery(db), associations, services.store(), callers, clock);
        this.fileServer = new FileServer(new FileLookup(db, served), files, callers, obslogs);
        this.downloads = new Downloads(query, files, callers, associations, clock);
        this.summaries = new SummaryPages(query, callers, associations, clock);
        this.calibrations = new CalibrationPages(associations, callers, clock);
        this.programs = new ProgramInfo(db);
        this.rest = new GeminiRestRoutes(db, callers, served);
    }

    @Override
    public void addTo(JavalinDefaultRoutingApi javalin) {
        // A NUL character is refused in plain text, as malformed selections are, before any handler runs.
        JavalinDefaultRoutingApi routes = DialectRoutes.of(
                javalin, (ctx, status, message) -> ctx.contentType("text/plain").result(message + "\n"));
        selection(routes, "jsonfilelist", json.listing("jsonfilelist", Feature.JSONFILELIST));
        selection(routes, "jsonfilenames", json.listing("jsonfilenames", Feature.JSONFILENAMES));
        selection(routes, "jsonsummary", json.listing("jsonsummary", Feature.JSONSUMMARY));
        selection(routes, "jsonqastate", json.listing("jsonqastate", Feature.JSONQASTATE));
        selection(routes, "searchform", summaries::searchform);
        selection(routes, "summary", summaries::summary);
        selection(routes, "ssummary", summaries::ssummary);
        selection(routes, "lsummary", summaries::lsummary);
        selection(routes, "searchresults", summaries::summary);
        selection(routes, "associated_cals", summaries::associatedCals);
        selection(routes, "calibrations", calibrations::page);
        selection(routes, "jsoncalmgr", calibrations.manager("jsoncalmgr"));
        selection(routes, "xmlcalmgr", calibrations.manager("xmlcalmgr"));
        selection(routes, "calmgr", calibrations.manager("calmgr"));
        postSelection(routes, "jsoncalmgr", calibrations.postManager("jsoncalmgr"));
        postSelection(routes, "xmlcalmgr", calibrations.postManager("xmlcalmgr"));
        postSelection(routes, "calmgr", calibrations.postManager("calmgr"));
        selection(routes, "obslogs", obslogs::obslogs);
        selection(routes, "associated_obslogs", obslogs::associated);
        selection(routes, "download", downloads::get);
        routes.post("/download", downloads::post);
        routes.get("/file/<path>", fileServer::serve);
        routes.head("/file/<path>", fileServer::serve);
        routes.get("/programinfojson/{progid}", programs::json);
        routes.get("/login", sessions::loginPage);
        routes.post("/login", sessions::login);
        routes.get("/logout", sessions::logout);
        rest.addTo(javalin); // refuses NUL characters in its own (DRF) form
        routes.exception(
                SelectionException.class,
                (e, ctx) -> ctx.status(400).contentType("text/plain").result(e.getMessage() + "\n"));
    }

    @Override
    public Map<String, String> apiResources() {
        return GeminiRestRoutes.resources();
    }

    private static void postSelection(JavalinDefaultRoutingApi routes, String feature, Handler handler) {
        routes.post("/" + feature, handler);
        routes.post("/" + feature + "/<selection>", handler);
    }

    private static void selection(JavalinDefaultRoutingApi routes, String feature, Handler handler) {
        routes.get("/" + feature, handler);
        routes.get("/" + feature + "/<selection>", handler);
    }
}
