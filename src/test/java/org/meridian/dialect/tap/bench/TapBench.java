// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.meridian.app.http.HttpServer;
import org.meridian.core.auth.Accounts;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.TapRoutes;
import org.meridian.dialect.tap.adql.AdqlParser;
import org.meridian.dialect.tap.async.TapAsync;
import org.meridian.dialect.tap.query.TapQuery;
import org.meridian.dialect.tap.query.TapQueryRunner;
import org.meridian.store.Database;
import org.meridian.store.EmbeddedPostgresServer;
import org.meridian.store.LocalFileStore;
import org.meridian.store.SqlFragment;
import org.meridian.testing.Curl;
import org.meridian.testing.KeepAliveHttp;
import org.meridian.vo.output.ResultFormat;
import org.meridian.web.fetch.FetchLimits;
import org.meridian.web.fetch.FetchPolicy;
import org.meridian.web.fetch.GuardedFetcher;

/**
 * Timing main (not a test) for /tap on a Gaia-like catalog of N rows (default 10^7): cone search
 * end to end over HTTP next to the same SQL over JDBC, a full-table aggregate, streaming 10^6 rows
 * as BINARY2 and CSV, an async round trip, and ADQL parse+translate. Each figure is printed with
 * the 1-minute load average at the time it was taken.
 *
 * <p>Args: [rows, default 10000000] [data directory, default /tmp/tapfinish-bench] [drop: delete
 * the catalog and the data directory at the end].
 */
