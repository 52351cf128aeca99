// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.core.auth.Accounts;
import org.meridian.testing.DemoHttp;
import org.meridian.testing.DemoServer;
import org.meridian.testing.TestDatabases;

/**
 * One login works in every dialect, and a credential that names no account is a 401 in every
 * dialect's own error form (docs/architecture.md, "Callers"): each credential kind is sent to a probe
 * of each dialect that only staff pass.
 */
class CredentialsIT {

    private static final DemoHttp HTTP = new DemoHttp();
    private static String token;
    private static String session;
    private static String geminiProprietaryFile;
    private static String adminJob;
    private static String privateEsoDataset;
    private static String jwt;

    /** A dialect's probe: a request that answers differently to staff, and how to tell. */
    private record Probe(String dialect, String path, Predicate<HttpResponse<String>> staff, String errorType) {}

    private static List<Probe> probes() {
        return List.of(
                new Probe("Gemini", "/file/" + geminiProprietaryFile, r -> r.statusCode() == 200, "text/plain"),
                new Probe(
                        "TAP",
                        "/tap/sync?REQUEST=doQuery&LANG=ADQL&RESPONSEFORMAT=csv&QUERY="
                                + DemoHttp.enc(
                                        "SELECT COUNT(*) FROM ivoa.ObsCore WHERE proposal_id = 'LCOEngineering'"),
                        r -> r.statusCode() == 200 && !r.body().endsWith("\n0\n"),
                        "application/x-votable+xml"),
                new Probe(
                        "TAP obs (ESO)",
                        "/tap_obs/sync?REQUEST=doQuery&LANG=ADQL&RESPONSEFORMAT=csv&QUERY="
                                + DemoHttp.enc(
                                        "SELECT COUNT(*) FROM ivoa.ObsCore WHERE proposal_id = 'LCOEngineering'"),
                        r -> r.statusCode() == 200 && !r.body().endsWith("\n0\n"),
                        "application/x-votable+xml"),
                new Probe(
                        "TAP+",
                        "/tap-server/tap/sync?REQUEST=doQuery&LANG=ADQL&FORMAT=csv&QUERY="
                                + DemoHttp.enc(
                                        "SELECT COUNT(*) FROM ivoa.ObsCore WHERE proposal_id = 'LCOEngineering'"),
                        r -> r.statusCode() == 200 && !r.body().endsWith("\n0\n"),
                        "application/x-votable+xml"),
                new Probe(
                        "LCO archive",
                        "/frames/?PROPID=LCOEngineering",
                        r -> r.statusCode() == 200 && !r.body().contains("\"count\":0"),
                        "application/json"),
                new Probe(
                        "LCO portal",
                        "/api/profile/",
                        r -> r.statusCode() == 200 && r.body().contains("\"admin\""),
                        "application/json"),
                new Probe(
                        "MAST",
                        "/api/v0/invoke?request="
                                + DemoHttp.enc(
                                        "{\"service\":\"Mast.Caom.Filtered\",\"params\":{\"columns\":\"COUNT_BIG(*)\","
                                                + "\"filters\":[{\"paramName\":\"proposal_id\",\"values\":[\"LCOEngineering\"]}]}}"),
                        r -> r.statusCode() == 200 && !r.body().contains("\"Column1\":0"),
                        "application/json"),
                // The Gaia data server reads job: IDs from the caller's own TAP jobs only.
                new Probe(
                        "Gaia data server",
                        "/data-server/data?RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&ID=job:" + adminJob + ".source_id",
                        r -> r.statusCode() == 200,
                        "application/x-votable+xml"),
                new Probe(
                        "ESO DataLink",
                        "/datalink/links?ID=" + DemoHttp.enc("ivo://eso.org/ID?" + privateEsoDataset),
                        r -> r.statusCode() == 200 && r.body().contains("/dataportal_new/file/"),
                        "application/x-votable+xml"),
                // The private programme's own raw calibrations: listed to staff, absent for anyone else.
                new Probe(
                        "ESO calibration selection",
                        "/calselector/associations?mode=Raw2Raw&ID="
                                + DemoHttp.enc("ivo://eso.org/ID?" + privateEsoDataset),
                        r -> r.statusCode() == 200 && r.body().contains("/dataportal_new/file/"),
                        "application/x-votable+xml"));
    }

