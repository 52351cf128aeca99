// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.trust;

import static org.meridian.testing.DemoHttp.enc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.meridian.app.http.Route;
import org.meridian.app.trust.Entry.Oracle;

/**
 * Every route the server registers, aimed at the demo's secrets (docs/access.md). A route the
 * server adds without a row here fails {@link AuthorizationMatrixIT}; so does a row for a route
 * that is gone. Rows are grouped by dialect in the order of docs/url-map.md.
 */
final class RouteMatrix {

    private static final Set<String> ALL = Set.of("GEMINI", "JWST", "ESO", "LCO");
    private static final String[] GEMINI = {"GEMINI"};
    private static final String GEMINI_SELECTIONS = "jsonsummary jsonfilelist jsonfilenames jsonqastate lsummary"
            + " ssummary summary searchresults searchform calibrations associated_cals associated_obslogs obslogs"
            + " calmgr jsoncalmgr xmlcalmgr";
    /** The Gemini URL features whose answers carry positions or object names. */
    private static final Set<String> GEMINI_LOCATED =
            Set.of("jsonsummary", "lsummary", "ssummary", "summary", "searchresults");

    private final List<Entry> entries = new ArrayList<>();
    private final java.util.function.BiFunction<String, Secret, String> jobs;

    private RouteMatrix(java.util.function.BiFunction<String, Secret, String> jobs) {
        this.jobs = jobs;
    }

    /**
     * The rows, with each secret's member's finished job on each TAP service ({@code jobs}: the
     * service's base path and the secret) for the UWS routes.
     */
    static List<Entry> entries(java.util.function.BiFunction<String, Secret, String> jobs) {
        RouteMatrix m = new RouteMatrix(jobs);
        m.operations();
        m.gemini();
        m.geminiRest();
        m.lcoPortal();
        m.lcoArchive();
        m.mast();
        m.tap("/tap", "RESPONSEFORMAT", OBSCORE_QUERY, "GEMINI", "ESO", "LCO", Secret.USER_TABLE);
        m.tap("/tap-server/tap", "FORMAT", OBSCORE_QUERY, "GEMINI", "ESO", "LCO", Secret.USER_TABLE);
        m.tap("/tap_obs", "RESPONSEFORMAT", OBSCORE_QUERY, "GEMINI", "ESO", "LCO");
        m.tap("/tap_cat", "RESPONSEFORMAT", s -> CATALOGUE_QUERY);
        m.tapPlus();
        m.gaiaDataServer();
        m.eso();
        return List.copyOf(m.entries);
    }

    private void operations() {
        publicDocument("GET /", s -> Call.get("/"));
        publicDocument("GET /health", s -> Call.get("/health"));
        publicDocument("GET /api", s -> Call.get("/api"));
    }

    private void gemini() {
        for (String feature : GEMINI_SELECTIONS.split(" ")) {
            Function<Secret, Call> bare = s -> Call.get("/" + feature);
            if (feature.endsWith("calmgr")) {
                publicDocument("GET /" + feature, bare); // asks for a selection before anything else
            } else {
                open("GET /" + feature, bare);
            }
            Function<Secret, Call> selected = s -> Call.get("/" + feature + "/" + s.program());
            if (GEMINI_LOCATED.contains(feature)) {
                shows("GET /" + feature + "/<selection>", selected, GEMINI);
            } else {
                open("GET /" + feature + "/<selection>", selected);
            }
        }
        for (String feature : List.of("calmgr", "jsoncalmgr", "xmlcalmgr")) {
            // A POST carries a file's descriptors; without them it is refused before anything else.
            publicDocument("POST /" + feature, s -> Call.form("/" + feature));
            publicDocument("POST /" + feature + "/<selection>", s -> Call.form("/" + feature + "/" + s.program()));
        }
        open("GET /download", s -> Call.get("/download"));
        shows("GET /download/<selection>", s -> Call.get("/download/" + s.program()), GEMINI);
        shows("POST /download", s -> Call.form("/download", "files", s.filename()), GEMINI);
        refuses("GET /file/<path>", s -> Call.get("/file/" + s.filename()), GEMINI);
        refuses("HEAD /file/<path>", s -> Call.head("/file/" + s.filename()), GEMINI);
        publicDocument("GET /programinfojson/{progid}", s -> Call.get("/programinfojson/" + enc(s.program())));
        publicDocument("GET /login", s -> Call.get("/login"));
        publicDocument("POST /login", s -> Call.form("/login", "username", "nobody", "password", "wrong"));
        logout("GET /logout", s -> Call.get("/logout"));
    }

