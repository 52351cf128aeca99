// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load benchmark (not a test): N concurrent clients request a jsonsummary URL against a running
 * server and report p50/p95 latency, requests per second and response size.
 * Usage: GeminiBenchmark BASE_URL [PATH] [CLIENTS] [REQUESTS_PER_CLIENT]
 */
public final class GeminiBenchmark {

    private GeminiBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String path = args.length > 1 ? args[1] : "/jsonsummary/canonical/OBJECT/GMOS-N/20101231";
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int each = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).build();
        long bytes = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length;
        for (int i = 0; i < 50; i++) {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        long t = System.nanoTime();
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("status " + r.statusCode());
                        }
                        latencies.add(System.nanoTime() - t);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "%s: %d clients x %d requests, %d bytes/response: p50 %.2f ms, p95 %.2f ms, %.0f requests/s%n",
                path,
                clients,
                each,
                bytes,
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(sorted.size() * 95 / 100) / 1e6,
                sorted.size() / seconds);
    }
}
