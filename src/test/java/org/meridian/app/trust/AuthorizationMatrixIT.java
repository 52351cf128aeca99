// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.app.http.Route;
import org.meridian.app.trust.Entry.Oracle;
import org.meridian.app.trust.MatrixCallers.Bad;
import org.meridian.app.trust.MatrixCallers.Kind;
import org.meridian.testing.DemoHttp;
import org.meridian.testing.DemoServer;

/**
 * The authorization matrix (docs/access.md): every route the server registers, aimed at each
 * collection's proprietary data, driven by every kind of caller and every kind of bad credential.
 * Nobody who is not entitled finds a secret's hidden markers in any answer; entitled callers do
 * (so each row really aims at its secret); byte routes refuse, UWS jobs answer their owner only;
 * no answer is a 5xx or carries a stack trace; a credential that names no account is a 401.
 */
class AuthorizationMatrixIT {

    private static final DemoHttp HTTP = new DemoHttp();
    private static List<Secret> secrets;
    private static MatrixCallers callers;
    /** Each secret's member's finished job on each TAP service, by "service collection". */
    private static final Map<String, String> JOBS = new java.util.HashMap<>();

    private static final List<String> SERVICES = List.of("/tap", "/tap-server/tap", "/tap_obs", "/tap_cat");

    @BeforeAll
    static void secretsCallersAndJobs() throws Exception {
        secrets = new ArrayList<>(Secrets.load(DemoServer.archive()));
        secrets.add(uploadedUserTable("jwst_user"));
        callers = MatrixCallers.make(DemoServer.archive(), secrets, HTTP);
        for (String service : SERVICES) {
            for (Secret s : secrets) {
                JOBS.put(service + " " + s.collection(), finishedJob(service, s));
            }
        }
        String[] publicImage = publicEsoImage();
        for (Secret s : secrets) {
            boolean own = s.collection().equals("ESO");
            JOBS.put(
                    "/soda " + s.collection(),
                    finishedCutout(s, own ? s.obsKey() : publicImage[0], own ? null : publicImage));
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void dropUserTable() throws Exception {
        HTTP.send(HttpRequest.newBuilder(DemoHttp.uri("/tap-server/Upload"))
                .header("Authorization", "Token " + callers.memberToken(secrets.getLast()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("TABLE_NAME=matrix_secret&DELETE=TRUE"))
                .build());
    }

    /** A TAP+ user table of {@code owner}'s with one telling row, uploaded as TapPlus does. */
    private static Secret uploadedUserTable(String owner) throws Exception {
        var accounts = DemoServer.archive().accounts();
        long id = accounts.login(owner, MatrixCallers.password(owner))
                .orElseThrow()
                .accountId();
        org.meridian.testing.Multipart upload = org.meridian.testing.Multipart.of(
                Map.of("TABLE_NAME", "matrix_secret", "FORMAT", "csv", "TASKID", "-1"),
                Map.of("FILE", "id,label\n1,MATRIXUSERTABLEROW\n".getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(DemoHttp.uri("/tap-server/Upload"))
                .header("Authorization", "Token " + accounts.tokenOf(id))
                .header("Content-Type", upload.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body()))
                .build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        try (var c = DemoServer.archive().db().connection();
                var s = c.prepareStatement("select schema_name from tapplus_user_schema where account_id = ?")) {
            s.setLong(1, id);
            try (var rs = s.executeQuery()) {
                rs.next();
                return Secrets.userTable(owner, rs.getString(1), "matrix_secret", "MATRIXUSERTABLEROW");
            }
        }
    }

    /** A released ESO raw image and its position: what members of other collections may cut. */
    private static String[] publicEsoImage() throws Exception {
        try (var c = DemoServer.archive().db().connection();
                var st = c.createStatement();
                var r = st.executeQuery("select obs_key, ra, dec from observation where collection = 'ESO'"
                        + " and instrument = 'FORS2' and reduction_level = 0 and release <= now() and ra is not null"
                        + " and observation_type = 'OBJECT' order by id limit 1")) {
            if (!r.next()) {
                throw new IllegalStateException("the demo has no released FORS2 image");
            }
            return new String[] {r.getString(1), r.getString(2), r.getString(3)};
        }
    }

    /** The member's own finished SODA async cutout of {@code dataset}. */
    private static String finishedCutout(Secret s, String dataset, String[] at) throws Exception {
        String circle = at == null ? "266.417 -29.008 0.01" : at[1] + " " + at[2] + " 0.01";
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(DemoHttp.uri("/soda/async"))
                .header("Authorization", "Token " + callers.memberToken(s))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("PHASE=RUN&ID=" + DemoHttp.enc("ivo://eso.org/ID?" + dataset)
                        + "&CIRCLE=" + DemoHttp.enc(circle)))
                .build());
        String location = created.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError(
                        "SODA job for " + s.name() + ": " + created.statusCode() + " " + created.body()));
        String id = location.substring(location.lastIndexOf('/') + 1);
        for (int i = 0; i < 200; i++) {
            if (phase("/soda", s, id).contains("COMPLETED")) {
                return id;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("SODA job " + id + " did not complete: " + phase("/soda", s, id));
    }

    /** The member's own finished job on a TAP service, over its programme where the service has it. */
    private static String finishedJob(String service, Secret s) throws Exception {
        // ESO's services hold no user tables: their jobs read what they do hold.
        String adql = service.equals("/tap_cat")
                ? RouteMatrix.CATALOGUE_QUERY
                : s.userTable() && service.equals("/tap_obs")
                        ? "SELECT TOP 1 obs_id FROM ivoa.ObsCore"
                        : RouteMatrix.OBSCORE_QUERY.apply(s);
        return HTTP.finishedJob(service, "Token " + callers.memberToken(s), adql);
    }

    private static String phase(String service, Secret s, String job) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(DemoHttp.uri(service + "/async/" + job + "/phase"))
                        .header("Authorization", "Token " + callers.memberToken(s))
                        .build())
                .body();
    }

    private static List<Entry> entries() {
        return RouteMatrix.entries((service, s) -> JOBS.get(service + " " + s.collection()));
    }

    @Test
    void everyRouteHasExactlyOneRow() {
        Set<Route> registered = new TreeSet<>(DemoServer.routes());
        List<Route> rows = entries().stream().map(Entry::route).toList();
        Set<Route> declared = new TreeSet<>(rows);
        assertThat(rows).as("routes with two rows").doesNotHaveDuplicates();
        assertThat(registered.stream().filter(r -> !declared.contains(r)).toList())
                .as("routes without a row in RouteMatrix (add one: what does it show whom?)")
                .isEmpty();
        assertThat(declared.stream().filter(r -> !registered.contains(r)).toList())
                .as("rows for routes the server no longer has")
                .isEmpty();
    }

    @Test
    void nobodySeesWhatTheyAreNotEntitledTo() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<Oracle, Integer> calls = new EnumMap<>(Oracle.class);
        for (Entry entry : entries()) {
            for (Secret aimedAt : secrets) {
                Call call = entry.call().apply(aimedAt);
                for (Kind kind : Kind.values()) {
                    if (entry.oracle() == Oracle.OWNER_ONLY_CHANGES && MatrixCallers.owns(kind)) {
                        continue; // the owner would really delete or abort the job the other rows read
                    }
                    if (entry.oracle() == Oracle.LOGOUT && kind != Kind.ANONYMOUS) {
                        continue; // it would end the session the other rows send
                    }
                    Answer answer = send(call, callers.header(kind, aimedAt, call));
                    calls.merge(entry.oracle(), 1, Integer::sum);
                    String what = entry.route() + " as " + kind + " aimed at " + aimedAt.name() + " (" + call + "): "
                            + answer.status();
                    failures.addAll(check(entry, aimedAt, kind, call, answer, what));
                }
            }
        }
        for (String service : java.util.stream.Stream.concat(SERVICES.stream(), java.util.stream.Stream.of("/soda"))
                .toList()) {
            for (Secret s : secrets) {
                assertThat(phase(service, s, JOBS.get(service + " " + s.collection())))
                        .as("%s's job on %s survives every other caller", MatrixCallers.member(s), service)
                        .contains("COMPLETED");
            }
        }
        System.out.println("authorization matrix: " + entries().size() + " routes, calls per oracle " + calls);
        assertThat(failures).as(failures.size() + " failures").isEmpty();
    }