    private void geminiRest() {
        for (String resource : List.of("headers", "gmos")) {
            open("GET /api/" + resource, s -> Call.get("/api/" + resource + "?limit=500"));
            shows("GET /api/" + resource + "/{key}", s -> Call.get("/api/" + resource + "/" + s.versionId()), GEMINI);
        }
        open("GET /api/files", s -> Call.get("/api/files?limit=500"));
        open("GET /api/files/{key}", s -> Call.get("/api/files/" + s.versionId()));
        open("GET /api/programs", s -> Call.get("/api/programs?limit=500"));
        open("GET /api/programs/{key}", s -> Call.get("/api/programs/" + enc(s.program())));
    }

    private void lcoPortal() {
        publicDocument(
                "POST /api-token-auth/", s -> Call.form("/api-token-auth/", "username", "nobody", "password", "x"));
        publicDocument(
                "POST /api/api-token-auth/",
                s -> Call.form("/api/api-token-auth/", "username", "nobody", "password", "x"));
        publicDocument(
                "POST /api/api-auth/login/",
                s -> Call.form("/api/api-auth/login/", "username", "nobody", "password", "x"));
        logout("POST /api/api-auth/logout/", s -> Call.form("/api/api-auth/logout/"));
        open("POST /api/airmass/", s -> Call.json("/api/airmass/", "{}"));
        open("GET /api/contention/{instrument}/", s -> Call.get("/api/contention/1M0-SCICAM-SINISTRO/"));
        publicDocument("GET /api/instruments/", s -> Call.get("/api/instruments/"));
        open("GET /api/pressure/", s -> Call.get("/api/pressure/"));
        open("GET /api/profile/", s -> Call.get("/api/profile/"));
        open("GET /api/proposals/", s -> Call.get("/api/proposals/"));
        open("GET /api/proposals/{id}/", s -> Call.get("/api/proposals/" + enc(s.program()) + "/"));
        publicDocument("GET /api/semesters/", s -> Call.get("/api/semesters/"));
        publicDocument("GET /api/semesters/{id}/", s -> Call.get("/api/semesters/2017AB/"));
        publicDocument("GET /api/telescope_availability/", s -> Call.get("/api/telescope_availability/"));
        publicDocument("GET /api/telescope_states/", s -> Call.get("/api/telescope_states/"));
        for (String api : List.of("requestgroups", "userrequests")) {
            open("GET /api/" + api + "/", s -> Call.get("/api/" + api + "/?proposal=" + enc(s.program())));
            open("POST /api/" + api + "/", s -> Call.json("/api/" + api + "/", "{}"));
            for (String action : List.of("cadence", "max_allowable_ipp", "validate")) {
                open("POST /api/" + api + "/" + action + "/", s -> Call.json("/api/" + api + "/" + action + "/", "{}"));
            }
            open("GET /api/" + api + "/{id}/", s -> Call.get("/api/" + api + "/999999999/"));
            open("POST /api/" + api + "/{id}/cancel/", s -> Call.json("/api/" + api + "/999999999/cancel/", "{}"));
        }
        open("PUT /api/userrequests/{id}/cancel/", s -> Call.put("/api/userrequests/999999999/cancel/"));
        open("GET /api/requests/", s -> Call.get("/api/requests/"));
        for (String sub : List.of("", "airmass/", "blocks/", "observations/")) {
            open("GET /api/requests/{id}/" + sub, s -> Call.get("/api/requests/2000010/" + sub));
        }
    }

