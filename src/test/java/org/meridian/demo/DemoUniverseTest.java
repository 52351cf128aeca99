// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import nom.tam.image.compression.hdu.CompressedImageHDU;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.sky.Healpix;
import org.meridian.sky.Wcs;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;

class DemoUniverseTest {

    @TempDir
    static Path first;

    @TempDir
    static Path second;

    static DemoSummary summary;

    @BeforeAll
    static void generate() {
        summary = DemoUniverse.generate(first, 1, ProgressListener.NONE);
    }

    @Test
    void sameBytesOnEveryRun() throws Exception {
        DemoUniverse.generate(second, 1, ProgressListener.NONE);
        Map<String, String> a = md5s(first);
        Map<String, String> b = md5s(second);
        assertThat(a).hasSizeGreaterThan(250);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void summaryAndManifestAgree() {
        DemoManifest m = DemoManifest.read(summary.manifest());
        assertThat(m.files()).hasSize(summary.dataFiles());
        assertThat(summary.dataFiles()).isBetween(250, 700);
        assertThat(summary.catalogRows()).isBetween(60_000L, 300_000L);
        assertThat(m.catalogs())
                .extracting(DemoManifest.Catalog::table)
                .contains(
                        "gaiadr1.gaia_source",
                        "gaiadr3.gaia_source",
                        "gaiadr3.epoch_photometry",
                        "asm.meteo_paranal",
                        "asm.dimm_paranal");
        assertThat(m.files()).allSatisfy(f -> assertThat(f.bytes()).isLessThan(260_000));
        assertThat(m.accounts()).filteredOn(DemoManifest.Account::staff).hasSize(1);
    }

    @Test
    void geminiSeedFileCarriesTheSeedValues() throws Exception {
        Header h = bz2Primary(first.resolve("gemini/N20101231S0338.fits.bz2"));
        assertThat(h.getStringValue("DATALAB")).isEqualTo("GN-2010B-Q-22-4-001");
        assertThat(h.getStringValue("OBSCLASS")).isEqualTo("science");
        assertThat(h.getStringValue("OBJECT")).isEqualTo("L5c02");
        assertThat(h.getStringValue("OBSTYPE")).isEqualTo("OBJECT");
        assertThat(h.getStringValue("RAWPIREQ")).isEqualTo("YES");
        assertThat(h.getStringValue("RAWGEMQA")).isEqualTo("USABLE");
        Header usable = bz2Primary(first.resolve("gemini/N20101231S0222.fits.bz2"));
        assertThat(usable.getStringValue("RAWPIREQ")).isEqualTo("NO");
        assertThat(usable.getStringValue("DATALAB")).isEqualTo("GN-2010B-Q-51-196-001");
        Header twilight = bz2Primary(first.resolve("gemini/N20101231S0428.fits.bz2"));
        assertThat(twilight.getStringValue("DATALAB")).isEqualTo("GN-CAL20101231-12-022");
        assertThat(twilight.getStringValue("OBSCLASS")).isEqualTo("dayCal");
    }

    @Test
    void geminiNightHasExactlyTheSeedsObjectFrames() {
        List<GeminiPlan.Frame> night = GeminiPlan.frames(1).stream()
                .filter(f -> f.name().startsWith("N20101231") && f.obsType().equals("OBJECT"))
                .toList();
        assertThat(night).hasSize(61);
        assertThat(GeminiPlan.frames(1).stream()
                        .filter(f -> f.name().startsWith("N20101231")
                                && f.programId().equals("GN-2010B-Q-22")))
                .extracting(GeminiPlan.Frame::name)
                .containsExactly(
                        "N20101231S0338",
                        "N20101231S0339",
                        "N20101231S0340",
                        "N20101231S0341",
                        "N20101231S0342",
                        "N20101231S0343");
    }

    @Test
    void lcoSeedFrameCarriesTheSeedValues() throws Exception {
        Path file = first.resolve("lco/ogg/fs02/20160202/processed/ogg2m001-fs02-20160202-0133-e91.fits.fz");
        try (Fits fits = new Fits(file.toFile())) {
            Header h = fits.getHDU(1).getHeader();
            assertThat(h.getStringValue("PROPID")).isEqualTo("FTPEPO2014A-003");
            assertThat(h.getStringValue("OBJECT")).isEqualTo("P 2010 v1");
            assertThat(h.getStringValue("DATE-OBS")).isEqualTo("2016-02-03T09:05:57.414");
            assertThat(h.getStringValue("DAY-OBS")).isEqualTo("20160202");
            assertThat(h.getStringValue("L1PUBDAT")).isEqualTo("2016-02-03T09:05:57");
            assertThat(h.getIntValue("RLEVEL")).isEqualTo(91);
            assertThat(h.getIntValue("BLKUID")).isEqualTo(54321);
            assertThat(h.getIntValue("REQNUM")).isEqualTo(12345);
            assertThat(h.getStringValue("L1IDBIAS")).isEqualTo("ogg2m001-fs02-20160202-bias-bin2x2.fits");
            ImageHDU img = ((CompressedImageHDU) fits.getHDU(1)).asImageHDU();
            Wcs wcs = wcsOf(img.getHeader());
            double[] corner = wcs.pixelToSky(1, 1);
            assertThat(corner[0]).isCloseTo(135.12548, org.assertj.core.data.Offset.offset(0.002));
            assertThat(corner[1]).isCloseTo(36.53400, org.assertj.core.data.Offset.offset(0.002));
        }
        assertThat(first.resolve("lco/ogg/fs02/20160202/raw/ogg2m001-fs02-20160202-0133-e00.fits.fz"))
                .exists();
    }

    @Test
    void gaiaSeedIdsArePresentWhereTheirIdsSayTheyAre() throws Exception {
        StarTable t = new StarTableFactory()
                .makeStarTable(first.resolve("catalogs/gaiadr3.gaia_source.vot").toString());
        int idCol = column(t, "source_id");
        int raCol = column(t, "ra");
        int decCol = column(t, "dec");
        long checked = 0;
        List<Long> seen = new java.util.ArrayList<>();
        try (RowSequence rows = t.getRowSequence()) {
            while (rows.next()) {
                long id = ((Number) rows.getCell(idCol)).longValue();
                double ra = ((Number) rows.getCell(raCol)).doubleValue();
                double dec = ((Number) rows.getCell(decCol)).doubleValue();
                assertThat(id >> 35).as("source %d", id).isEqualTo(Healpix.ang2pix(12, ra, dec));
                if (StarCatalog.SEED_SOURCE_IDS.contains(id)) {
                    seen.add(id);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10_000);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(StarCatalog.SEED_SOURCE_IDS);
    }

    @Test
    void imageStarsSitWhereTheCatalogAndWcsPutThem() throws Exception {
        Path file = first.resolve("lco/ogg/fs02/20160202/processed/ogg2m001-fs02-20160202-0133-e91.fits.fz");
        StarCatalog catalog =
                StarCatalog.build(List.of(), 1); // only for its projection helper: positions come from the VOTable
        try (Fits fits = new Fits(file.toFile())) {
            ImageHDU img = ((CompressedImageHDU) fits.getHDU(1)).asImageHDU();
            Wcs wcs = wcsOf(img.getHeader());
            short[][] data = (short[][]) img.getKernel();
            StarTable t = new StarTableFactory()
                    .makeStarTable(
                            first.resolve("catalogs/gaiadr3.gaia_source.vot").toString());
            int checked = 0;
            try (RowSequence rows = t.getRowSequence()) {
                while (rows.next()) {
                    double ra = ((Number) rows.getCell(column(t, "ra"))).doubleValue();
                    double dec = ((Number) rows.getCell(column(t, "dec"))).doubleValue();
                    double g = ((Number) rows.getCell(column(t, "phot_g_mean_mag"))).doubleValue();
                    double[] p = wcs.skyToPixel(ra, dec);
                    if (g < 17.5 && g > 14 && p[0] > 10 && p[0] < 246 && p[1] > 10 && p[1] < 246) {
                        double[] c = centroid(data, p[0] - 1, p[1] - 1);
                        if (c != null) {
                            assertThat(Math.hypot(c[0] - (p[0] - 1), c[1] - (p[1] - 1)))
                                    .as("star at %f %f", ra, dec)
                                    .isLessThan(1.0);
                            checked++;
                        }
                    }
                }
            }
            assertThat(checked).isGreaterThan(3);
        }
        assertThat(catalog.stars()).hasSize(StarCatalog.SEED_SOURCE_IDS.size() + StarCatalog.BACKGROUND_STARS);
    }

    /** Background-subtracted centroid in a 9x9 box; null if a brighter neighbour dominates the box. */
    private static double[] centroid(short[][] data, double x0, double y0) {
        int cx = (int) Math.round(x0);
        int cy = (int) Math.round(y0);
        double[] ring = new double[4];
        double bg =
                Math.min(Math.min(data[cy - 8][cx], data[cy + 8][cx]), Math.min(data[cy][cx - 8], data[cy][cx + 8]));
        double sum = 0;
        double sx = 0;
        double sy = 0;
        double peak = 0;
        int px = cx;
        int py = cy;
        for (int y = cy - 4; y <= cy + 4; y++) {
            for (int x = cx - 4; x <= cx + 4; x++) {
                double v = Math.max(0, data[y][x] - bg);
                sum += v;
                sx += v * x;
                sy += v * y;
                if (v > peak) {
                    peak = v;
                    px = x;
                    py = y;
                }
            }
        }
        if (sum <= 0 || Math.hypot(px - x0, py - y0) > 1.5 || data[py][px] >= 32000) {
            return null; // saturated, or another star's light dominates
        }
        return new double[] {sx / sum, sy / sum};
    }

    private static Wcs wcsOf(Header h) {
        return Wcs.fromHeader(
                h.getStringValue("CTYPE1"),
                h.getStringValue("CTYPE2"),
                key -> h.containsKey(key) ? java.util.Optional.of(h.getDoubleValue(key)) : java.util.Optional.empty());
    }

    private static int column(StarTable t, String name) {
        for (int i = 0; i < t.getColumnCount(); i++) {
            if (t.getColumnInfo(i).getName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static Header bz2Primary(Path file) throws Exception {
        try (InputStream in = new BZip2CompressorInputStream(Files.newInputStream(file));
                Fits fits = new Fits(in)) {
            BasicHDU<?> hdu = fits.readHDU();
            return hdu.getHeader();
        }
    }

    private static Map<String, String> md5s(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                MessageDigest md = MessageDigest.getInstance("MD5");
                out.put(root.relativize(p).toString(), HexFormat.of().formatHex(md.digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }
}
