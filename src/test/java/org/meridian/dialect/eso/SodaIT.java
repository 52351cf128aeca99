// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.dialect.eso.EsoFixture.BIAS;
import static org.meridian.dialect.eso.EsoFixture.CUBE;
import static org.meridian.dialect.eso.EsoFixture.DEC;
import static org.meridian.dialect.eso.EsoFixture.ESO_USER;
import static org.meridian.dialect.eso.EsoFixture.OTHER;
import static org.meridian.dialect.eso.EsoFixture.PRODUCT;
import static org.meridian.dialect.eso.EsoFixture.RA;
import static org.meridian.dialect.eso.EsoFixture.RAW_PRIVATE;
import static org.meridian.dialect.eso.EsoFixture.RAW_PROPRIETARY;
import static org.meridian.dialect.eso.EsoFixture.RAW_PUBLIC;
import static org.meridian.dialect.eso.EsoFixture.SCALE;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.util.FitsInputStream;
import org.junit.jupiter.api.Test;

/** SODA 1.0 sync cutouts over real ingested ESO files: exact pixels, WCS, extensions, errors, access. */
class SodaIT extends WithEsoArchive {

    private static String q(String dpId, String params) {
        return "/soda/sync?ID=" + URLEncoder.encode(EsoIds.of(dpId), StandardCharsets.UTF_8) + params;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static BasicHDU<?>[] fits(HttpResponse<byte[]> r) throws Exception {
        assertThat(r.statusCode())
                .as(new String(r.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/fits");
        assertThat(r.body().length % 2880).isZero();
        try (Fits f = new Fits(new FitsInputStream(new ByteArrayInputStream(r.body())))) {
            return f.read();
        }
    }

    private static BasicHDU<?>[] original(String dpId) throws Exception {
        // Read from a stream, so that the data are loaded before the Fits closes.
        byte[] bytes = java.nio.file.Files.readAllBytes(eso.original(dpId));
        try (Fits f = new Fits(new FitsInputStream(new ByteArrayInputStream(bytes)))) {
            return f.read();
        }
    }

    @Test
    void circleCutsEveryImageExtensionAlikeWithExactPixels() throws Exception {
        // 2" around the centre: 0.2" pixels, so about 21 x 21 of the 100 x 80 image.
        String circle = String.format(Locale.ROOT, "%f %f %f", RA, DEC, 2.0 / 3600);
        BasicHDU<?>[] cut = fits(eso.get(q(PRODUCT, "&CIRCLE=" + enc(circle)), null));
        BasicHDU<?>[] orig = original(PRODUCT);
        assertThat(cut).hasSize(4);
        assertThat(cut[0].getHeader().getStringValue("PRODCATG")).isEqualTo("SCIENCE.IMAGE");
        Header sci = cut[1].getHeader();
        int w = sci.getIntValue("NAXIS1");
        int h = sci.getIntValue("NAXIS2");
        assertThat(w).isBetween(20, 22);
        assertThat(h).isBetween(20, 22);
        int x0 = (int) Math.round(50.5 - sci.getDoubleValue("CRPIX1")); // pixels dropped on the left
        int y0 = (int) Math.round(40.5 - sci.getDoubleValue("CRPIX2"));
        assertThat(sci.getDoubleValue("CRPIX1")).isEqualTo(50.5 - x0);
        assertThat(sci.getStringValue("EXTNAME")).isEqualTo("SCI");
        assertThat(sci.getStringValue("BUNIT")).isEqualTo("adu");
        assertThat(sci.getDoubleValue("CD2_2")).isEqualTo(SCALE);
        float[][] sciOrig = (float[][]) orig[1].getKernel();
        float[][] sciCut = (float[][]) cut[1].getKernel();
        float[][] errOrig = (float[][]) orig[2].getKernel();
        float[][] errCut = (float[][]) cut[2].getKernel();
        int[][] qualOrig = (int[][]) orig[3].getKernel();
        int[][] qualCut = (int[][]) cut[3].getKernel();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertThat(sciCut[y][x]).isEqualTo(sciOrig[y0 + y][x0 + x]);
                assertThat(errCut[y][x]).isEqualTo(errOrig[y0 + y][x0 + x]);
                assertThat(qualCut[y][x]).isEqualTo(qualOrig[y0 + y][x0 + x]);
            }
        }
        assertThat(cut[2].getHeader().getStringValue("EXTNAME")).isEqualTo("ERR");
        assertThat(cut[3].getHeader().getIntValue("NAXIS1")).isEqualTo(w);
        // The centre pixel of the circle is the centre of the cutout, within a pixel.
        assertThat(x0 + w / 2.0).isCloseTo(50, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void polygonAndRangeCutThePrimaryImage() throws Exception {
        double d = 3.0 / 3600;
        double dra = d / Math.cos(Math.toRadians(DEC));
        String polygon = String.format(
                Locale.ROOT,
                "%f %f %f %f %f %f %f %f",
                RA - dra,
                DEC - d,
                RA + dra,
                DEC - d,
                RA + dra,
                DEC + d,
                RA - dra,
                DEC + d);
        String range = String.format(Locale.ROOT, "RANGE %f %f %f %f", RA - dra, RA + dra, DEC - d, DEC + d);
        short[][] orig = (short[][]) original(RAW_PUBLIC)[0].getKernel();
        for (String params :
                List.of("&POLYGON=" + enc(polygon), "&POS=" + enc(range), "&POS=" + enc("POLYGON " + polygon))) {
            BasicHDU<?>[] cut = fits(eso.get(q(RAW_PUBLIC, params), null));
            assertThat(cut).hasSize(1);
            Header h = cut[0].getHeader();
            assertThat(h.getIntValue("NAXIS1")).isBetween(30, 32);
            assertThat(h.getIntValue("NAXIS2")).isBetween(30, 32);
            assertThat(h.getStringValue("HIERARCH.ESO.OBS.PROG.ID")).isEqualTo("0102.D-0315(A)");
            int x0 = (int) Math.round(32.5 - h.getDoubleValue("CRPIX1"));
            int y0 = (int) Math.round(24.5 - h.getDoubleValue("CRPIX2"));
            short[][] data = (short[][]) cut[0].getKernel();
            assertThat(data[0][0]).isEqualTo(orig[y0][x0]);
            assertThat(data[data.length - 1][data[0].length - 1])
                    .isEqualTo(orig[y0 + data.length - 1][x0 + data[0].length - 1]);
        }
    }

    @Test
    void bandCutsTheCubeAndItsVarianceAlongWavelength() throws Exception {
        // 490..500 nm: pixels at 480 + (k - 1) * 1.25 nm covering it are k = 9..17.
        BasicHDU<?>[] cut = fits(eso.get(q(CUBE, "&BAND=" + enc("490e-9 500e-9")), null));
        assertThat(cut).hasSize(3);
        Header data = cut[1].getHeader();
        assertThat(data.getIntValue("NAXIS1")).isEqualTo(30);
        assertThat(data.getIntValue("NAXIS3")).isEqualTo(9);
        assertThat(data.getDoubleValue("CRPIX3")).isEqualTo(1.0 - 8);
        float[][][] orig = (float[][][]) original(CUBE)[1].getKernel();
        float[][][] got = (float[][][]) cut[1].getKernel();
        float[][][] stat = (float[][][]) cut[2].getKernel();
        for (int z = 0; z < 9; z++) {
            assertThat(got[z][3][4]).isEqualTo(orig[z + 8][3][4]);
            assertThat(stat[z][3][4]).isEqualTo(-orig[z + 8][3][4]);
        }
        // Both at once: a spatial and spectral sub-cube.
        String circle = String.format(Locale.ROOT, "%f %f %f", RA, DEC, 1.0 / 3600);
        BasicHDU<?>[] both = fits(eso.get(q(CUBE, "&BAND=" + enc("490e-9 500e-9") + "&CIRCLE=" + enc(circle)), null));
        Header b = both[1].getHeader();
        assertThat(b.getIntValue("NAXIS1")).isLessThan(30);
        assertThat(b.getIntValue("NAXIS3")).isEqualTo(9);
        assertThat(both[2].getHeader().getIntValue("NAXIS1")).isEqualTo(b.getIntValue("NAXIS1"));
        int x0 = (int) Math.round(15.5 - b.getDoubleValue("CRPIX1"));
        int y0 = (int) Math.round(10.5 - b.getDoubleValue("CRPIX2"));
        assertThat(((float[][][]) both[1].getKernel())[2][1][1]).isEqualTo(orig[10][y0 + 1][x0 + 1]);
        // An open-ended band.
        assertThat(fits(eso.get(q(CUBE, "&BAND=" + enc("-Inf 481e-9")), null))[1]
                        .getHeader()
                        .getIntValue("NAXIS3"))
                .isEqualTo(2);
    }

    @Test
    void noFilterGivesTheWholeDataset() throws Exception {
        BasicHDU<?>[] cut = fits(eso.get(q(PRODUCT, ""), null));
        assertThat(cut).hasSize(4);
        assertThat(cut[1].getHeader().getIntValue("NAXIS1")).isEqualTo(100);
    }

    @Test
    void missesAreNoOverlap() throws Exception {
        for (String params : List.of(
                "&CIRCLE=" + enc("10 10 0.01"),
                "&POS=" + enc(String.format(Locale.ROOT, "CIRCLE %f %f %f", RA + 0.02, DEC, 1.0 / 3600)),
                "&BAND=" + enc("1e-6 2e-6"))) {
            HttpResponse<byte[]> r = eso.get(q(params.contains("BAND") ? CUBE : PRODUCT, params), null);
            assertThat(r.statusCode()).as(params).isEqualTo(400);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).startsWith("NoOverlap");
        }
    }

    @Test
    void hostileParametersAreUsageFaults() throws Exception {
        String id = "ID=" + enc(EsoIds.of(PRODUCT));
        List<String> queries = List.of(
                "",
                "ID=",
                id + "&ID=" + enc(EsoIds.of(CUBE)),
                id + "&CIRCLE=" + enc("1 2"),
                id + "&CIRCLE=" + enc("a b c"),
                id + "&CIRCLE=" + enc("10 10 -1"),
                id + "&CIRCLE=" + enc("10 95 1"),
                id + "&CIRCLE=" + enc("NaN 10 1"),
                id + "&CIRCLE=" + enc("1e400 10 1"),
                id + "&POLYGON=" + enc("1 2 3 4"),
                id + "&POS=" + enc("BOX 1 2 3 4"),
                id + "&POS=" + enc("CIRCLE"),
                id + "&POS=" + enc("RANGE 1 2 3"),
                id + "&POS=" + enc("RANGE 1 2 50 40"),
                id + "&CIRCLE=" + enc("1 2 3") + "&POLYGON=" + enc("1 2 3 4 5 6"),
                id + "&BAND=x",
                id + "&BAND=" + enc("2 1"),
                id + "&BAND=" + enc("NaN 1"),
                id + "&BAND=" + enc("1"),
                id + "&BAND=" + enc("1 2 3"),
                id + "&BAND=1&BAND=2",
                id + "&TIME=" + enc("55000 56000"),
                id + "&POL=I",
                id + "&RESPONSEFORMAT=votable",
                "ID=" + enc("ivo://elsewhere.org/x"),
                "ID=" + enc(EsoIds.of(BIAS)) + "&CIRCLE=" + enc(RA + " " + DEC + " 0.01"));
        for (String query : queries) {
            HttpResponse<byte[]> r = eso.get("/soda/sync?" + query, null);
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertThat(r.statusCode()).as(query + " -> " + body).isEqualTo(400);
            assertThat(body).as(query).startsWith("UsageFault: ");
        }
        assertThat(eso.get("/soda/sync?ID=a%00b", null).statusCode()).isEqualTo(400);
        for (String form : List.of(id + "&CIRCLE=" + enc("1 2"), id + "&CIRCLE=" + "1".repeat(20_000))) {
            HttpResponse<byte[]> post = eso.post("/soda/sync", form, null);
            assertThat(post.statusCode()).isEqualTo(400);
            assertThat(new String(post.body(), StandardCharsets.UTF_8)).startsWith("UsageFault: ");
        }
        assertThat(eso.get(q("no-such-dataset", ""), null).statusCode()).isEqualTo(404);
    }

    @Test
    void cutoutsFollowTheAccessPolicy() throws Exception {
        String circle = "&CIRCLE=" + enc(String.format(Locale.ROOT, "%f %f %f", RA, DEC, 2.0 / 3600));
        HttpResponse<byte[]> anonymous = eso.get(q(RAW_PROPRIETARY, circle), null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(new String(anonymous.body(), StandardCharsets.UTF_8)).startsWith("NotAuthorizedFault");
        assertThat(anonymous.headers().allValues("WWW-Authenticate")).isNotEmpty();
        assertThat(eso.get(q(RAW_PROPRIETARY, circle), OTHER).statusCode()).isEqualTo(403);
        assertThat(fits(eso.get(q(RAW_PROPRIETARY, circle), ESO_USER))).hasSize(1);
        assertThat(eso.get(q(RAW_PRIVATE, circle), null).statusCode()).isEqualTo(404);
        assertThat(eso.get(q(RAW_PRIVATE, circle), OTHER).statusCode()).isEqualTo(404);
        assertThat(fits(eso.get(q(RAW_PRIVATE, circle), ESO_USER))).hasSize(1);
        assertThat(eso.get(q(RAW_PUBLIC, circle), EsoFixture.basic("eso_user", "wrong"))
                        .statusCode())
                .isEqualTo(401);
    }
}