    private void lcoArchive() {
        shows("GET /frames/", s -> Call.get("/frames/?PROPID=" + enc(s.program())), "LCO");
        shows("GET /frames/{id}/", s -> Call.get("/frames/" + s.observationRowId() + "/"), "LCO");
        shows("GET /frames/{id}/headers/", s -> Call.get("/frames/" + s.observationRowId() + "/headers/"), "LCO");
        showsMembers(
                "GET /frames/{id}/related/", s -> Call.get("/frames/" + s.observationRowId() + "/related/"), "LCO");
        open("GET /frames/aggregate/", s -> Call.get("/frames/aggregate/?PROPID=" + enc(s.program())));
        open("GET /aggregate/", s -> Call.get("/aggregate/?PROPID=" + enc(s.program())));
        shows(
                "POST /frames/zip/",
                s -> Call.json("/frames/zip/", "{\"frame_ids\": [" + s.observationRowId() + "]}"),
                "LCO");
        open("GET /versions/", s -> Call.get("/versions/?frame_id=" + s.observationRowId()));
        // Unsigned: no caller's credentials open a version's bytes; signed links are tested on their own.
        publicDocument("GET /versions/{id}/download/", s -> Call.get("/versions/" + s.versionId() + "/download/"));
        publicDocument("HEAD /versions/{id}/download/", s -> Call.head("/versions/" + s.versionId() + "/download/"));
        showsWith(
                "GET /thumbnails/{frame}/",
                "/thumbnails/cache/",
                s -> Call.get("/thumbnails/" + s.observationRowId() + "/"),
                "LCO");
        publicDocument(
                "GET /thumbnails/cache/{name}", s -> Call.get("/thumbnails/cache/" + s.observationRowId() + ".0.jpg"));
        open("GET /profile/", s -> Call.get("/profile/"));
    }

    private void mast() {
        Function<Secret, String> filtered = s -> "{\"service\":\"Mast.Caom.Filtered\",\"format\":\"json\",\"params\":"
                + "{\"columns\":\"*\",\"filters\":[{\"paramName\":\"proposal_id\",\"values\":[\"" + s.program()
                + "\"]}]}}";
        shows(
                "GET /api/v0/invoke",
                s -> Call.get("/api/v0/invoke?request=" + enc(filtered.apply(s))),
                "GEMINI",
                "ESO",
                "LCO");
        shows(
                "POST /api/v0/invoke",
                s -> Call.form("/api/v0/invoke", "request", filtered.apply(s)),
                "GEMINI",
                "ESO",
                "LCO");
        Function<Secret, String> uri = s -> "mast:" + s.collection() + "/product/" + s.filename();
        refuses("GET /api/v0.1/Download/file", s -> Call.get("/api/v0.1/Download/file?uri=" + enc(uri.apply(s))), ALL);
        refuses(
                "HEAD /api/v0.1/Download/file",
                s -> Call.head("/api/v0.1/Download/file?uri=" + enc(uri.apply(s))),
                ALL);
        open(
                "GET /api/v0.1/Download/bundle.sh",
                s -> Call.get("/api/v0.1/Download/bundle.sh?uri=" + enc(uri.apply(s))));
        open("POST /api/v0.1/Download/bundle.sh", s -> Call.form("/api/v0.1/Download/bundle.sh", "uri", uri.apply(s)));
        publicDocument("GET /whoami", s -> Call.get("/whoami"));
        publicDocument(
                "POST /portal/Mashup/Mashup.asmx/columnsconfig",
                s -> Call.form("/portal/Mashup/Mashup.asmx/columnsconfig", "colConfigId", "Mast.Caom.Cone"));
    }

    /** A secret's programme in ObsCore: what a TAP service over observations shows whom. */
    static final Function<Secret, String> OBSCORE_QUERY = s -> s.userTable()
            ? "SELECT * FROM " + s.obsKey()
            : "SELECT obs_publisher_did, target_name, s_ra, s_dec, access_url FROM ivoa.ObsCore WHERE proposal_id = '"
                    + s.program() + "'";

