// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Supplier;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import org.meridian.app.http.HttpServer;
import org.meridian.dialect.eso.EsoDialect;
import org.meridian.dialect.eso.EsoIds;
import org.meridian.ingest.IngestListener;
import org.meridian.ingest.IngestService;
import org.meridian.store.Database;
import org.meridian.store.LocalFileStore;
import org.meridian.testing.TestDatabases;
import org.meridian.testing.TestFits;
import org.meridian.testing.TestServices;

/**
 * Timing main (not a test) for ESO's DataLink and SODA over real HTTP: DataLink for one ID (GET) and
 * for 100 IDs in one POST, over 100 ingested raw science frames (each with its {@code #calibration}
 * rows); the calibration selection of one with its cascade, among 14 calibrations; a 200 x 200 SODA cutout of an uncompressed
 * 4096 x 4096 float image, next to downloading that whole file. Prints p50/p95 in milliseconds.
 */
public final class EsoBench {

    private static final double RA = 150;
    private static final double DEC = -30;
    private static final double SCALE = 0.2 / 3600;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("eso-bench");
        List<Path> files = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String dpId = String.format(Locale.ROOT, "FORS2.2019-03-02T01:%02d:%02d.000", i / 60, i % 60);
            files.add(image(dir, dpId, 64, false));
            ids.add(EsoIds.of(dpId));
        }
        // Calibrations for them: 10 biases and 4 twilight flats the FORS2 rules select, the night before.
        for (int i = 0; i < 14; i++) {
            String dpId = String.format(Locale.ROOT, "FORS2.2019-03-01T23:%02d:00.000", 40 + i);
            files.add(calibration(dir, dpId, i < 10 ? "BIAS" : "FLAT,SKY"));
        }
        String big = "ADP.2019-06-10T12:00:00.000";
        files.add(image(dir, big, 4096, true));
        try (Database db = TestDatabases.fresh()) {
            LocalFileStore store = new LocalFileStore(dir.resolve("store"));
            var report = new IngestService(db, store, 2).ingest(files, IngestListener.SILENT);
            System.out.printf(
                    "ingested %d files (%d failed)%n",
                    report.ingested(), report.failed().size());
            EsoDialect eso = new EsoDialect(TestServices.of(db, store, Clock.systemUTC(), dir));
            HttpServer server = HttpServer.start(0, List.of(eso::addTo));
            String base = "http://localhost:" + server.port();
            HttpClient http = HttpClient.newHttpClient();
            System.out.printf(
                    "load average %.2f, %d cores%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            HttpRequest one = HttpRequest.newBuilder(URI.create(base + "/datalink/links?ID=" + enc(ids.get(7))))
                    .build();
            StringJoiner form = new StringJoiner("&");
            ids.forEach(id -> form.add("ID=" + enc(id)));
            HttpRequest hundred = HttpRequest.newBuilder(URI.create(base + "/datalink/links"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                    .build();
            // 200 x 200 pixels of 0.2": a circle of radius 20" (its bounding box is 200 pixels wide).
            String circle = String.format(Locale.ROOT, "%f %f %f", RA, DEC, 19.9 / 3600);
            HttpRequest cutout = HttpRequest.newBuilder(
                            URI.create(base + "/soda/sync?ID=" + enc(EsoIds.of(big)) + "&CIRCLE=" + enc(circle)))
                    .build();
            HttpRequest whole = HttpRequest.newBuilder(URI.create(base + "/dataportal_new/file/" + big))
                    .build();
            HttpRequest cascade = HttpRequest.newBuilder(URI.create(
                            base + "/calselector/associations?mode=Raw2Raw&cascade=true&ID=" + enc(ids.get(7))))
                    .build();
            time("DataLink, 1 ID (GET)", 300, () -> send(http, one));
            time("DataLink, 100 IDs (one POST)", 100, () -> send(http, hundred));
            time("calibration selection, Raw2Raw with cascade", 300, () -> send(http, cascade));
            time("SODA 200x200 cutout of 4096x4096 float", 200, () -> send(http, cutout));
            time("whole 4096x4096 float file (64 MiB)", 20, () -> send(http, whole));
            server.close();
            eso.close();
        }
    }

    private static long send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
            }
            return r.body().length;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void time(String what, int n, Supplier<Long> call) {
        for (int i = 0; i < Math.max(5, n / 10); i++) {
            call.get(); // warm up
        }
        double[] ms = new double[n];
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            bytes = call.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                Locale.ROOT,
                "%-45s n=%d p50 %.2f ms, p95 %.2f ms (%d bytes)%n",
                what,
                n,
                ms[n / 2],
                ms[n * 95 / 100],
                bytes);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** FORS2 imaging through R_SPECIAL, binned 2x2: what the calibration rules match. */
    private static void setup(Header h) throws Exception {
        h.addValue("HIERARCH.ESO.INS.MODE", "IMG", "");
        h.addValue("HIERARCH.ESO.INS.FILT1.NAME", "R_SPECIAL", "");
        h.addValue("HIERARCH.ESO.DET.WIN1.BINX", 2, "");
        h.addValue("HIERARCH.ESO.DET.WIN1.BINY", 2, "");
    }

    private static Path calibration(Path dir, String dpId, String type) throws Exception {
        ImageHDU hdu = (ImageHDU) Fits.makeHDU(new short[64][64]);
        Header h = hdu.getHeader();
        h.addValue("ORIGIN", "ESO-PARANAL", "");
        h.addValue("INSTRUME", "FORS2", "");
        h.addValue("DATE-OBS", dpId.substring(dpId.indexOf('.') + 1), "");
        h.addValue("HIERARCH.ESO.OBS.PROG.ID", "60.A-9051(A)", "");
        h.addValue("ARCFILE", dpId + ".fits", "");
        h.addValue("HIERARCH.ESO.DPR.CATG", "CALIB", "");
        h.addValue("HIERARCH.ESO.DPR.TYPE", type, "");
        setup(h);
        return write(dir, dpId, hdu);
    }

    private static Path image(Path dir, String dpId, int size, boolean product) throws Exception {
        ImageHDU hdu;
        if (product) {
            float[][] data = new float[size][size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    data[y][x] = y + x * 1e-4f;
                }
            }
            hdu = (ImageHDU) Fits.makeHDU(data);
        } else {
            hdu = (ImageHDU) Fits.makeHDU(new short[size][size]);
        }
        Header h = hdu.getHeader();
        h.addValue("ORIGIN", "ESO-PARANAL", "");
        h.addValue("INSTRUME", "FORS2", "");
        h.addValue("RA", RA, "");
        h.addValue("DEC", DEC, "");
        h.addValue("DATE-OBS", "2019-03-02T01:12:00.000", "");
        h.addValue("HIERARCH.ESO.OBS.PROG.ID", "0102.D-0315(A)", "");
        if (product) {
            h.addValue("PRODCATG", "SCIENCE.IMAGE", "");
        } else {
            h.addValue("ARCFILE", dpId + ".fits", "");
            h.addValue("HIERARCH.ESO.DPR.CATG", "SCIENCE", "");
            h.addValue("HIERARCH.ESO.DPR.TYPE", "OBJECT", "");
            setup(h);
        }
        h.addValue("CTYPE1", "RA---TAN", "");
        h.addValue("CTYPE2", "DEC--TAN", "");
        h.addValue("CRVAL1", RA, "");
        h.addValue("CRVAL2", DEC, "");
        h.addValue("CRPIX1", size / 2 + 0.5, "");
        h.addValue("CRPIX2", size / 2 + 0.5, "");
        h.addValue("CD1_1", -SCALE, "");
        h.addValue("CD2_2", SCALE, "");
        return write(dir, dpId, hdu);
    }

    private static Path write(Path dir, String dpId, ImageHDU hdu) throws Exception {
        return TestFits.write(hdu, dir, dpId);
    }
}
