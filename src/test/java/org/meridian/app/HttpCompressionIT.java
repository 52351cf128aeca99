// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.meridian.testing.DemoServer;

/**
 * Python clients (pyvo, astroquery, lcogtDD: all python-requests) send {@code Accept-Encoding:
 * gzip, deflate} on every request. Text results are compressed for them; stored bytes served with
 * their length, and base64 binary VOTables, are not (a gzipped stored result broke its own
 * Content-Length and ended in a 500).
 */
class HttpCompressionIT {

    private static final String GZIP = "gzip, deflate";

    /** 2,000 Gaia rows: well above the size from which the server compresses. */
    private static final String ROWS = "SELECT TOP 2000 source_id, ra, dec, phot_g_mean_mag FROM gaiadr3.gaia_source";

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aStoredAsyncResultDownloadsWholeForAClientThatAcceptsGzip() throws Exception {
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create(DemoServer.baseUrl() + "/tap/async"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("LANG=ADQL&FORMAT=csv&PHASE=RUN&QUERY="
                                + URLEncoder.encode(ROWS, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(303);
        String job = created.headers().firstValue("Location").orElseThrow();
        String phase = "";
        for (int i = 0; i < 20 && !phase.equals("COMPLETED"); i++) {
            get(job + "?WAIT=5", "identity");
            phase = new String(get(job + "/phase", "identity").body(), StandardCharsets.UTF_8).trim();
        }
        assertThat(phase).isEqualTo("COMPLETED");

        HttpResponse<byte[]> result = get(job + "/results/result", GZIP);
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(result.headers().firstValueAsLong("Content-Length")).hasValue(result.body().length);
        assertThat(new String(result.body(), StandardCharsets.UTF_8).lines().count())
                .isEqualTo(2001);
        http.send(HttpRequest.newBuilder(URI.create(job)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void syncTextResultsAreGzippedOnRequestAndBinaryVotablesAreNot() throws Exception {
        String query = "/tap/sync?LANG=ADQL&QUERY=" + URLEncoder.encode(ROWS, StandardCharsets.UTF_8);

        HttpResponse<byte[]> csv = get(DemoServer.baseUrl() + query + "&FORMAT=csv", GZIP);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(csv.body()).lines().count()).isEqualTo(2001);

        HttpResponse<byte[]> binary2 = get(DemoServer.baseUrl() + query + "&FORMAT=votable", GZIP);
        assertThat(binary2.statusCode()).isEqualTo(200);
        assertThat(binary2.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(binary2.body(), StandardCharsets.UTF_8))
                .contains("<BINARY2>")
                .contains("QUERY_STATUS\" value=\"OK\"");
    }

    private HttpResponse<byte[]> get(String url, String acceptEncoding) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept-Encoding", acceptEncoding)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