    @BeforeAll
    static void staffCredentials() throws Exception {
        Accounts accounts = DemoServer.archive().accounts();
        long admin = accounts.login("admin", "admin-demo").orElseThrow().accountId();
        token = accounts.tokenOf(admin);
        session = accounts.openSession(admin);
        // the Gemini URLs serve Gemini's files only
        geminiProprietaryFile = TestDatabases.text(
                DemoServer.archive().db(),
                "select v.filename from observation o join file f"
                        + " on f.observation_id = o.id join file_version v on v.file_id = f.id and v.canonical"
                        + " where o.collection = 'GEMINI' and o.release > now() order by v.id limit 1");
        privateEsoDataset = TestDatabases.text(
                DemoServer.archive().db(),
                "select o.obs_key from observation o"
                        + " where o.program_id = '0116.C-0702(A)' and o.reduction_level = 0 and o.release > now()"
                        + " order by 1 limit 1");
        // ESO's OAuth2 password grant: a signed token every dialect takes as Bearer.
        HttpResponse<String> issued =
                HTTP.post("/sso/oidc/token", "grant_type=password&username=admin&password=admin-demo");
        jwt = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(issued.body())
                .get("access_token")
                .asText();
        adminJob = finishedJob("SELECT source_id FROM gaiadr3.gaia_source WHERE source_id = 30343944744320");
    }

    /** A TAP async job of admin's, run to completion. */
    private static String finishedJob(String adql) throws Exception {
        return HTTP.finishedJob("/tap", "Token " + token, adql);
    }

    @Test
    void everyCredentialKindWorksInEveryDialect() throws Exception {
        String basic = Base64.getEncoder().encodeToString("admin:admin-demo".getBytes());
        List<String[]> credentials = List.of(
                new String[] {"Authorization", "Token " + token},
                new String[] {"Authorization", "Bearer " + token},
                new String[] {"Authorization", "Bearer " + jwt},
                new String[] {"Authorization", "Basic " + basic},
                new String[] {"Cookie", "JSESSIONID=" + session},
                new String[] {"Cookie", "sessionid=" + session},
                new String[] {"Cookie", "gemini_archive_session=" + session},
                new String[] {"Cookie", "mast_token=" + token});
        for (Probe p : probes()) {
            assertThat(p.staff().test(send(p.path(), null, null)))
                    .as("%s answers anonymous callers as such", p.dialect())
                    .isFalse();
            for (String[] credential : credentials) {
                HttpResponse<String> r = send(p.path(), credential[0], credential[1]);
                assertThat(p.staff().test(r))
                        .as("%s with %s: %s %s", p.dialect(), credential[1], r.statusCode(), r.body())
                        .isTrue();
            }
        }
    }

    /** ESO's SODA async jobs are created by POST: the private programme's frame for staff, 401 for a bad credential. */
    @Test
    void sodaAsyncJobsTakeEveryCredentialKind() throws Exception {
        String form =
                "ID=" + DemoHttp.enc("ivo://eso.org/ID?" + privateEsoDataset) + "&CIRCLE=266.41683+-29.00781+0.001";
        String basic = Base64.getEncoder().encodeToString("admin:admin-demo".getBytes());
        assertThat(postForm("/soda/async", form, null, null).statusCode()).isEqualTo(400);
        for (String[] credential : List.of(
                new String[] {"Authorization", "Bearer " + jwt},
                new String[] {"Authorization", "Basic " + basic},
                new String[] {"Cookie", "JSESSIONID=" + session})) {
            assertThat(postForm("/soda/async", form, credential[0], credential[1])
                            .statusCode())
                    .as(credential[1])
                    .isEqualTo(303);
        }
        HttpResponse<String> wrong = postForm("/soda/async", form, "Authorization", "Token not-a-token");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-votable+xml");
    }

    private static HttpResponse<String> postForm(String path, String form, String header, String value)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(DemoHttp.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (header != null) {
            b.header(header, value);
        }
        return HTTP.send(b.build());
    }

