// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.meridian.testing.KeepAliveHttp;

/**
 * Load benchmark (a main, not a test): for each kind of selection sampled by {@link GeminiBenchData}
 * (program, data label, instrument + night, instrument + week) and a few open ones, N clients on
 * virtual threads each send a bounded number of requests, cycling through different selections, and
 * the main prints p50/p95 latency, requests/s and rows/response next to the load average.
 * Args: BASE_URL [HOME=/tmp/geminibench-home] [CLIENTS=1,8] [REQUESTS_PER_CLIENT=100] [KINDS=all]
 * [ENCODING=identity]: {@code gzip} asks for a gzipped answer as astroquery (python-requests) does.
 */
public final class JsonSummaryLoad {

    private static final List<String> OPEN = List.of(
            "/jsonsummary/GMOS-N",
            "/jsonsummary/GMOS-S/science",
            "/jsonsummary/F2/OBJECT",
            "/jsonsummary/NIRI/Pass",
            "/jsonsummary/GNIRS/spectroscopy");

    private static boolean gzip;

    private JsonSummaryLoad() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path dir = Path.of(args.length > 1 ? args[1] : "/tmp/geminibench-home").resolve("bench");
        int[] clients = Arrays.stream((args.length > 2 ? args[2] : "1,8").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        int each = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        List<String> kinds = args.length > 4
                ? List.of(args[4].split(","))
                : List.of("program", "datalabel", "instrument-date", "instrument-week", "open");
        gzip = args.length > 5 && args[5].equals("gzip");
        URI server = URI.create(base);
        for (String kind : kinds) {
            List<String> paths = kind.equals("open") ? OPEN : Files.readAllLines(dir.resolve(kind + ".txt"));
            for (String path : paths.subList(0, Math.min(20, paths.size()))) {
                try (KeepAliveHttp http = new KeepAliveHttp(server)) {
                    send(http, path); // warm-up: JIT, connection pool, database cache
                }
            }
            for (int n : clients) {
                double loadBefore = LoadAverage.settle(2.0, Integer.getInteger("bench.settleSeconds", 120));
                run(server, kind, paths, n, each, loadBefore);
            }
        }
    }

    private static void run(URI server, String kind, List<String> paths, int clients, int each, double loadBefore)
            throws Exception {
        long[] latencies = new long[clients * each];
        AtomicLong rows = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    // each client its own kept-alive connection, as a browser or script would hold
                    try (KeepAliveHttp http = new KeepAliveHttp(server)) {
                        for (int i = 0; i < each; i++) {
                            String path = paths.get((client * 7919 + i) % paths.size());
                            long t = System.nanoTime();
                            byte[] body = send(http, path);
                            latencies[client * each + i] = System.nanoTime() - t;
                            rows.addAndGet(countRows(body));
                            bytes.addAndGet(body.length);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf(
                "%-16s %d client(s) x %d: p50 %6.1f ms  p95 %6.1f ms  %6.1f req/s  %6.1f rows/resp  %5.0f kB/resp"
                        + "  load %.2f -> %.2f%n",
                kind,
                clients,
                each,
                latencies[latencies.length / 2] / 1e6,
                latencies[latencies.length * 95 / 100] / 1e6,
                latencies.length / seconds,
                rows.get() / (double) latencies.length,
                bytes.get() / 1e3 / latencies.length,
                loadBefore,
                LoadAverage.now());
    }

    /** The answer's bytes, uncompressed: the client shares the server's two cores, so it decodes no text. */
    private static byte[] send(KeepAliveHttp http, String path) throws Exception {
        KeepAliveHttp.Response r = gzip ? http.exchange(path, "Accept-Encoding: gzip, deflate") : http.exchange(path);
        byte[] body = r.body();
        if (r.contentEncoding().equals("gzip")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        } else if (gzip) {
            throw new IllegalStateException(path + ": asked for gzip, got an uncompressed answer");
        }
        if (!r.ok()) {
            throw new IllegalStateException(path + ": " + r.status() + ": " + new String(body, StandardCharsets.UTF_8));
        }
        return body;
    }

    private static final byte[] NAME_KEY = "\n        \"name\": ".getBytes(StandardCharsets.US_ASCII);

    /** Each listed file has exactly one {@code "name":} key, at the start of its object's first line. */
    private static int countRows(byte[] body) {
        int n = 0;
        for (int i = 0; i + NAME_KEY.length <= body.length; i++) {
            if (body[i] == '\n' && Arrays.equals(body, i, i + NAME_KEY.length, NAME_KEY, 0, NAME_KEY.length)) {
                n++;
            }
        }
        return n;
    }
}