    private static List<String> check(Entry entry, Secret aimedAt, Kind kind, Call call, Answer answer, String what) {
        List<String> failures = new ArrayList<>();
        if (answer.status() >= 500) {
            failures.add(what + " is a server error");
        }
        if (answer.showsStackTrace()) {
            failures.add(what + " carries a stack trace");
        }
        String sent = call.path() + (call.body() == null ? "" : new String(call.body(), StandardCharsets.UTF_8));
        for (Secret secret : secrets) {
            if (MatrixCallers.entitled(kind, aimedAt, secret)) {
                continue;
            }
            boolean selected = secret == aimedAt && entry.reaches(secret);
            for (String marker : secret.hiddenText(selected)) {
                if (!sent.contains(marker) && answer.contains(marker)) {
                    failures.add(what + " shows " + secret.name() + "'s \"" + marker + "\"");
                }
            }
            for (byte[] marker : secret.hiddenBytes()) {
                if (answer.contains(marker)) {
                    failures.add(what + " carries " + secret.name() + "'s file bytes");
                }
            }
            String witness = entry.witness(secret);
            if (witness != null && entry.reaches(secret) && answer.contains(witness)) {
                failures.add(what + " shows " + secret.name() + "'s " + witness);
            }
        }
        boolean entitled = MatrixCallers.entitled(kind, aimedAt, aimedAt);
        switch (entry.oracle()) {
            case OPEN, LOGOUT -> {}
            case SHOWS, SHOWS_MEMBERS -> {
                boolean witness = entry.oracle() == Oracle.SHOWS || kind != Kind.GRANTEE;
                if (witness && entitled && entry.reaches(aimedAt) && !revealed(entry, aimedAt, answer)) {
                    failures.add(what + " does not show the entitled caller " + aimedAt.name());
                }
            }
            case REFUSES -> {
                if (entry.reaches(aimedAt) && aimedAt.hidden().contains(Secret.Target.BYTES)) {
                    if (!entitled && !answer.refused()) {
                        failures.add(what + " serves bytes to a caller not entitled");
                    }
                    if (entitled && !answer.success()) {
                        failures.add(what + " refuses the entitled caller");
                    }
                }
            }
            case OWNER -> {
                if (MatrixCallers.owns(kind) != answer.success()) {
                    failures.add(
                            what + (MatrixCallers.owns(kind) ? " refuses the job's owner" : " answers another caller"));
                }
            }
            case NOT_OTHERS -> {
                if (!MatrixCallers.owns(kind) && !answer.refused()) {
                    failures.add(what + " answers another caller");
                }
            }
            case OWNER_ONLY_CHANGES -> {
                if (!answer.refused() && answer.status() != 400) {
                    failures.add(what + " lets another caller change the job");
                }
            }
        }
        return failures;
    }

