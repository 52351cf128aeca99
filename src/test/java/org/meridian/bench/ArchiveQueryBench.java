// SPDX-License-Identifier: Apache-2.0
package org.meridian.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Timing main, not a test: latency over HTTP of LCO {@code /frames/?covers=} and MAST
 * {@code Mast.Caom.Filtered} / {@code Filtered.Position} against a running server (e.g. one over a
 * database filled by {@link ArchiveInflater}), with 1 and 8 concurrent clients, anonymous.
 * Usage: {@code ArchiveQueryBench baseUrl [requests=400] [only=covers|jwst|seed|cone|all] [firstPoint=0]}: a
 * new firstPoint gives positions and programs not asked before (cold caches).
 */
public final class ArchiveQueryBench {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ArchiveQueryBench() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        String only = args.length > 2 && !args[2].equals("all") ? args[2] : "";
        int first = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        List<Workload> workloads = List.of(
                new Workload("covers", "/frames/?covers=POINT(ra dec), random points", i -> {
                    double[] p = point(first + i);
                    return HttpRequest.newBuilder(
                                    URI.create(base + "/frames/?covers=POINT(" + p[0] + "%20" + p[1] + ")"))
                            .build();
                }),
                new Workload(
                        "seed",
                        "Mast.Caom.Filtered JWST + 1073 + F277W (demo rows)",
                        i -> mast(base, "Mast.Caom.Filtered", filters("JWST", "1073", "F277W"), "")),
                new Workload("jwst", "Mast.Caom.Filtered JWST + random bench program + filter", i -> {
                    Random r = new Random(first + i);
                    String program = String.valueOf(80001 + (int) (3000 * Math.pow(r.nextDouble(), 2)));
                    String filter = new String[] {"F090W", "F150W", "F200W", "F277W"}[r.nextInt(4)];
                    return mast(base, "Mast.Caom.Filtered", filters("JWST", program, filter), "");
                }),
                new Workload("cone", "Mast.Caom.Filtered.Position JWST, 0.2 deg cone at random points", i -> {
                    double[] p = point(first + i);
                    return mast(
                            base,
                            "Mast.Caom.Filtered.Position",
                            "[{\"paramName\": \"obs_collection\", \"values\": [\"JWST\"]}]",
                            ", \"position\": \"" + p[0] + ", " + p[1] + ", 0.2\"");
                }));
        for (Workload w : workloads) {
            if (!only.isEmpty() && !only.contains(w.name())) {
                continue;
            }
            for (int clients : new int[] {1, 8}) {
                run(w, clients, n);
            }
        }
    }

    private record Workload(String name, String description, IntFunction<HttpRequest> request) {}

    private static void run(Workload w, int clients, int n) throws Exception {
        for (int i = 0; i < 30; i++) {
            send(w.request().apply(1_000_000 + i));
        }
        long[] nanos = new long[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger bytes = new AtomicInteger();
        String load = loadAverage();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        bytes.addAndGet(send(w.request().apply(i)));
                        nanos[i] = System.nanoTime() - t;
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        System.out.printf(
                "%-6s %d client%s: p50 %6.2f ms  p99 %7.2f ms  %5.0f req/s  mean answer %,d B  (load %s) %s%n",
                w.name(),
                clients,
                clients == 1 ? " " : "s",
                nanos[n / 2] / 1e6,
                nanos[n * 99 / 100] / 1e6,
                n / seconds,
                bytes.get() / n,
                load,
                w.description());
    }

    private static int send(HttpRequest request) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(
                    "HTTP " + r.statusCode() + " for " + request.uri() + ": " + new String(r.body(), 0, 300));
        }
        return r.body().length;
    }

    /** The i-th of a fixed sequence of points uniform on the sphere. */
    private static double[] point(int i) {
        Random r = new Random(7919L * i);
        return new double[] {360 * r.nextDouble(), Math.toDegrees(Math.asin(2 * r.nextDouble() - 1))};
    }

    private static String filters(String collection, String program, String filter) {
        return "[{\"paramName\": \"obs_collection\", \"separator\": \";\", \"values\": [\"" + collection + "\"]},"
                + " {\"paramName\": \"proposal_id\", \"values\": [\"" + program + "\"]},"
                + " {\"paramName\": \"filters\", \"separator\": \";\", \"values\": [\"" + filter + "\"]}]";
    }

    private static HttpRequest mast(String base, String service, String filters, String extraParams) {
        String json = "{\"service\": \"" + service + "\", \"params\": {\"columns\": \"*\", \"filters\": " + filters
                + extraParams + "}, \"format\": \"json\", \"pagesize\": 50000, \"page\": 1}";
        return HttpRequest.newBuilder(URI.create(base + "/api/v0/invoke"))
                .header("Content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("request=" + URLEncoder.encode(json, StandardCharsets.UTF_8)))
                .build();
    }

    /** The machine's load averages, to print beside each figure (the machine is shared). */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