    /** ESO's catalogue service holds no observations; its jobs read a catalogue. */
    static final String CATALOGUE_QUERY = "SELECT TOP 3 source_id, ra, dec FROM gaiadr3.gaia_source";

    private void tap(String base, String formatParam, Function<Secret, String> adql, String... reaches) {
        Function<Secret, String> jobOf = s -> jobs.apply(base, s);
        shows(
                "GET " + base + "/sync",
                s -> Call.get(
                        base + "/sync?REQUEST=doQuery&LANG=ADQL&" + formatParam + "=csv&QUERY=" + enc(adql.apply(s))),
                reaches);
        shows(
                "POST " + base + "/sync",
                s -> Call.form(
                        base + "/sync",
                        "REQUEST",
                        "doQuery",
                        "LANG",
                        "ADQL",
                        formatParam,
                        "csv",
                        "QUERY",
                        adql.apply(s)),
                reaches);
        open("GET " + base + "/async", s -> Call.get(base + "/async"));
        open("POST " + base + "/async", s -> Call.form(base + "/async", "LANG", "ADQL", "QUERY", "SELECT 1"));
        uwsJobTree(base + "/async/", jobOf);
        for (String resource : List.of("availability", "capabilities", "examples", "tables")) {
            publicDocument("GET " + base + "/" + resource, s -> Call.get(base + "/" + resource));
        }
        if (!base.startsWith("/tap-server")) {
            String table = base.equals("/tap_cat") ? "gaiadr3.gaia_source" : "ivoa.ObsCore";
            publicDocument("GET " + base + "/tables/{name}", s -> Call.get(base + "/tables/" + table));
        }
    }

    /** A UWS job's resource tree (UWS 1.1 section 2.2): its owner's, and nobody else's. */
    private void uwsJobTree(String job, Function<Secret, String> jobOf) {
        owner("GET " + job + "{id}", s -> Call.get(job + jobOf.apply(s)));
        ownerChanges("DELETE " + job + "{id}", s -> Call.delete(job + jobOf.apply(s)));
        ownerChanges("POST " + job + "{id}", s -> Call.form(job + jobOf.apply(s), "ACTION", "DELETE"));
        for (String resource : List.of("destruction", "executionduration", "parameters", "phase")) {
            owner("GET " + job + "{id}/" + resource, s -> Call.get(job + jobOf.apply(s) + "/" + resource));
        }
        ownerChanges(
                "POST " + job + "{id}/destruction",
                s -> Call.form(job + jobOf.apply(s) + "/destruction", "DESTRUCTION", "2001-01-01T00:00:00Z"));
        ownerChanges(
                "POST " + job + "{id}/executionduration",
                s -> Call.form(job + jobOf.apply(s) + "/executionduration", "EXECUTIONDURATION", "1"));
        ownerChanges(
                "POST " + job + "{id}/parameters",
                s -> Call.form(job + jobOf.apply(s) + "/parameters", "QUERY", "SELECT 2"));
        ownerChanges("POST " + job + "{id}/phase", s -> Call.form(job + jobOf.apply(s) + "/phase", "PHASE", "ABORT"));
        owner("GET " + job + "{id}/owner", s -> Call.get(job + jobOf.apply(s) + "/owner"));
        owner("GET " + job + "{id}/quote", s -> Call.get(job + jobOf.apply(s) + "/quote"));
        owner("GET " + job + "{id}/results", s -> Call.get(job + jobOf.apply(s) + "/results"));
        owner("GET " + job + "{id}/results/{name}", s -> Call.get(job + jobOf.apply(s) + "/results/result"));
        notOthers("GET " + job + "{id}/error", s -> Call.get(job + jobOf.apply(s) + "/error"));
    }