    @Test
    void aWrongOrStaleCredentialIsA401InTheDialectsOwnForm() throws Exception {
        List<String[]> wrong = List.of(
                new String[] {"Authorization", "Token not-a-token"},
                new String[] {"Authorization", "Bearer " + jwt.substring(0, jwt.length() - 4) + "AAAA"},
                new String[] {"Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes())},
                new String[] {"Cookie", "JSESSIONID=expired"},
                new String[] {"Cookie", "sessionid=expired"},
                new String[] {"Cookie", "gemini_archive_session=expired"},
                new String[] {"Cookie", "mast_token=revoked"});
        for (Probe p : probes()) {
            for (String[] credential : wrong) {
                HttpResponse<String> r = send(p.path(), credential[0], credential[1]);
                String what = p.dialect() + " with " + credential[1];
                assertThat(r.statusCode()).as(what).isEqualTo(401);
                assertThat(r.headers().firstValue("Content-Type").orElse(""))
                        .as(what)
                        .startsWith(p.errorType());
                assertThat(r.body()).as(what).doesNotContainIgnoringCase("exception");
                if (credential[0].equals("Cookie")) {
                    String name = credential[1].substring(0, credential[1].indexOf('='));
                    assertThat(r.headers().allValues("Set-Cookie"))
                            .as("%s clears the stale cookie", what)
                            .anyMatch(c -> c.startsWith(name + "=;")
                                    && (c.contains("Max-Age=0") || c.contains("Expires=Thu, 01 Jan 1970")));
                }
            }
        }
    }

    /**
     * ESO's catalogue service has nothing private to probe; a wrong credential is still a 401 there, a
     * DALI error VOTable from sync and plain text from the UWS job lists, as at /tap.
     */
    @Test
    void theCatalogueTapServiceRefusesAWrongCredentialInItsForm() throws Exception {
        for (String path : List.of(
                "/tap_cat/sync?LANG=ADQL&QUERY=" + DemoHttp.enc("SELECT TOP 1 * FROM TAP_SCHEMA.tables"),
                "/tap_cat/async",
                "/tap_obs/async")) {
            HttpResponse<String> r = send(path, "Authorization", "Token not-a-token");
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                    .as(path)
                    .startsWith(path.endsWith("/async") ? "text/plain" : "application/x-votable+xml");
            HttpResponse<String> bearer = send(path, "Authorization", "Bearer " + jwt);
            assertThat(bearer.statusCode()).as(path).isEqualTo(200);
        }
    }

    /**
     * Every Gaia TAP+ route that reads the caller refuses a stale JSESSIONID (as TapPlus keeps sending
     * after logout) with a 401 error VOTable and clears it; login ignores it and logout always ends well.
     */
    @Test
    void everyTapPlusRouteRefusesAStaleSessionAsAVotable() throws Exception {
        String stale = "JSESSIONID=expired";
        List<HttpRequest> requests = List.of(
                HttpRequest.newBuilder(DemoHttp.uri("/tap-server/tap/tables")).build(),
                post("/tap-server/tap/tables", "only_tables=true"),
                HttpRequest.newBuilder(DemoHttp.uri("/tap-server/tap/sync?LANG=ADQL&QUERY=SELECT+1"))
                        .build(),
                post("/tap-server/tap/async", "LANG=ADQL&QUERY=SELECT+1"),
                post("/tap-server/Upload", "TABLE_NAME=t&DELETE=TRUE"),
                post("/tap-server/TableTool", "ACTION=radec&TABLE_NAME=t&RA=a&DEC=b"),
                HttpRequest.newBuilder(DemoHttp.uri("/tap-server/tap/jobs/async"))
                        .build(),
                post("/tap-server/tap/deletejobs", "JOB_IDS=x"),
                HttpRequest.newBuilder(DemoHttp.uri("/tap-server/tap/share?action=GetGroups"))
                        .build(),
                post("/tap-server/tap/share", "action=CreateOrUpdateGroup&title=t"),
                HttpRequest.newBuilder(DemoHttp.uri("/tap-server/tap/users?USER=admin"))
                        .build(),
                HttpRequest.newBuilder(DemoHttp.uri("/tap-server/tap/event")).build(),
                HttpRequest.newBuilder(DemoHttp.uri("/tap-server/tap/notification?action=GetNotifications"))
                        .build());
        for (HttpRequest request : requests) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(request, (n, v) -> true)
                    .header("Cookie", stale)
                    .build());
            String what = request.method() + " " + request.uri().getPath();
            assertThat(r.statusCode()).as(what).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                    .as(what)
                    .startsWith("application/x-votable+xml");
            assertThat(r.headers().allValues("Set-Cookie")).as(what).anyMatch(c -> c.startsWith("JSESSIONID=;"));
        }
        HttpResponse<String> login = HTTP.send(
                HttpRequest.newBuilder(post("/tap-server/login", "username=admin&password=admin-demo"), (n, v) -> true)
                        .header("Cookie", stale)
                        .build());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("JSESSIONID=");
        String fresh = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(send("/tap-server/tap/jobs/async", "Cookie", fresh).statusCode())
                .isEqualTo(200);
        HttpResponse<String> logout = HTTP.send(HttpRequest.newBuilder(post("/tap-server/logout", ""), (n, v) -> true)
                .header("Cookie", fresh)
                .build());
        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(send("/tap-server/tap/jobs/async", "Cookie", fresh).statusCode())
                .isEqualTo(401);
    }

    private static HttpRequest post(String path, String form) {
        return HttpRequest.newBuilder(DemoHttp.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    @Test
    void astroqueryLoginWithABadTokenReadsAnAnonymousSession() throws Exception {
        HttpResponse<String> r = send("/whoami", "Cookie", "mast_token=revoked");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("\"anon\":true");
    }

    @Test
    void theLcoSeedsLoginByEmailGetsAToken() throws Exception {
        // requests.post('.../api/api-token-auth/', data={'username': 'bilbo@lco.global', 'password': 'myprecious'})
        HttpResponse<String> r = HTTP.post("/api/api-token-auth/", "username=bilbo%40lco.global&password=myprecious");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String bilbo = DemoServer.archive()
                .accounts()
                .tokenOf(DemoServer.archive()
                        .accounts()
                        .login("bilbo", "myprecious")
                        .orElseThrow()
                        .accountId());
        assertThat(r.body()).contains(bilbo);
    }

    private static HttpResponse<String> send(String path, String header, String value) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(DemoHttp.uri(path));
        if (header != null) {
            b.header(header, value);
        }
        return HTTP.send(b.build());
    }
}
