// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import org.meridian.app.http.HttpServer;
import org.meridian.dialect.lco.archive.LcoArchiveRoutes;
import org.meridian.ingest.IngestListener;
import org.meridian.ingest.IngestService;
import org.meridian.store.Database;
import org.meridian.store.LocalFileStore;
import org.meridian.testing.TestDatabases;
import org.meridian.testing.TestFits;
import org.meridian.testing.TestServices;

/**
 * Timing main (not a test): {@code /frames/?covers=} latency over N ingested frames, and the time to make
 * a thumbnail of a 4k x 4k float frame (uncached). Args: [frames, default 2000].
 */
public final class LcoArchiveBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = Files.createTempDirectory("lco-bench");
        Random random = new Random(42);
        List<Path> files = new ArrayList<>();
        double[][] centres = new double[n][];
        for (int i = 0; i < n; i++) {
            double ra = random.nextDouble() * 360;
            double dec = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
            centres[i] = new double[] {ra, dec};
            files.add(frame(dir, "cpt1m010-fa16-20160202-%04d-e91".formatted(i), ra, dec, 16, 0.02));
        }
        files.add(frame(dir, "ogg2m001-fs02-20160202-9999-e91", 10, 10, 4096, 0.3 / 3600 * 256 / 4096));
        try (Database db = TestDatabases.fresh()) {
            LocalFileStore store = new LocalFileStore(dir.resolve("store"));
            long t0 = System.nanoTime();
            var report = new IngestService(db, store, 2).ingest(files, IngestListener.SILENT);
            System.out.printf(
                    "ingested %d frames in %.1f s (%d failed)%n",
                    report.ingested(),
                    (System.nanoTime() - t0) / 1e9,
                    report.failed().size());
            LcoArchiveRoutes routes = new LcoArchiveRoutes(TestServices.of(db, store, Clock.systemUTC(), dir));
            HttpServer server = HttpServer.start(0, List.of(routes::addTo));
            String base = "http://localhost:" + server.port();
            HttpClient http = HttpClient.newHttpClient();
            int queries = 500;
            long[] ns = new long[queries];
            int hits = 0;
            for (int q = 0; q < queries + 50; q++) {
                double[] c = centres[q % n];
                String url = base + "/frames/?covers=POINT(" + (c[0] + 0.01) + "%20" + (c[1] + 0.01) + ")";
                long s = System.nanoTime();
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                long e = System.nanoTime() - s;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(r.body());
                }
                if (q >= 50) { // after warm-up
                    ns[q - 50] = e;
                    hits += r.body().contains("\"basename\"") ? 1 : 0;
                }
            }
            Arrays.sort(ns);
            System.out.printf(
                    "covers over %d frames: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (%d/%d answers non-empty)%n",
                    n, ns[queries / 2] / 1e6, ns[queries * 9 / 10] / 1e6, ns[queries * 99 / 100] / 1e6, hits, queries);
            for (int w = 0; w < 10; w++) {
                long s = System.nanoTime();
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(
                                        base + "/thumbnails/ogg2m001-fs02-20160202-9999-e91/?width=" + (200 + w)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                System.out.printf(
                        "thumbnail of 4096x4096 float frame, uncached: %.0f ms (%d)%n",
                        (System.nanoTime() - s) / 1e6, r.statusCode());
            }
            long s = System.nanoTime();
            http.send(
                    HttpRequest.newBuilder(URI.create(base + "/thumbnails/ogg2m001-fs02-20160202-9999-e91/?width=200"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.printf("thumbnail, cached: %.1f ms%n", (System.nanoTime() - s) / 1e6);
            server.close();
        }
    }

    private static Path frame(Path dir, String basename, double ra, double dec, int size, double scale)
            throws Exception {
        float[][] pixels = new float[size][size];
        Random r = new Random(basename.hashCode());
        for (float[] row : pixels) {
            for (int x = 0; x < row.length; x++) {
                row[x] = 100 + (float) r.nextGaussian() * 10;
            }
        }
        ImageHDU hdu = (ImageHDU) Fits.makeHDU(pixels);
        Header h = hdu.getHeader();
        String[] parts = basename.split("-");
        TestFits.lcoCamera(h, basename);
        h.addValue("PROPID", "LCO2016A-001", "");
        h.addValue("DATE-OBS", "2016-02-02T10:00:00.000", "");
        h.addValue("DAY-OBS", parts[2], "");
        h.addValue("OBSTYPE", "EXPOSE", "");
        h.addValue("BLKUID", 1, "");
        h.addValue("REQNUM", 2, "");
        h.addValue("RLEVEL", 91, "");
        TestFits.tanWcs(h, ra, dec, size / 2.0, size / 2.0, scale);
        return TestFits.write(hdu, dir, basename);
    }
}
