// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.dialect.eso.EsoFixture.ESO_USER;
import static org.meridian.dialect.eso.EsoFixture.OTHER;
import static org.meridian.dialect.eso.EsoFixture.PRODUCT;
import static org.meridian.dialect.eso.EsoFixture.RAW_PROPRIETARY;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * SODA async at /soda/async on the shared UWS layer: a job's cutout is the same bytes as the sync
 * cutout, only its owner reads it, requests SODA refuses are refused at creation, and DataLink
 * declares the service with SODA's async standardID.
 */
class SodaAsyncIT {

    @TempDir
    static Path dir;

    private static EsoFixture eso;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        eso = EsoFixture.start(dir);
    }

    @AfterAll
    static void stop() {
        eso.close();
    }

    static String id(String dpId) {
        return URLEncoder.encode(EsoIds.of(dpId), StandardCharsets.UTF_8);
    }

    static final String CIRCLE =
            "&CIRCLE=" + URLEncoder.encode(EsoFixture.RA + " " + EsoFixture.DEC + " 0.0006", StandardCharsets.UTF_8);

    /** Creates and runs a job; its URL. */
    static String run(String form, String authorization) throws Exception {
        HttpResponse<byte[]> created = eso.post("/soda/async", form + "&PHASE=RUN", authorization);
        assertThat(created.statusCode())
                .as(new String(created.body(), StandardCharsets.UTF_8))
                .isEqualTo(303);
        String job = created.headers().firstValue("Location").orElseThrow();
        String phase = "";
        for (int i = 0; i < 60 && !phase.equals("COMPLETED") && !phase.equals("ERROR"); i++) {
            phase = new String(get(job + "/phase?WAIT=2", authorization).body(), StandardCharsets.UTF_8).trim();
            if (!phase.equals("COMPLETED") && !phase.equals("ERROR")) {
                Thread.sleep(100);
            }
        }
        assertThat(phase).isEqualTo("COMPLETED");
        return job;
    }

    static HttpResponse<byte[]> get(String url, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aJobCutsTheSameBytesAsSync() throws Exception {
        String job = run("ID=" + id(PRODUCT) + CIRCLE, ESO_USER);
        HttpResponse<byte[]> result = get(job + "/results/result", ESO_USER);
        assertThat(result.statusCode()).isEqualTo(200);
        HttpResponse<byte[]> sync = eso.get("/soda/sync?ID=" + id(PRODUCT) + CIRCLE, ESO_USER);
        assertThat(sync.statusCode()).isEqualTo(200);
        assertThat(result.body()).isEqualTo(sync.body());
        assertThat(result.body().length % 2880).isZero();
    }

    @Test
    void onlyTheOwnerReadsTheResult() throws Exception {
        String job = run("ID=" + id(RAW_PROPRIETARY) + CIRCLE, ESO_USER);
        assertThat(get(job + "/results/result", ESO_USER).statusCode()).isEqualTo(200);
        assertThat(get(job + "/results/result", OTHER).statusCode()).isEqualTo(403);
        assertThat(get(job + "/results/result", null).statusCode()).isIn(401, 403);
        assertThat(get(job, OTHER).statusCode()).isEqualTo(403);
    }

    @Test
    void refusalsComeAtCreation() throws Exception {
        for (Map.Entry<String, List<Object>> c : Map.<String, List<Object>>of(
                        "ID=" + id(PRODUCT) + "&CIRCLE=1+2",
                        List.of(400, "UsageFault"),
                        "CIRCLE=1+2+3",
                        List.of(400, "UsageFault"),
                        "ID=" + id(PRODUCT) + "&CIRCLE=10+10+0.001",
                        List.of(400, "NoOverlap"),
                        "ID=" + id(RAW_PROPRIETARY) + CIRCLE,
                        List.of(403, "NotAuthorizedFault"))
                .entrySet()) {
            HttpResponse<byte[]> r = eso.post("/soda/async", c.getKey(), null);
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertThat(r.statusCode())
                    .as(c.getKey() + " " + body)
                    .isEqualTo(c.getValue().get(0));
            assertThat(body).as(c.getKey()).contains((String) c.getValue().get(1));
        }
    }

    @Test
    void dataLinkDeclaresTheAsyncService() throws Exception {
        DatalinkIT.Links l = DatalinkIT.links(eso.get("/datalink/links?ID=" + id(PRODUCT), null));
        List<String> standards = l.bySemantics("#cutout").stream()
                .map(r -> DatalinkIT.descriptor(l.doc(), r.get("service_def")))
                .map(d -> DatalinkIT.param(d, "standardID").getAttribute("value"))
                .toList();
        assertThat(standards).containsExactly("ivo://ivoa.net/std/SODA#sync-1.0", "ivo://ivoa.net/std/SODA#async-1.0");
        Element async = l.bySemantics("#cutout").stream()
                .map(r -> DatalinkIT.descriptor(l.doc(), r.get("service_def")))
                .filter(d ->
                        DatalinkIT.param(d, "standardID").getAttribute("value").endsWith("async-1.0"))
                .findFirst()
                .orElseThrow();
        assertThat(DatalinkIT.param(async, "accessURL").getAttribute("value")).isEqualTo(eso.base() + "/soda/async");
        String capabilities = new String(eso.get("/soda/capabilities", null).body(), StandardCharsets.UTF_8);
        assertThat(capabilities).contains("ivo://ivoa.net/std/SODA#async-1.0");
    }
}
