// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gaia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.core.auth.Caller;
import org.meridian.testing.ArchiveMembers;
import org.meridian.testing.DemoHttp;
import org.meridian.testing.DemoServer;
import org.meridian.testing.Multipart;
import org.meridian.xml.VotableReading;
import uk.ac.starlink.ecsv.EcsvTableBuilder;
import uk.ac.starlink.fits.FitsTableBuilder;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StoragePolicy;
import uk.ac.starlink.table.formats.CsvTableBuilder;
import uk.ac.starlink.util.ByteArrayDataSource;

/**
 * The Gaia data server over real HTTP on the demo archive: DataLink links, every retrieval type,
 * ID form, format and data structure, the seed's curl examples, job: IDs with their owner's rights,
 * and refusals as 4xx DALI error documents. Row counts are checked against the product tables.
 */
class GaiaDataServerIT {

    /** The seed's example sources (the demo gives them every product). */
    private static final long SEED = 30343944744320L;

    private static final long SEED_LOW = 10655814178816L;
    private static final List<Long> XP_SEEDS =
            List.of(5912901375001820288L, 5912586227479692800L, 5912437793408452608L);

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    // ---- DataLink links --------------------------------------------------------------------------

    @Test
    void linksListEveryProductOfADesignationWithItsUrlAndLength() throws Exception {
        HttpResponse<byte[]> r = get("/data-server/datalink/links?ID=Gaia+DR3+" + SEED, null);
        assertThat(r.statusCode()).isEqualTo(200);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("ivo://ivoa.net/std/DataLink#links-1.0", "QUERY_STATUS\" value=\"OK");
        List<Object[]> rows =
                rows(VotableReading.read(new ByteArrayInputStream(r.body()), StoragePolicy.PREFER_MEMORY));
        assertThat(rows).hasSize(6);
        for (Object[] row : rows) {
            assertThat(row[0]).isEqualTo("Gaia DR3 " + SEED);
            assertThat((String) row[1]).contains("/data-server/data?ID=Gaia+DR3+" + SEED + "&RETRIEVAL_TYPE=");
            assertThat(row[4]).isEqualTo("#this");
            assertThat(row[6]).isEqualTo("application/x-votable+xml");
            // The advertised length is the length of the file the link serves.
            String path = ((String) row[1]).substring(((String) row[1]).indexOf("/data-server"));
            assertThat((long) get(path, null).body().length).isEqualTo((Long) row[7]);
        }
        assertThat(rows)
                .extracting(row -> ((String) row[1]).replaceAll(".*RETRIEVAL_TYPE=", ""))
                .containsExactlyInAnyOrder(
                        "EPOCH_PHOTOMETRY", "XP_SAMPLED", "XP_CONTINUOUS", "MCMC_GSPPHOT", "MCMC_MSC", "RVS");
    }

