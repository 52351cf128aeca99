// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.FitsException;
import org.meridian.sky.Wcs;

/**
 * JWST/NIRCam data: observations of program 1073 in F277W (the MAST seed's query) and one
 * exclusive-access program. Each observation has per-exposure uncal, rate and cal files and a
 * level-3 i2d mosaic, named as MAST names them.
 */
final class JwstData {

    /** One NIRCam observation: the CAOM level-3 obs_id is {@code jw<program>-o<obs>_t<target>_nircam_clear-<filter>}. */
    record Observation(String program, int number, String target, double ra, double dec, Instant start, String filter) {
        String obsId() {
            return String.format("jw%s-o%03d_t%03d_nircam_clear-%s", program, number, number, filter.toLowerCase());
        }

        String exposure(int visitExposure) {
            return String.format("jw%s%03d001_02101_%05d_nrcalong", program, number, visitExposure);
        }
    }

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final double SCALE = 0.063 * 8 / 3600; // NIRCam long-wave pixels, binned 8x for the demo

    private JwstData() {}

    static List<Observation> observations(int scale) {
        List<Observation> o = new ArrayList<>();
        for (int k = 0; k < scale; k++) {
            o.add(new Observation(
                    "01073",
                    1 + 3 * k,
                    "LMC-ASTROMETRIC-FIELD",
                    80.4875,
                    -69.4975,
                    Instant.parse("2022-05-20T11:02:16.345Z").plusSeconds(86_400L * k),
                    "F277W"));
            o.add(new Observation(
                    "01073",
                    2 + 3 * k,
                    "LMC-ASTROMETRIC-FIELD",
                    80.5350,
                    -69.5080,
                    Instant.parse("2022-05-20T14:40:05.120Z").plusSeconds(86_400L * k),
                    "F277W"));
            o.add(new Observation(
                    "01073",
                    3 + 3 * k,
                    "LMC-ASTROMETRIC-FIELD",
                    80.5350,
                    -69.5080,
                    Instant.parse("2022-05-20T16:12:44.870Z").plusSeconds(86_400L * k),
                    "F444W"));
            o.add(new Observation(
                    "04520",
                    1 + k,
                    "HUDF-DEEP",
                    53.1625,
                    -27.7914,
                    Instant.parse("2025-10-14T03:20:00.000Z").plusSeconds(86_400L * k),
                    "F277W"));
        }
        return o;
    }

    static List<Path> write(Path outDir, Observation obs, StarCatalog catalog) throws IOException {
        Path dir = outDir.resolve("jwst/" + obs.obsId());
        List<Star> stars = catalog.near(obs.ra(), obs.dec(), SCALE * 200);
        List<Path> files = new ArrayList<>();
        try {
            for (int e = 1; e <= 2; e++) {
                String base = obs.exposure(e);
                Instant t = obs.start().plusSeconds(700L * (e - 1));
                Wcs wcs = Wcs.tan(obs.ra(), obs.dec(), 64.5 + 4 * (e - 1), 64.5, SCALE, 0);
                SplittableRandom rnd = Seeds.forName("jwst/" + base);
                float[][] img = Renderer.render(new Scene.StarField(0, wcs, stars, 0.4, 24.0, 1.0, 2.0), 128, 128, rnd);
                short[][][] ramp = new short[3][][];
                for (int g = 0; g < 3; g++) {
                    float[][] read = new float[128][128];
                    for (int y = 0; y < 128; y++) {
                        for (int x = 0; x < 128; x++) {
                            read[y][x] = 1000 + img[y][x] * 300 * (g + 1) / 3;
                        }
                    }
                    ramp[g] = Renderer.toShort(read);
                }
                files.add(file(dir, base + "_uncal", obs, t, 1, wcs, ramp));
                files.add(file(dir, base + "_rate", obs, t, 2, wcs, img));
                files.add(file(dir, base + "_cal", obs, t, 2, wcs, img));
            }
            Wcs mosaic = Wcs.tan(obs.ra(), obs.dec(), 90.5, 90.5, SCALE, 0);
            float[][] i2d = Renderer.render(
                    new Scene.StarField(0, mosaic, stars, 0.4, 24.0, 1.0, 2.0),
                    180,
                    180,
                    Seeds.forName("jwst/" + obs.obsId()));
            files.add(file(dir, obs.obsId() + "_i2d", obs, obs.start(), 3, mosaic, i2d));
        } catch (FitsException e) {
            throw new IOException("cannot build JWST file for " + obs.obsId() + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static Path file(Path dir, String name, Observation obs, Instant t, int level, Wcs wcs, Object data)
            throws IOException, FitsException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("DATE", DATE.format(t.plusSeconds(3600)) + "T" + TIME.format(t.plusSeconds(3600)));
        p.put("ORIGIN", "STSCI");
        p.put("FILENAME", name + ".fits");
        p.put("TELESCOP", "JWST");
        p.put("INSTRUME", "NIRCAM");
        p.put("DETECTOR", "NRCALONG");
        p.put("CHANNEL", "LONG");
        p.put("MODULE", "A");
        p.put("FILTER", obs.filter());
        p.put("PUPIL", "CLEAR");
        p.put("EXP_TYPE", "NRC_IMAGE");
        p.put("PROGRAM", obs.program());
        p.put("OBSERVTN", String.format("%03d", obs.number()));
        p.put("VISIT", "001");
        p.put(
                "OBS_ID",
                name.startsWith("jw" + obs.program() + "-") ? obs.obsId() : name.substring(0, name.lastIndexOf('_')));
        p.put("VISIT_ID", String.format("%s%03d001", obs.program(), obs.number()));
        p.put("TARGPROP", obs.target());
        p.put("TARGNAME", obs.target());
        p.put("TARG_RA", obs.ra());
        p.put("TARG_DEC", obs.dec());
        p.put("DATE-OBS", DATE.format(t));
        p.put("TIME-OBS", TIME.format(t));
        p.put("EFFEXPTM", 429.44);
        p.put("DURATION", 472.38);
        p.put("CAL_VER", level == 1 ? "" : "1.8.2");
        List<BasicHDU<?>> hdus = new ArrayList<>();
        hdus.add(FitsOut.primary(p));
        Map<String, Object> sci = new LinkedHashMap<>();
        sci.put("EXTNAME", "SCI");
        sci.put("BUNIT", name.endsWith("_uncal") ? "DN" : (name.endsWith("_rate") ? "DN/s" : "MJy/sr"));
        sci.putAll(wcs.toHeaderCards());
        hdus.add(FitsOut.image(data, sci));
        return FitsOut.write(dir, name, FitsOut.Storage.PLAIN, hdus);
    }
}
