// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import org.meridian.app.http.HttpServer;
import org.meridian.core.auth.Accounts;
import org.meridian.dialect.ArchiveServices;
import org.meridian.ingest.IngestListener;
import org.meridian.ingest.IngestService;
import org.meridian.store.Database;
import org.meridian.store.LocalFileStore;
import org.meridian.testing.TestDatabases;
import org.meridian.testing.TestFits;
import org.meridian.testing.TestServices;

/**
 * An ESO archive for the DataLink and SODA tests: real files ingested into a real PostgreSQL, served
 * over HTTP by {@link EsoDialect}. The datasets cover every access case of docs/access.md for ESO:
 *
 * <ul>
 *   <li>{@link #RAW_PUBLIC}: a released FORS2 raw image (WCS in the primary HDU);
 *   <li>{@link #RAW_PROPRIETARY}: a raw image of a regular programme before release (listed, not readable);
 *   <li>{@link #RAW_PRIVATE}: a raw image of a programme whose metadata are private (hidden);
 *   <li>{@link #BIAS}: a released bias without WCS;
 *   <li>{@link #PRODUCT}: a released multi-extension product (SCI with WCS, ERR without, QUAL with)
 *       made from the public and the proprietary raw frames;
 *   <li>{@link #CUBE}: a released MUSE-like cube (DATA with RA/DEC/WAVE, STAT without WCS);
 *   <li>{@link #SPECTRUM}: a released 1-D spectrum (480-680 nm) in ESO's SDP layout.
 * </ul>
 *
 * Accounts: {@code eso_user} (member of both proprietary programmes) and {@code other} (none).
 */
public final class EsoFixture implements AutoCloseable {

    public static final String RAW_PUBLIC = "FORS2.2019-03-02T01:12:00.000";
    public static final String RAW_PROPRIETARY = "FORS2.2026-11-20T01:00:00.000";
    public static final String RAW_PRIVATE = "FORS2.2026-11-21T01:00:00.000";
    public static final String BIAS = "FORS2.2019-03-01T23:40:00.000";
    public static final String PRODUCT = "ADP.2019-06-10T12:00:00.000";
    public static final String CUBE = "ADP.2019-07-10T12:00:00.000";
    public static final String SPECTRUM = "ADP.2019-08-10T12:00:00.000";
    public static final double RA = 150.0;
    public static final double DEC = -30.0;
    public static final double SCALE = 0.2 / 3600;

    private final Database db;
    private final HttpServer server;
    private final EsoDialect dialect;
    private final Path files;
    private final HttpClient http = HttpClient.newHttpClient();

    private EsoFixture(Database db, HttpServer server, EsoDialect dialect, Path files) {
        this.dialect = dialect;
        this.db = db;
        this.server = server;
        this.files = files;
    }