    private void tapPlus() {
        String tap = "/tap-server/tap";
        open("POST " + tap + "/tables", s -> Call.form(tap + "/tables", "only_tables", "true"));
        publicDocument(
                "POST /tap-server/login", s -> Call.form("/tap-server/login", "username", "nobody", "password", "x"));
        logout("POST /tap-server/logout", s -> Call.form("/tap-server/logout"));
        open(
                "POST /tap-server/Upload",
                s -> Call.form("/tap-server/Upload", "TABLE_NAME", "matrix_none", "DELETE", "TRUE"));
        open(
                "POST /tap-server/TableTool",
                s -> Call.form(
                        "/tap-server/TableTool",
                        "ACTION",
                        "radec",
                        "TABLE_NAME",
                        "matrix_none",
                        "RA",
                        "ra",
                        "DEC",
                        "dec"));
        open("GET " + tap + "/jobs/{list}", s -> Call.get(tap + "/jobs/async"));
        ownerChanges("POST " + tap + "/deletejobs", s -> Call.form(tap + "/deletejobs", "JOB_IDS", jobs.apply(tap, s)));
        open("GET " + tap + "/event", s -> Call.get(tap + "/event"));
        open("GET " + tap + "/notification", s -> Call.get(tap + "/notification?action=GetNotifications"));
        open("POST " + tap + "/notification", s -> Call.form(tap + "/notification", "action", "GetNotifications"));
        open("GET " + tap + "/share", s -> Call.get(tap + "/share?action=GetGroups"));
        open("POST " + tap + "/share", s -> Call.form(tap + "/share", "action", "GetSharedItems"));
        open(
                "GET " + tap + "/users",
                s -> Call.get(tap + "/users?USER=" + (s.member() == null ? "admin" : s.member())));
    }

    private void gaiaDataServer() {
        String source = "Gaia DR3 30343944744320";
        open(
                "GET /data-server/data",
                s -> Call.get("/data-server/data?RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&ID=" + enc(source)));
        open(
                "POST /data-server/data",
                s -> Call.form("/data-server/data", "RETRIEVAL_TYPE", "EPOCH_PHOTOMETRY", "ID", source));
        open("GET /data-server/datalink/links", s -> Call.get("/data-server/datalink/links?ID=" + enc(source)));
        open("POST /data-server/datalink/links", s -> Call.form("/data-server/datalink/links", "ID", source));
        publicDocument(
                "POST /data-server/login", s -> Call.form("/data-server/login", "username", "nobody", "password", "x"));
        logout("GET /data-server/logout", s -> Call.get("/data-server/logout"));
        logout("POST /data-server/logout", s -> Call.form("/data-server/logout"));
    }

