// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.meridian.testing.DemoServer;

/**
 * Latency of {@code Mast.Caom.Filtered} (the seed's JWST/1073/F277W query) over HTTP, one client.
 * Not a test. Usage: {@code MastFilteredBenchmark [baseUrl] [requests]}; without a URL it starts the
 * demo server in-process.
 */
public final class MastFilteredBenchmark {

    private MastFilteredBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : DemoServer.baseUrl();
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        String json = "{\"service\": \"Mast.Caom.Filtered\", \"params\": {\"columns\": \"*\", \"filters\": ["
                + "{\"paramName\": \"obs_collection\", \"separator\": \";\", \"values\": [\"JWST\"]},"
                + " {\"paramName\": \"proposal_id\", \"values\": [\"1073\"]},"
                + " {\"paramName\": \"filters\", \"separator\": \";\", \"values\": [\"F277W\"]}]},"
                + " \"format\": \"json\", \"pagesize\": 50000, \"page\": 1}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v0/invoke"))
                .header("Content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("request=" + URLEncoder.encode(json, StandardCharsets.UTF_8)))
                .build();
        HttpClient client = HttpClient.newHttpClient();
        int bytes = 0;
        for (int i = 0; i < 50; i++) {
            bytes = client.send(request, HttpResponse.BodyHandlers.ofByteArray())
                    .body()
                    .length;
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            nanos[i] = System.nanoTime() - t;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode());
            }
        }
        Arrays.sort(nanos);
        System.out.printf(
                "Mast.Caom.Filtered JWST/1073/F277W: %d requests, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, answer %d bytes%n",
                n, nanos[n / 2] / 1e6, nanos[n * 9 / 10] / 1e6, nanos[n * 99 / 100] / 1e6, bytes);
    }
}