public final class TapBench {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path dir = Path.of(args.length > 1 ? args[1] : "/tmp/tapfinish-bench");
        boolean drop = args.length > 2 && args[2].equals("drop");
        EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dir.resolve("pgdata"));
        try (Database db = Database.connect(pg.jdbcUrl("postgres"), "postgres", "", 24)) {
            db.migrate();
            double made = GaiaLikeCatalog.ensure(db, rows);
            System.out.printf(
                    Locale.ROOT,
                    "catalog %s: %,d rows (%s)%n",
                    GaiaLikeCatalog.TABLE,
                    rows,
                    made == 0 ? "kept from an earlier run" : "generated in %.0f s".formatted(made));
            TapRoutes tap = new TapRoutes(db, new Accounts(db));
            LocalFileStore files = new LocalFileStore(Files.createDirectories(dir.resolve("files")));
            try (GuardedFetcher noFetches = new GuardedFetcher(FetchPolicy.NONE, FetchLimits.UPLOADS);
                    TapAsync async = TapAsync.start(db, files, new Accounts(db), tap.runner(), noFetches);
                    HttpServer server = HttpServer.start(0, List.of(tap::addTo, async.routes()::addTo))) {
                new TapBench(db, tap, "http://localhost:" + server.port() + "/tap").run();
            }
            if (drop) {
                GaiaLikeCatalog.drop(db);
            }
        } finally {
            pg.close();
        }
        if (drop) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private final Database db;
    private final TapRoutes tap;
    private final String base;
    private final double[][] centres;

    private TapBench(Database db, TapRoutes tap, String base) throws Exception {
        this.db = db;
        this.tap = tap;
        this.base = base;
        this.centres = centres(2000);
    }

    /** Cone centres on real sources, so every cone holds a few. */
    private double[][] centres(int n) throws Exception {
        double[][] out = new double[n][];
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(
                        "select ra, dec from " + GaiaLikeCatalog.TABLE + " tablesample system (0.1) limit ?")) {
            s.setInt(1, n);
            try (ResultSet r = s.executeQuery()) {
                int i = 0;
                while (r.next()) {
                    out[i++] = new double[] {r.getDouble(1), r.getDouble(2)};
                }
                return Arrays.copyOf(out, i);
            }
        }
    }

    private static String cone(double[] c) {
        return String.format(
                Locale.ROOT,
                "SELECT source_id, ra, dec, phot_g_mean_mag FROM bench.gaia_source"
                        + " WHERE 1 = CONTAINS(POINT('ICRS', ra, dec), CIRCLE('ICRS', %.6f, %.6f, 0.05))",
                c[0],
                c[1]);
    }

    private void run() throws Exception {
        System.out.println("| measurement | end to end (HTTP /tap) | direct SQL (JDBC) | load avg |");
        System.out.println("|---|---|---|---|");
        if (selected("parse")) parseTranslate();
        if (selected("floor")) httpFloor();
        if (selected("cone")) coneSearch(1);
        if (selected("cone8")) coneSearch(8);
        if (selected("aggregate")) aggregate();
        if (selected("binary2")) stream("votable/b2", "BINARY2");
        if (selected("csv")) stream("csv", "CSV");
        if (selected("async")) asyncRoundTrip();
    }

    /** -Dbench.only=cone,binary2 runs just those parts (names as in {@link #run()}); default all. */
    private static boolean selected(String part) {
        String only = System.getProperty("bench.only", "");
        return only.isBlank() || java.util.Arrays.asList(only.split(",")).contains(part);
    }

    private void parseTranslate() throws Exception {
        awaitQuietMachine();
        int n = 20_000;
        long t0 = 0;
        for (int i = 0; i < n * 2; i++) {
            if (i == n) {
                t0 = System.nanoTime();
            }
            TapQueryRunner.compile(
                    AdqlParser.parse(cone(centres[i % centres.length])),
                    tap.schema().tables(),
                    Caller.ANONYMOUS);
        }
        double us = (System.nanoTime() - t0) / 1e3 / n;
        row("parse+translate, cone query (mean)", "%.1f us".formatted(us), "", load());
    }

    /** What any request costs here: a VOSI document that touches no database. */
    private void httpFloor() throws Exception {
        awaitQuietMachine();
        String load = load();
        Stats jdk = measure(1, 1000, i -> timed(() -> get(base + "/availability")));
        Stats raw = measure(1, 1000, i -> timed(() -> keepAlive().get(path("/availability"))));
        row(
                "HTTP floor: GET /tap/availability, p50 / p99, JDK HttpClient",
                "%.2f / %.2f ms".formatted(jdk.p50(), jdk.p99()),
                "",
                load);
        row(
                "HTTP floor: GET /tap/availability, p50 / p99, kept-alive socket client",
                "%.3f / %.3f ms".formatted(raw.p50(), raw.p99()),
                "",
                load);
    }

    private void coneSearch(int clients) throws Exception {
        awaitQuietMachine();
        int perClient = clients == 1 ? 1000 : 400;
        IntFunction<Long> http = i -> timed(() -> {
            String body = keepAlive()
                    .get(path("/sync?LANG=ADQL&FORMAT=votable&QUERY=" + enc(cone(centres[i % centres.length]))));
            if (!body.contains("QUERY_STATUS\" value=\"OK\"")) {
                throw new IllegalStateException(body);
            }
        });
        SqlFragment[] translated = new SqlFragment[centres.length];
        for (int i = 0; i < centres.length; i++) {
            translated[i] = TapQueryRunner.compile(
                            AdqlParser.parse(cone(centres[i])), tap.schema().tables(), Caller.ANONYMOUS)
                    .sql();
        }
        IntFunction<Long> direct = i -> timed(() -> directCone(translated[i % centres.length]));
        String load = load();
        Stats e2e = measure(clients, perClient, http);
        Stats sql = measure(clients, perClient, direct);
        row(
                "cone r=0.05 deg, %d client%s: p50 / p99".formatted(clients, clients == 1 ? "" : "s"),
                "%.2f / %.2f ms".formatted(e2e.p50(), e2e.p99()),
                "%.2f / %.2f ms".formatted(sql.p50(), sql.p99()),
                load);
        row(
                "cone r=0.05 deg, %d client%s: queries/s".formatted(clients, clients == 1 ? "" : "s"),
                "%.0f".formatted(e2e.perSecond()),
                "%.0f".formatted(sql.perSecond()),
                load);
    }

    /**
     * The SQL /tap/sync runs for the cone (same translation, access filter included), translated
     * beforehand, over a pooled JDBC connection: what a psql user typing that SQL would time.
     */
    private void directCone(SqlFragment sql) throws Exception {
        try (Connection conn = db.connection();
                PreparedStatement s = conn.prepareStatement(sql.sql())) {
            sql.bind(s, 1);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    r.getLong(1);
                    r.getDouble(2);
                    r.getDouble(3);
                    r.getFloat(4);
                }
            }
        }
    }

    private void aggregate() throws Exception {
        awaitQuietMachine();
        String adql = "SELECT COUNT(*) AS n, AVG(phot_g_mean_mag) AS g FROM bench.gaia_source";
        String load = load();
        get(base + "/sync?LANG=ADQL&FORMAT=csv&QUERY=" + enc(adql)); // warm the cache
        long e2e = Long.MAX_VALUE;
        long sql = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            e2e = Math.min(e2e, timed(() -> get(base + "/sync?LANG=ADQL&FORMAT=csv&QUERY=" + enc(adql))));
            sql = Math.min(sql, timed(() -> {
                try (Connection c = db.connection();
                        PreparedStatement s = c.prepareStatement(
                                "select count(*), avg(phot_g_mean_mag) from " + GaiaLikeCatalog.TABLE);
                        ResultSet r = s.executeQuery()) {
                    r.next();
                }
            }));
        }
        row(
                "count(*), avg(phot_g_mean_mag) over all rows (best of 3)",
                "%.0f ms".formatted(e2e / 1e6),
                "%.0f ms".formatted(sql / 1e6),
                load);
    }

    /**
     * Streams 10^6 rows three ways: through the TAP runner into a byte counter in this JVM (what the
     * issue's 30-line probe measured: pgjdbc into STIL, no HTTP), over HTTP to curl (a separate,
     * cheap client process, as a real client on another machine would be), and as plain JDBC
     * decoding. Server, PostgreSQL and client share the machine's cores in every case.
     */
    private void stream(String format, String label) throws Exception {
        awaitQuietMachine();
        int n = 1_000_000;
        String adql = "SELECT TOP " + n + " source_id, ra, dec, parallax, phot_g_mean_mag FROM bench.gaia_source";
        String url = base + "/sync?LANG=ADQL&MAXREC=" + n + "&FORMAT=" + enc(format) + "&QUERY=" + enc(adql);
        ResultFormat resultFormat = ResultFormat.parse(format).orElseThrow();
        String load = load();
        long[] bytes = new long[1];
        long inProcess = Long.MAX_VALUE;
        long cpu = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            inProcess = Math.min(inProcess, timed(() -> {
                CountingStream counter = new CountingStream();
                tap.runner().run(new TapQuery(adql, Caller.ANONYMOUS, (long) n, resultFormat, List.of()), counter);
                bytes[0] = counter.count;
            }));
            cpu = Math.min(cpu, THREADS.getCurrentThreadCpuTime() - cpu0);
        }
        long http = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            http = Math.min(http, timed(() -> curl(url, bytes[0])));
        }
        long sql = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            sql = Math.min(sql, timed(() -> {
                try (Connection c = db.connection()) {
                    c.setAutoCommit(false);
                    try (PreparedStatement s = c.prepareStatement("select source_id, ra, dec, parallax,"
                            + " phot_g_mean_mag from " + GaiaLikeCatalog.TABLE + " limit " + n)) {
                        s.setFetchSize(10_000);
                        s.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1); // binary, as the runner
                        try (ResultSet r = s.executeQuery()) {
                            while (r.next()) {
                                r.getLong(1);
                                r.getDouble(2);
                                r.getDouble(3);
                                r.getDouble(4);
                                r.getFloat(5);
                            }
                        }
                    }
                    c.rollback();
                }
            }));
        }
        String what = "stream 10^6 rows x 5 cols, %s (%.0f MB), best of 3".formatted(label, bytes[0] / 1e6);
        row(what + ": runner in process", rate(n, inProcess), rate(n, sql), load);
        row(what + ": HTTP to curl", rate(n, http), "", load);
        // CPU of the thread that decodes the rows and writes the format: the server's own cost per
        // row, which other work on a shared machine disturbs far less than the wall-clock rates.
        row(
                what + ": runner thread CPU",
                "%.2f s (%.1f M rows per CPU second)".formatted(cpu / 1e9, n / (cpu / 1e9) / 1e6),
                "",
                load);
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static String rate(int rows, long nanos) {
        return "%.2f M rows/s".formatted(rows / (nanos / 1e9) / 1e6);
    }

    /**
     * Downloads with curl into /dev/null and checks it received about the expected size (CSV widths
     * vary with the rows, and PostgreSQL's synchronized scans may start a LIMIT query elsewhere).
     */
    private static void curl(String url, long expectedBytes) throws Exception {
        long received = Curl.download(url);
        if (Math.abs(received - expectedBytes) > expectedBytes / 50) {
            throw new IllegalStateException("curl " + url + " -> " + received + " bytes");
        }
    }

    private static final class CountingStream extends java.io.OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private void asyncRoundTrip() throws Exception {
        awaitQuietMachine();
        int n = 50;
        long[] ns = new long[n];
        String load = load();
        HttpClient noRedirects = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (int i = -5; i < n; i++) {
            double[] c = centres[(i + 100) % centres.length];
            long t = timed(() -> {
                HttpResponse<String> created = noRedirects.send(
                        HttpRequest.newBuilder(URI.create(base + "/async"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("LANG=ADQL&PHASE=RUN&QUERY=" + enc(cone(c))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                String job = created.headers().firstValue("Location").orElseThrow();
                String doc = get(job + "?WAIT=30");
                while (doc.contains("EXECUTING") || doc.contains("QUEUED")) {
                    doc = get(job + "?WAIT=30");
                }
                if (!doc.contains("COMPLETED")) {
                    throw new IllegalStateException(doc);
                }
                get(job + "/results/result");
                noRedirects.send(
                        HttpRequest.newBuilder(URI.create(job)).DELETE().build(),
                        HttpResponse.BodyHandlers.discarding());
            });
            if (i >= 0) {
                ns[i] = t;
            }
        }
        Arrays.sort(ns);
        row(
                "async cone: submit+run+wait+fetch, p50 / p99",
                "%.1f / %.1f ms".formatted(ns[n / 2] / 1e6, ns[n * 99 / 100] / 1e6),
                "",
                load);
    }

    private record Stats(double p50, double p99, double perSecond) {}

    private static Stats measure(int clients, int perClient, IntFunction<Long> call) throws Exception {
        // Warm up until the JIT has compiled the request path (a few thousand calls).
        for (int i = 0; i < 3000; i++) {
            call.apply(i * 7);
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<long[]>> futures = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int k = 0; k < clients; k++) {
                int offset = k * perClient;
                futures.add(pool.submit(() -> {
                    long[] ns = new long[perClient];
                    for (int i = 0; i < perClient; i++) {
                        ns[i] = call.apply(offset + i);
                    }
                    return ns;
                }));
            }
            long[] all = new long[clients * perClient];
            for (int k = 0; k < clients; k++) {
                System.arraycopy(futures.get(k).get(), 0, all, k * perClient, perClient);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            Arrays.sort(all);
            return new Stats(all[all.length / 2] / 1e6, all[all.length * 99 / 100] / 1e6, all.length / seconds);
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private static long timed(Action action) {
        long t0 = System.nanoTime();
        try {
            action.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - t0;
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> r =
                HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** Each client thread's own kept-alive connection (see {@link KeepAliveHttp} for why). */
    private final ThreadLocal<KeepAliveHttp> connections = ThreadLocal.withInitial(this::connect);

    private KeepAliveHttp connect() {
        try {
            return new KeepAliveHttp(URI.create(base));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private KeepAliveHttp keepAlive() {
        return connections.get();
    }

    private String path(String tail) {
        return URI.create(base).getPath() + tail;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void row(String what, String e2e, String sql, String load) {
        System.out.printf("| %s | %s | %s | %s |%n", what, e2e, sql, load);
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    /** Measure only when the 1-minute load is at most 2 (-Dbench.maxLoad); wait up to 10 minutes. */
    private static void awaitQuietMachine() throws Exception {
        double most = Double.parseDouble(System.getProperty("bench.maxLoad", "2"));
        for (int i = 0; i < 20 && Double.parseDouble(load()) > most; i++) {
            System.err.println("load " + load() + " > " + most + "; waiting 30 s");
            Thread.sleep(30_000);
        }
    }
}