    public static EsoFixture start(Path dir) throws Exception {
        Database db = TestDatabases.fresh();
        LocalFileStore store = new LocalFileStore(dir.resolve("store"));
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> written = new ArrayList<>();
        written.add(raw(in, RAW_PUBLIC, "0102.D-0315(A)", "SCIENCE", "OBJECT", true));
        written.add(raw(in, RAW_PROPRIETARY, "0118.A-0001(A)", "SCIENCE", "OBJECT", true));
        written.add(raw(in, RAW_PRIVATE, "0116.C-0702(A)", "SCIENCE", "OBJECT", true));
        written.add(raw(in, BIAS, "0102.D-0315(A)", "CALIB", "BIAS", false));
        written.add(product(in));
        written.add(cube(in));
        written.add(spectrum(in));
        var report = new IngestService(db, store, 2).ingest(written, IngestListener.SILENT);
        assertThat(report.failed()).isEmpty();
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            s.execute("update program set metadata_private = true where id = '0116.C-0702(A)'");
        }
        ArchiveServices services = TestServices.of(db, store, Clock.systemUTC(), dir);
        Accounts accounts = services.accounts();
        accounts.create("eso_user", "eso-pw", false, List.of("0116.C-0702(A)", "0118.A-0001(A)"));
        accounts.create("other", "other-pw", false, List.of());
        EsoDialect routes = new EsoDialect(services);
        HttpServer server = HttpServer.start(0, List.of(routes::addTo));
        return new EsoFixture(db, server, routes, in);
    }

    /** Where the fixture's token signing key is: the archive home's (ArchiveServices). */
    public static Path keyFile(Path dir) {
        return dir.resolve("oauth").resolve("signing-key.jwk");
    }

    public String base() {
        return "http://localhost:" + server.port();
    }

    public Database db() {
        return db;
    }

    /** The file as written before ingest. */
    public Path original(String dpId) {
        return files.resolve(dpId + ".fits");
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static final String ESO_USER = basic("eso_user", "eso-pw");
    public static final String OTHER = basic("other", "other-pw");

    public HttpResponse<byte[]> get(String pathAndQuery, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + pathAndQuery));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<byte[]> post(String path, String form, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        server.close();
        dialect.close(); // its SODA async worker, before the database it polls
        db.close();
    }

    // ---- the files ----

    private static void common(Header h, String dpId, String programme, String date) throws FitsException {
        h.addValue("ORIGIN", "ESO-PARANAL", "");
        h.addValue("TELESCOP", "ESO-VLT-U1", "");
        h.addValue("INSTRUME", "FORS2", "");
        h.addValue("OBJECT", "FIELD", "");
        h.addValue("RA", RA, "");
        h.addValue("DEC", DEC, "");
        h.addValue("EXPTIME", 300.0, "");
        h.addValue("DATE-OBS", date, "");
        h.addValue("HIERARCH.ESO.OBS.PROG.ID", programme, "");
    }

    private static void wcs(Header h, double crpix1, double crpix2) throws FitsException {
        TestFits.tanWcs(h, RA, DEC, crpix1, crpix2, SCALE);
        h.addValue("CUNIT1", "deg", "");
        h.addValue("CUNIT2", "deg", "");
    }

    private static Path raw(Path dir, String dpId, String programme, String catg, String type, boolean withWcs)
            throws Exception {
        short[][] data = new short[48][64];
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                data[y][x] = (short) (y * 100 + x);
            }
        }
        ImageHDU hdu = (ImageHDU) Fits.makeHDU(data);
        Header h = hdu.getHeader();
        common(h, dpId, programme, dpId.substring(dpId.indexOf('.') + 1));
        h.addValue("ARCFILE", dpId + ".fits", "");
        h.addValue("HIERARCH.ESO.DPR.CATG", catg, "");
        h.addValue("HIERARCH.ESO.DPR.TYPE", type, "");
        h.addValue("HIERARCH.ESO.DPR.TECH", "IMAGE", "");
        if (withWcs) {
            wcs(h, 32.5, 24.5);
        }
        return write(dir, dpId, List.of(hdu));
    }

    private static Path product(Path dir) throws Exception {
        BasicHDU<?> primary = BasicHDU.getDummyHDU();
        Header p = primary.getHeader();
        common(p, PRODUCT, "0102.D-0315(A)", "2019-03-02T01:12:00.000");
        p.addValue("PRODCATG", "SCIENCE.IMAGE", "");
        p.addValue("PROV1", RAW_PUBLIC + ".fits", "");
        p.addValue("PROV2", RAW_PROPRIETARY + ".fits", "");
        float[][] sci = new float[80][100];
        float[][] err = new float[80][100];
        int[][] qual = new int[80][100];
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 100; x++) {
                sci[y][x] = y * 1000 + x + 0.25f;
                err[y][x] = -(y * 1000 + x);
                qual[y][x] = (x + y) % 7;
            }
        }
        ImageHDU s = (ImageHDU) Fits.makeHDU(sci);
        s.getHeader().addValue("EXTNAME", "SCI", "");
        wcs(s.getHeader(), 50.5, 40.5);
        s.getHeader().addValue("BUNIT", "adu", "kept by cutouts");
        ImageHDU e = (ImageHDU) Fits.makeHDU(err);
        e.getHeader().addValue("EXTNAME", "ERR", "");
        ImageHDU q = (ImageHDU) Fits.makeHDU(qual);
        q.getHeader().addValue("EXTNAME", "QUAL", "");
        wcs(q.getHeader(), 50.5, 40.5);
        return write(dir, PRODUCT, List.of(primary, s, e, q));
    }

    /** 30 x 20 spaxels, 40 wavelengths from 480 nm in steps of 1.25 nm. */
    private static Path cube(Path dir) throws Exception {
        BasicHDU<?> primary = BasicHDU.getDummyHDU();
        Header p = primary.getHeader();
        common(p, CUBE, "0102.D-0315(A)", "2019-03-02T02:12:00.000");
        p.addValue("PRODCATG", "SCIENCE.CUBE.IFS", "");
        float[][][] data = new float[40][20][30];
        float[][][] stat = new float[40][20][30];
        for (int z = 0; z < 40; z++) {
            for (int y = 0; y < 20; y++) {
                for (int x = 0; x < 30; x++) {
                    data[z][y][x] = z * 10000 + y * 100 + x;
                    stat[z][y][x] = -data[z][y][x];
                }
            }
        }
        ImageHDU d = (ImageHDU) Fits.makeHDU(data);
        Header h = d.getHeader();
        h.addValue("EXTNAME", "DATA", "");
        wcs(h, 15.5, 10.5);
        h.addValue("CTYPE3", "AWAV", "");
        h.addValue("CUNIT3", "nm", "");
        h.addValue("CRVAL3", 480.0, "");
        h.addValue("CRPIX3", 1.0, "");
        h.addValue("CD3_3", 1.25, "");
        ImageHDU st = (ImageHDU) Fits.makeHDU(stat);
        st.getHeader().addValue("EXTNAME", "STAT", "");
        return write(dir, CUBE, List.of(primary, d, st));
    }

    /** A Phase 3 spectrum: a primary header and a one-row binary table of WAVE and FLUX arrays. */
    private static Path spectrum(Path dir) throws Exception {
        BasicHDU<?> primary = BasicHDU.getDummyHDU();
        Header p = primary.getHeader();
        common(p, SPECTRUM, "0102.D-0315(A)", "2019-03-03T03:00:00.000");
        p.addValue("INSTRUME", "UVES", "");
        p.addValue("PRODCATG", "SCIENCE.SPECTRUM", "");
        p.addValue("WAVELMIN", 480.0, "nm");
        p.addValue("WAVELMAX", 680.0, "nm");
        double[] wave = new double[2001];
        float[] flux = new float[2001];
        for (int i = 0; i < wave.length; i++) {
            wave[i] = 480 + i * 0.1;
            flux[i] = (float) Math.sin(i / 100.0);
        }
        nom.tam.fits.BinaryTableHDU table = nom.tam.fits.BinaryTableHDU.wrap(
                nom.tam.fits.BinaryTable.fromColumnMajor(new Object[] {new double[][] {wave}, new float[][] {flux}}));
        table.getHeader().addValue("EXTNAME", "SPECTRUM", "");
        table.getHeader().addValue("TTYPE1", "WAVE", "");
        table.getHeader().addValue("TTYPE2", "FLUX", "");
        return write(dir, SPECTRUM, List.of(primary, table));
    }

    /** Writes {@code dpId}.fits of these HDUs into {@code dir}. */
    static Path write(Path dir, String dpId, List<BasicHDU<?>> hdus) throws FitsException, IOException {
        return TestFits.write(hdus, dir, dpId);
    }
}
