// SPDX-License-Identifier: Apache-2.0
package org.meridian.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.meridian.app.Archive;
import org.meridian.app.Server;
import org.meridian.app.Settings;
import org.meridian.demo.GeneratedTable;
import org.meridian.ingest.catalog.CatalogImporter;
import org.meridian.testing.TestDatabases;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.votable.DataFormat;
import uk.ac.starlink.votable.VOTableVersion;
import uk.ac.starlink.votable.VOTableWriter;

/**
 * Timing main (not a test) for the Gaia data server: the epoch photometry of N sources (default
 * 10^4, 60 transits each) as one RAW VOTable and as an INDIVIDUAL zip from {@code /data-server/data},
 * next to the plain TAP query of the same rows from {@code /tap/sync}; rows/s and MB/s over real
 * HTTP, each the median of 3 runs after a warm-up. The table is loaded by the ordinary catalogue
 * import into a fresh database. Usage: {@code GaiaDataBench [sources]}.
 */
public final class GaiaDataBench {

    private static final long FIRST = 4_000_000_000_000L;
    private static final int TRANSITS = 20;
    private static final String[] BANDS = {"G", "BP", "RP"};
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private GaiaDataBench() {}

    public static void main(String[] args) throws Exception {
        int sources = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long rows = (long) sources * TRANSITS * BANDS.length;
        Path home = Files.createTempDirectory("gaia-data-bench");
        try {
            Archive archive = Archive.open(Settings.resolve(home, 0, TestDatabases.freshUrl(), Map.of()));
            Server server = Server.start(archive, false);
            try {
                Path file = home.resolve("epoch.vot");
                long t0 = System.nanoTime();
                write(file, sources);
                CatalogImporter.Result loaded = archive.catalogImporter()
                        .importCatalog(
                                new CatalogImporter.Request(file, "gaiadr3.epoch_photometry", null, null, "bench"),
                                n -> {});
                System.out.printf(
                        Locale.ROOT,
                        "epoch photometry: %,d sources, %,d rows written and imported in %.1f s%n",
                        sources,
                        loaded.rows(),
                        (System.nanoTime() - t0) / 1e9);
                if (Boolean.getBoolean("bench.explain")) {
                    explain(
                            archive,
                            "select * from gaiadr3.epoch_photometry where source_id between " + FIRST + " and "
                                    + (FIRST + sources) + " order by source_id, transit_id, band");
                    explain(
                            archive,
                            "select * from gaiadr3.epoch_photometry where source_id between " + FIRST + " and "
                                    + (FIRST + sources));
                }
                String base = "http://127.0.0.1:" + server.port();
                String range = "ID=" + FIRST + "-" + (FIRST + sources - 1) + "&RELEASE=Gaia+DR3";
                System.out.println("| answer | bytes | seconds (median of 3) | rows/s | MB/s |");
                System.out.println("|---|---|---|---|---|");
                measure(
                        "data server, RAW binary VOTable (one file)",
                        base + "/data-server/data",
                        range + "&RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&DATA_STRUCTURE=RAW&FORMAT=votable",
                        rows,
                        false);
                measure(
                        "data server, INDIVIDUAL zip of binary VOTables (" + sources + " files)",
                        base + "/data-server/data",
                        range + "&RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&DATA_STRUCTURE=INDIVIDUAL&FORMAT=votable",
                        rows,
                        true);
                String adql = "SELECT * FROM gaiadr3.epoch_photometry WHERE source_id BETWEEN " + FIRST + " AND "
                        + (FIRST + sources - 1);
                measure(
                        "TAP /tap/sync, same rows, BINARY2 VOTable",
                        base + "/tap/sync",
                        "LANG=ADQL&MAXREC=" + (rows + 1) + "&QUERY=" + URLEncoder.encode(adql, StandardCharsets.UTF_8),
                        rows,
                        false);
                measure(
                        "TAP /tap/sync, same rows, binary VOTable (FORMAT=votable/b)",
                        base + "/tap/sync",
                        "LANG=ADQL&FORMAT=votable/b&MAXREC=" + (rows + 1) + "&QUERY="
                                + URLEncoder.encode(adql, StandardCharsets.UTF_8),
                        rows,
                        false);
            } finally {
                server.close();
                archive.close();
            }
        } finally {
            try (var walk = Files.walk(home)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void explain(Archive archive, String sql) throws Exception {
        try (var c = archive.db().connection();
                var s = c.createStatement();
                var r = s.executeQuery("explain (analyze, buffers) " + sql)) {
            while (r.next()) {
                System.out.println("  " + r.getString(1));
            }
        }
    }

    private static void measure(String name, String url, String form, long rows, boolean zip) throws Exception {
        run(url, form, zip); // warm-up: JIT, caches
        long[] bytes = new long[1];
        double[] seconds = new double[3];
        for (int i = 0; i < seconds.length; i++) {
            long t0 = System.nanoTime();
            bytes[0] = run(url, form, zip);
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        double s = seconds[1];
        System.out.printf(
                Locale.ROOT, "| %s | %,d | %.2f | %,.0f | %.1f |%n", name, bytes[0], s, rows / s, bytes[0] / s / 1e6);
    }

    /** POSTs the form and reads the whole answer; for a zip also walks its entries, as a client would. */
    private static long run(String url, String form, boolean zip) throws Exception {
        HttpResponse<InputStream> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": "
                    + new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        Counting counted = new Counting(r.body());
        if (zip) {
            int entries = 0;
            try (ZipInputStream in = new ZipInputStream(counted)) {
                while (in.getNextEntry() != null) {
                    in.transferTo(OutputStream.nullOutputStream());
                    entries++;
                }
            }
            if (entries == 0) {
                throw new IllegalStateException("empty zip");
            }
        } else {
            try (InputStream in = counted) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        return counted.bytes;
    }

    /** The epoch photometry table, streamed row by row into a BINARY2 VOTable for the import. */
    private static void write(Path file, int sources) throws IOException {
        ColumnInfo[] infos = {
            new ColumnInfo("source_id", Long.class, null),
            new ColumnInfo("transit_id", Long.class, null),
            new ColumnInfo("band", String.class, null),
            new ColumnInfo("time", Double.class, null),
            new ColumnInfo("mag", Double.class, null),
            new ColumnInfo("flux", Double.class, null),
            new ColumnInfo("flux_error", Double.class, null),
            new ColumnInfo("flux_over_error", Float.class, null),
            new ColumnInfo("rejected_by_photometry", Boolean.class, null),
            new ColumnInfo("rejected_by_variability", Boolean.class, null),
            new ColumnInfo("other_flags", Long.class, null),
            new ColumnInfo("solution_id", Long.class, null)
        };
        long total = (long) sources * TRANSITS * BANDS.length;
        GeneratedTable table = new GeneratedTable(infos, total, (index, rnd) -> {
            long source = FIRST + index / (TRANSITS * BANDS.length);
            double mag = 15 + rnd.nextDouble();
            double flux = Math.pow(10, -0.4 * (mag - 25.6874));
            return new Object[] {
                source,
                17_000_000_000_000_000L + index / BANDS.length,
                BANDS[(int) (index % BANDS.length)],
                1700 + index % (TRANSITS * BANDS.length) * 10.0,
                mag,
                flux,
                flux * 0.004,
                250f,
                rnd.nextDouble() < 0.05,
                false,
                0L,
                4_295_806_720L
            };
        });
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            new VOTableWriter(DataFormat.BINARY2, true, VOTableVersion.V14).writeStarTable(table, out);
        }
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends java.io.FilterInputStream {
        long bytes;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytes++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                bytes += n;
            }
            return n;
        }
    }
}