    @Test
    void linksTakeABatchByPostAsAstroquerySendsItAndFlagUnknownSources() throws Exception {
        HttpResponse<byte[]> r = post("/data-server/datalink/links", "ID=" + SEED + "," + SEED_LOW + ",123", null);
        assertThat(r.statusCode()).isEqualTo(200);
        List<Object[]> rows =
                rows(VotableReading.read(new ByteArrayInputStream(r.body()), StoragePolicy.PREFER_MEMORY));
        assertThat(rows).filteredOn(row -> row[0].equals("Gaia DR3 " + SEED)).hasSize(6);
        assertThat(rows)
                .filteredOn(row -> row[0].equals("Gaia DR3 " + SEED_LOW))
                .hasSize(6);
        assertThat(rows)
                .filteredOn(row -> row[0].equals("Gaia DR3 123"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row[1]).isNull();
                    assertThat((String) row[3]).startsWith("NotFoundFault");
                });
        // The seed's DR2 example is answered (the demo has no DR2 products: a NotFoundFault row).
        HttpResponse<byte[]> dr2 = get("/data-server/datalink/links?ID=6680733225618222592&RELEASE=Gaia+DR2", null);
        assertThat(dr2.statusCode()).isEqualTo(200);
        assertThat(new String(dr2.body(), StandardCharsets.UTF_8)).contains("Gaia DR2 6680733225618222592");
    }

    // ---- data: the seed's curl examples ---------------------------------------------------------

    @Test
    void epochPhotometryOfOneSourceIsOneVoTableWithEveryTransitUnlessValidData() throws Exception {
        HttpResponse<byte[]> all = get("/data-server/data?RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&ID=Gaia+DR3+" + SEED, null);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-votable+xml");
        assertThat(all.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("EPOCH_PHOTOMETRY-Gaia DR3 " + SEED + ".xml");
        StarTable table = VotableReading.read(new ByteArrayInputStream(all.body()), StoragePolicy.PREFER_MEMORY);
        assertThat(rows(table)).hasSize((int) count("gaiadr3.epoch_photometry", "source_id = " + SEED));
        assertThat(table.getColumnInfo(0).getName()).isEqualTo("source_id");
        assertThat(new String(all.body(), StandardCharsets.UTF_8))
                .contains("ucd=\"phot.flux\"", "rejected_by_photometry");

        // BAND is deprecated and ignored: the same rows.
        HttpResponse<byte[]> band =
                get("/data-server/data?RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&ID=" + SEED + "&RELEASE=Gaia+DR3&BAND=BP", null);
        assertThat(rows(vot(band.body()))).hasSize(rows(vot(all.body())).size());

        HttpResponse<byte[]> valid = get(
                "/data-server/data?RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&ID=" + SEED
                        + "&RELEASE=Gaia+DR3&BAND=G&VALID_DATA=TRUE&FORMAT=ECSV",
                null);
        assertThat(valid.statusCode()).isEqualTo(200);
        long validRows = count(
                "gaiadr3.epoch_photometry",
                "source_id = " + SEED + " and flux is not null and not rejected_by_photometry");
        assertThat(validRows).isLessThan(count("gaiadr3.epoch_photometry", "source_id = " + SEED));
        StarTable ecsv = new EcsvTableBuilder()
                .makeStarTable(new ByteArrayDataSource("e.ecsv", valid.body()), false, StoragePolicy.PREFER_MEMORY);
        assertThat(rows(ecsv)).hasSize((int) validRows);
    }

    @Test
    void rvsAsPlainVoTableAndAllAsAZipOfFitsFiles() throws Exception {
        HttpResponse<byte[]> rvs =
                get("/data-server/data?RETRIEVAL_TYPE=RVS&ID=Gaia+DR3+" + SEED + "&format=VOTABLE_PLAIN", null);
        assertThat(rvs.statusCode()).isEqualTo(200);
        assertThat(new String(rvs.body(), StandardCharsets.UTF_8)).contains("<TABLEDATA>");
        assertThat(rows(vot(rvs.body()))).hasSize((int) count("gaiadr3.rvs_mean_spectrum", "source_id = " + SEED));

        HttpResponse<byte[]> all =
                get("/data-server/data?RETRIEVAL_TYPE=ALL&ID=Gaia+DR3+" + SEED + "&format=FITS", null);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/zip");
        Map<String, byte[]> files = ArchiveMembers.zip(all.body());
        assertThat(files.keySet())
                .containsExactlyInAnyOrder(
                        "EPOCH_PHOTOMETRY-Gaia DR3 " + SEED + ".fits",
                        "XP_SAMPLED-Gaia DR3 " + SEED + ".fits",
                        "XP_CONTINUOUS-Gaia DR3 " + SEED + ".fits",
                        "MCMC_GSPPHOT-Gaia DR3 " + SEED + ".fits",
                        "MCMC_MSC-Gaia DR3 " + SEED + ".fits",
                        "RVS-Gaia DR3 " + SEED + ".fits");
        StarTable xp = new FitsTableBuilder()
                .makeStarTable(
                        new ByteArrayDataSource("x.fits", files.get("XP_CONTINUOUS-Gaia DR3 " + SEED + ".fits")),
                        false,
                        StoragePolicy.PREFER_MEMORY);
        List<Object[]> xpRows = rows(xp);
        assertThat(xpRows).hasSize(1);
        int coefficients = columnIndex(xp, "bp_coefficients");
        assertThat(((double[]) xpRows.get(0)[coefficients])).hasSize(55);
    }

    @Test
    void listsOfIdsAndOfDesignationsGiveAFilePerSource() throws Exception {
        String ids = String.join(",", XP_SEEDS.stream().map(String::valueOf).toList());
        HttpResponse<byte[]> xp =
                get("/data-server/data?RETRIEVAL_TYPE=XP_SAMPLED&ID=" + ids + "&RELEASE=Gaia+DR3", null);
        assertThat(xp.statusCode()).isEqualTo(200);
        Map<String, byte[]> files = ArchiveMembers.zip(xp.body());
        assertThat(files).hasSize(3);
        for (long id : XP_SEEDS) {
            byte[] file = files.get("XP_SAMPLED-Gaia DR3 " + id + ".xml");
            assertThat(rows(vot(file))).hasSize(343);
        }
        String designations =
                String.join(",", XP_SEEDS.stream().map(id -> "Gaia+DR3+" + id).toList());
        HttpResponse<byte[]> mcmc = get("/data-server/data?RETRIEVAL_TYPE=MCMC_GSPPHOT&ID=" + designations, null);
        assertThat(ArchiveMembers.zip(mcmc.body())).hasSize(3).allSatisfy((name, bytes) -> assertThat(name)
                .startsWith("MCMC_GSPPHOT-Gaia DR3 "));
    }

    @Test
    void aRangeGivesEverySourceInItAndRawGivesOneTable() throws Exception {
        String range = "ID=" + SEED_LOW + "-" + SEED + "&RELEASE=Gaia+DR3";
        HttpResponse<byte[]> individual = get("/data-server/data?RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&" + range, null);
        assertThat(individual.statusCode()).isEqualTo(200);
        String where = "source_id between " + SEED_LOW + " and " + SEED;
        long sources = countDistinct("gaiadr3.epoch_photometry", where);
        assertThat(sources).isGreaterThanOrEqualTo(2);
        Map<String, byte[]> files = ArchiveMembers.zip(individual.body());
        assertThat(files).hasSize((int) sources);
        long rows = 0;
        for (byte[] file : files.values()) {
            rows += rows(vot(file)).size();
        }
        assertThat(rows).isEqualTo(count("gaiadr3.epoch_photometry", where));

        HttpResponse<byte[]> raw =
                get("/data-server/data?RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&DATA_STRUCTURE=RAW&FORMAT=csv&" + range, null);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("EPOCH_PHOTOMETRY_RAW.csv");
        StarTable csv = new CsvTableBuilder()
                .makeStarTable(new ByteArrayDataSource("r.csv", raw.body()), false, StoragePolicy.PREFER_MEMORY);
        assertThat((long) rows(csv).size()).isEqualTo(count("gaiadr3.epoch_photometry", where));

        // A designation range is the same range.
        HttpResponse<byte[]> designated = get(
                "/data-server/data?RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&DATA_STRUCTURE=RAW&ID=Gaia+DR3+" + SEED_LOW
                        + "-Gaia+DR3+" + SEED,
                null);
        assertThat((long) rows(vot(designated.body())).size()).isEqualTo(count("gaiadr3.epoch_photometry", where));
        // USE_ZIP_ALWAYS zips even one file.
        HttpResponse<byte[]> zipped = post(
                "/data-server/data",
                "ID=" + SEED + "&RELEASE=Gaia+DR3&RETRIEVAL_TYPE=RVS&DATA_STRUCTURE=INDIVIDUAL&FORMAT=votable"
                        + "&USE_ZIP_ALWAYS=true&VALID_DATA=false",
                null);
        assertThat(ArchiveMembers.zip(zipped.body())).containsOnlyKeys("RVS-Gaia DR3 " + SEED + ".xml");
    }

    @Test
    void aRangeAboveTheLimitIsRefusedWithTheLimitNamed() throws Exception {
        Products small = new Products(DemoServer.archive().db(), null, null, 10);
        try {
            small.resolve(new SourceSelection.Range(Release.DR3, 0, Long.MAX_VALUE), Caller.ANONYMOUS);
            throw new AssertionError("expected a refusal");
        } catch (DataServerException e) {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).contains("more than 10 Gaia DR3 sources");
        }
    }

    // ---- job: IDs and sessions -------------------------------------------------------------------

    @Test
    void jobIdsReadTheCallersFinishedJobAndNobodyElses() throws Exception {
        String bilbo = login("bilbo", "myprecious");
        String job = finishedJob(
                "SELECT source_id FROM gaiadr3.gaia_source WHERE source_id IN (" + SEED + ", " + SEED_LOW + ")", bilbo);
        HttpResponse<byte[]> mine = get(
                "/data-server/data?RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&ID=job:" + job + ".source_id&RELEASE=Gaia+DR3",
                bilbo);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(ArchiveMembers.zip(mine.body()))
                .containsOnlyKeys(
                        "EPOCH_PHOTOMETRY-Gaia DR3 " + SEED + ".xml", "EPOCH_PHOTOMETRY-Gaia DR3 " + SEED_LOW + ".xml");

        String other = login("gemini_pi", "gemini-demo");
        HttpResponse<byte[]> theirs =
                get("/data-server/data?RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&ID=job:" + job + ".source_id", other);
        assertThat(theirs.statusCode()).isEqualTo(403);
        assertThat(new String(theirs.body(), StandardCharsets.UTF_8))
                .contains("QUERY_STATUS\" value=\"ERROR", "belongs to another user")
                .doesNotContain(Long.toString(SEED));
        HttpResponse<byte[]> anonymous =
                get("/data-server/data?RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&ID=job:" + job + ".source_id", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(get("/data-server/data?RETRIEVAL_TYPE=RVS&ID=job:" + job + ".nosuch", bilbo)
                        .statusCode())
                .isEqualTo(400);
        assertThat(get("/data-server/data?RETRIEVAL_TYPE=RVS&ID=job:nosuchjob.source_id", bilbo)
                        .statusCode())
                .isEqualTo(404);

        // Logging out ends the shared session: the cookie no longer names anyone.
        assertThat(post("/data-server/logout", "", bilbo).statusCode()).isEqualTo(200);
        assertThat(get("/data-server/data?RETRIEVAL_TYPE=RVS&ID=" + SEED, bilbo).statusCode())
                .isEqualTo(401);
    }

    /**
     * {@code user_<name>.<table>.<column>}: a column of the caller's own TAP+ table (source ids or
     * designations), or of one shared with them; another user's table answers as a missing one.
     */
    @Test
    void userTableIdsReadTablesTheCallerMayRead() throws Exception {
        String bilbo = login("bilbo", "myprecious");
        String csv = "source_id,name\n" + SEED + ",Gaia DR3 " + SEED + "\n" + SEED_LOW + ",Gaia DR3 " + SEED_LOW + "\n";
        Multipart upload = Multipart.of(
                Map.of("TABLE_NAME", "dsids", "FORMAT", "csv", "TASKID", "-1"),
                Map.of("FILE", csv.getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> uploaded = http.send(
                HttpRequest.newBuilder(DemoHttp.uri("/tap-server/Upload"))
                        .header("Cookie", bilbo)
                        .header("Content-Type", upload.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        try {
            readsUserTable(bilbo, userSchema("bilbo"));
        } finally {
            // bilbo's user space is shared with the TAP+ interop test, which expects it empty after itself
            post("/tap-server/Upload", "TABLE_NAME=dsids&DELETE=TRUE", bilbo);
        }
    }

    private void readsUserTable(String bilbo, String schema) throws Exception {
        for (String column : List.of("source_id", "name")) {
            HttpResponse<byte[]> mine =
                    get("/data-server/data?RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&ID=" + schema + ".dsids." + column, bilbo);
            assertThat(mine.statusCode()).as(column).isEqualTo(200);
            assertThat(ArchiveMembers.zip(mine.body()))
                    .containsOnlyKeys(
                            "EPOCH_PHOTOMETRY-Gaia DR3 " + SEED + ".xml",
                            "EPOCH_PHOTOMETRY-Gaia DR3 " + SEED_LOW + ".xml");
        }
        String id = "/data-server/data?RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&ID=" + schema + ".dsids.source_id";
        HttpResponse<byte[]> theirs = get(id, login("gemini_pi", "gemini-demo"));
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(new String(theirs.body(), StandardCharsets.UTF_8))
                .contains("no user table " + schema + ".dsids that you may read")
                .doesNotContain(Long.toString(SEED));
        assertThat(get(id, null).statusCode()).isEqualTo(401);
        assertThat(get(id.replace(".source_id", ".nosuch"), bilbo).statusCode()).isEqualTo(400);
        assertThat(get(id.replace("dsids", "nosuch"), bilbo).statusCode()).isEqualTo(404);
        assertThat(get(id.replace("dsids", "Robert%27);DROP"), bilbo).statusCode())
                .isEqualTo(400);
    }

    private static String userSchema(String user) throws Exception {
        try (var c = DemoServer.archive().db().connection();
                var s = c.prepareStatement("select s.schema_name from tapplus_user_schema s join account a"
                        + " on a.id = s.account_id where a.username = ?")) {
            s.setString(1, user);
            try (var r = s.executeQuery()) {
                assertThat(r.next()).as("%s's user schema", user).isTrue();
                return r.getString(1);
            }
        }
    }

    // ---- refusals --------------------------------------------------------------------------------

    @Test
    void badInputIsA4xxDaliErrorNeverA500() throws Exception {
        Map<String, Integer> cases = new LinkedHashMap<>();
        cases.put("RETRIEVAL_TYPE=SPECTRUM&ID=" + SEED, 400);
        cases.put("ID=" + SEED, 400);
        cases.put("RETRIEVAL_TYPE=RVS", 400);
        cases.put("RETRIEVAL_TYPE=RVS&ID=" + SEED + ",Gaia+DR3+" + SEED_LOW, 400);
        cases.put("RETRIEVAL_TYPE=RVS&ID=abc", 400);
        cases.put("RETRIEVAL_TYPE=RVS&ID=1-2-3", 400);
        cases.put("RETRIEVAL_TYPE=RVS&ID=5-1", 400);
        cases.put("RETRIEVAL_TYPE=RVS&ID=99999999999999999999", 400);
        cases.put("RETRIEVAL_TYPE=RVS&ID=1-Gaia+DR3+5", 400);
        cases.put("RETRIEVAL_TYPE=RVS&ID=Gaia+DR2+1,Gaia+DR3+2", 400);
        cases.put("RETRIEVAL_TYPE=RVS&ID=Gaia+DR2+" + SEED + "&RELEASE=Gaia+DR3", 400);
        cases.put("RETRIEVAL_TYPE=RVS&ID=" + SEED + "&RELEASE=Gaia+DR9", 400);
        cases.put("RETRIEVAL_TYPE=RVS&ID=" + SEED + "&FORMAT=xls", 400);
        cases.put("RETRIEVAL_TYPE=RVS&ID=" + SEED + "&DATA_STRUCTURE=FLAT", 400);
        cases.put("RETRIEVAL_TYPE=RVS&ID=" + SEED + "&VALID_DATA=maybe", 400);
        cases.put("RETRIEVAL_TYPE=RVS&ID=job:", 400);
        cases.put("RETRIEVAL_TYPE=RVS&ID=user_bilbo.mytable.source_id", 401);
        cases.put("RETRIEVAL_TYPE=RVS&ID=user_bilbo.My-Table.source_id", 400);
        cases.put("RETRIEVAL_TYPE=RVS&ID=123", 404);
        cases.put("RETRIEVAL_TYPE=RVS&ID=" + SEED + "&RELEASE=Gaia+DR2", 404);
        for (Map.Entry<String, Integer> c : cases.entrySet()) {
            HttpResponse<byte[]> r = get("/data-server/data?" + c.getKey(), null);
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(c.getValue());
            assertThat(new String(r.body(), StandardCharsets.UTF_8))
                    .as(c.getKey())
                    .contains("<INFO name=\"QUERY_STATUS\" value=\"ERROR\">");
        }
        assertThat(get("/data-server/datalink/links?ID=a,,b", null).statusCode())
                .isEqualTo(400);
        assertThat(get("/data-server/datalink/links", null).statusCode()).isEqualTo(400);
        assertThat(post("/data-server/login", "username=bilbo&password=wrong", null)
                        .statusCode())
                .isEqualTo(401);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private String login(String user, String password) throws Exception {
        HttpResponse<byte[]> r = post("/data-server/login", "username=" + user + "&password=" + password, null);
        assertThat(r.statusCode()).isEqualTo(200);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("JSESSIONID=").contains("Path=/");
        return cookie.substring(0, cookie.indexOf(';'));
    }

    /** An async TAP job run as the session's owner, waited for until COMPLETED. */
    private String finishedJob(String adql, String cookie) throws Exception {
        HttpResponse<byte[]> created = post("/tap/async", "LANG=ADQL&PHASE=RUN&QUERY=" + DemoHttp.enc(adql), cookie);
        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        HttpResponse<byte[]> done = get("/tap/async/" + id + "?WAIT=30&PHASE=EXECUTING", cookie);
        for (int i = 0; i < 50 && !new String(done.body(), StandardCharsets.UTF_8).contains("COMPLETED"); i++) {
            Thread.sleep(200);
            done = get("/tap/async/" + id, cookie);
        }
        assertThat(new String(done.body(), StandardCharsets.UTF_8)).contains("COMPLETED");
        return id;
    }

    private HttpResponse<byte[]> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(DemoHttp.uri(path)).timeout(Duration.ofMinutes(2));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> post(String path, String form, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(DemoHttp.uri(path))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static StarTable vot(byte[] bytes) throws IOException {
        return VotableReading.read(new ByteArrayInputStream(bytes), StoragePolicy.PREFER_MEMORY);
    }

    static List<Object[]> rows(StarTable table) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        try (RowSequence seq = table.getRowSequence()) {
            while (seq.next()) {
                rows.add(seq.getRow());
            }
        }
        return rows;
    }

    private static int columnIndex(StarTable table, String name) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumnInfo(i).getName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }

    static long count(String table, String where) throws Exception {
        return scalar("select count(*) from " + table + " where " + where);
    }

    static long countDistinct(String table, String where) throws Exception {
        return scalar("select count(distinct source_id) from " + table + " where " + where);
    }

    private static long scalar(String sql) throws Exception {
        try (Connection c = DemoServer.archive().db().connection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