    /** Whether the answer holds what the entitled caller came for: the row's witness, or a hidden marker. */
    private static boolean revealed(Entry entry, Secret secret, Answer answer) {
        String witness = entry.witness(secret);
        if (witness != null) {
            return answer.contains(witness);
        }
        return secret.hiddenText(true).stream().anyMatch(answer::contains)
                || secret.hiddenBytes().stream().anyMatch(answer::contains);
    }

    @Test
    void aCredentialThatNamesNoAccountIs401OnEveryRoute() throws Exception {
        List<String> failures = new ArrayList<>();
        Secret aimedAt = secrets.getFirst();
        for (Entry entry : entries()) {
            Call call = entry.call().apply(aimedAt);
            int anonymous = send(call, null).status();
            for (Bad bad : Bad.values()) {
                Answer answer = send(call, callers.header(bad));
                // A public document that never reads the caller may answer as it answers anyone.
                boolean asToAnyone = entry.readsNoCaller() && answer.status() == anonymous;
                if (answer.status() != 401 && !asToAnyone) {
                    failures.add(entry.route() + " with " + bad + " (" + call + "): " + answer.status());
                }
            }
        }
        assertThat(failures).as(failures.size() + " failures").isEmpty();
    }

    /**
     * LCO's signed download links: one signed for the member opens the bytes to whoever holds it; a
     * tampered, expired or re-addressed one, or one signed for an account that may not read the
     * frame (another user's link reused), opens nothing.
     */
    @Test
    void signedLinksOpenOnlyWhatTheirAccountMayRead() throws Exception {
        Secret lco = secrets.stream()
                .filter(s -> s.collection().equals("LCO"))
                .findFirst()
                .orElseThrow();
        var archive = DemoServer.archive();
        org.meridian.dialect.lco.archive.UrlSigner signer =
                org.meridian.dialect.lco.archive.UrlSigner.forArchive(archive.db(), java.time.Clock.systemUTC());
        long member = archive.accounts()
                .login(MatrixCallers.LCO_MEMBER, MatrixCallers.password(MatrixCallers.LCO_MEMBER))
                .orElseThrow()
                .accountId();
        String path = "/versions/" + lco.versionId() + "/download/?account=";
        String good = path + member + "&"
                + signer.sign("version:" + lco.versionId() + ":" + member, java.time.Duration.ofHours(1));
        Answer opened = send(Call.get(good), null);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(lco.byteMarkers()).anyMatch(opened::contains);
        String tampered = good.substring(0, good.length() - 2) + (good.endsWith("00") ? "11" : "00");
        String expired = path + member + "&"
                + org.meridian.dialect.lco.archive.UrlSigner.forArchive(
                                archive.db(),
                                java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofDays(-3)))
                        .sign("version:" + lco.versionId() + ":" + member, java.time.Duration.ofHours(1));
        String otherAccount = good.replace("account=" + member, "account=" + callers.strangerId());
        String strangers = path + callers.strangerId() + "&"
                + signer.sign("version:" + lco.versionId() + ":" + callers.strangerId(), java.time.Duration.ofHours(1));
        for (String link : List.of(tampered, expired, otherAccount, strangers)) {
            Answer refused = send(Call.get(link), null);
            assertThat(refused.status()).as(link).isEqualTo(403);
            assertThat(lco.byteMarkers()).as(link).noneMatch(refused::contains);
        }
    }

    private static Answer send(Call call, String[] header) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(DemoHttp.uri(call.path()))
                .method(
                        call.method(),
                        call.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        if (call.contentType() != null) {
            b.header("Content-Type", call.contentType());
        }
        if (header != null) {
            b.header(header[0], header[1]);
        }
        HttpResponse<byte[]> r = HTTP.sendBytes(b.build());
        return Answer.of(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    static String describe(List<String> lines) {
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