    private void eso() {
        Function<Secret, String> id = s -> enc("ivo://eso.org/ID?" + s.obsKey());
        publicDocument("GET /.well-known/openid-configuration", s -> Call.get("/.well-known/openid-configuration"));
        publicDocument("GET /sso/oidc/jwks", s -> Call.get("/sso/oidc/jwks"));
        publicDocument("GET /sso/oidc/token", s -> Call.get("/sso/oidc/token"));
        publicDocument(
                "POST /sso/oidc/token",
                s -> Call.form("/sso/oidc/token", "grant_type", "password", "username", "nobody", "password", "x"));
        for (String service : List.of("datalink", "soda")) {
            publicDocument("GET /" + service + "/availability", s -> Call.get("/" + service + "/availability"));
            publicDocument("GET /" + service + "/capabilities", s -> Call.get("/" + service + "/capabilities"));
        }
        String link = "/dataportal_new/file/{obs_key}";
        showsWith("GET /datalink/links", link, s -> Call.get("/datalink/links?ID=" + id.apply(s)), "ESO");
        showsWith(
                "POST /datalink/links",
                link,
                s -> Call.form("/datalink/links", "ID", "ivo://eso.org/ID?" + s.obsKey()),
                "ESO");
        open("GET /soda/async", s -> Call.get("/soda/async"));
        open("POST /soda/async", s -> Call.form("/soda/async", "ID", "ivo://eso.org/ID?" + s.obsKey()));
        uwsJobTree("/soda/async/", s -> jobs.apply("/soda", s));
        String calibration = "/dataportal_new/file/";
        showsWith(
                "GET /calselector/associations",
                calibration,
                s -> Call.get("/calselector/associations?mode=Raw2Raw&ID=" + id.apply(s)),
                "ESO");
        showsWith(
                "POST /calselector/associations",
                calibration,
                s -> Call.form(
                        "/calselector/associations", "mode", "Raw2Master", "ID", "ivo://eso.org/ID?" + s.obsKey()),
                "ESO");
        refuses("GET /dataportal_new/file/{dpId}", s -> Call.get("/dataportal_new/file/" + s.obsKey()), "ESO");
        refuses("HEAD /dataportal_new/file/{dpId}", s -> Call.head("/dataportal_new/file/" + s.obsKey()), "ESO");
        refuses(
                "GET /soda/sync",
                s -> Call.get("/soda/sync?ID=" + id.apply(s) + "&CIRCLE=" + enc("266.417 -29.008 0.01")),
                "ESO");
        refuses(
                "POST /soda/sync",
                s -> Call.form("/soda/sync", "ID", "ivo://eso.org/ID?" + s.obsKey(), "CIRCLE", "266.417 -29.008 0.01"),
                "ESO");
        showsMembers(
                "GET /ssa", s -> Call.get("/ssa?REQUEST=queryData&POS=" + enc("266.417,-29.008") + "&SIZE=0.5"), "ESO");
        showsMembers(
                "POST /ssa",
                s -> Call.form("/ssa", "REQUEST", "queryData", "POS", "266.417,-29.008", "SIZE", "0.5"),
                "ESO");
    }

    // ---- row builders ----

    private void open(String route, Function<Secret, Call> call) {
        add(route, Oracle.OPEN, call, Set.of(), null, false);
    }

    /**
     * Public documents (capabilities, semesters), signed links and login or token endpoints: they
     * never read the caller (a login reads the credentials it is given), so a bad credential may be
     * answered as anyone is.
     */
    private void publicDocument(String route, Function<Secret, Call> call) {
        add(route, Oracle.OPEN, call, Set.of(), null, true);
    }

    private void logout(String route, Function<Secret, Call> call) {
        add(route, Oracle.LOGOUT, call, Set.of(), null, true);
    }

    private void showsMembers(String route, Function<Secret, Call> call, String... collections) {
        add(route, Oracle.SHOWS_MEMBERS, call, Set.of(collections), null, false);
    }

    private void shows(String route, Function<Secret, Call> call, String... collections) {
        add(route, Oracle.SHOWS, call, Set.of(collections), null, false);
    }

    private void showsWith(String route, String witness, Function<Secret, Call> call, String... collections) {
        add(route, Oracle.SHOWS, call, Set.of(collections), witness, false);
    }

    private void refuses(String route, Function<Secret, Call> call, String... collections) {
        add(route, Oracle.REFUSES, call, Set.of(collections), null, false);
    }

    private void refuses(String route, Function<Secret, Call> call, Set<String> collections) {
        add(route, Oracle.REFUSES, call, collections, null, false);
    }

    private void owner(String route, Function<Secret, Call> call) {
        add(route, Oracle.OWNER, call, ALL, null, false);
    }

    private void notOthers(String route, Function<Secret, Call> call) {
        add(route, Oracle.NOT_OTHERS, call, ALL, null, false);
    }

    private void ownerChanges(String route, Function<Secret, Call> call) {
        add(route, Oracle.OWNER_ONLY_CHANGES, call, ALL, null, false);
    }

    private void add(
            String route,
            Oracle oracle,
            Function<Secret, Call> call,
            Set<String> reaches,
            String witness,
            boolean readsNoCaller) {
        int space = route.indexOf(' ');
        entries.add(new Entry(
                new Route(route.substring(0, space), route.substring(space + 1)),
                oracle,
                call,
                reaches,
                witness,
                readsNoCaller));
    }
}
