// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.FitsException;
import org.meridian.demo.FitsOut.Comment;
import org.meridian.demo.GeminiPlan.Frame;
import org.meridian.sky.Wcs;

/** Writes one Gemini raw file: a primary header with the keywords FitsStorage reads, and SCI extensions. */
final class GeminiWriter {

    private static final ZoneId MAUNA_KEA = ZoneId.of("Pacific/Honolulu");
    private static final ZoneId CERRO_PACHON = ZoneId.of("America/Santiago");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss.S").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final int WIDTH = 128;
    private static final int HEIGHT = 256;

    private GeminiWriter() {}

    static Path write(Path dir, Frame f, StarCatalog catalog) throws IOException {
        SplittableRandom rnd = Seeds.forName("gemini/" + f.name());
        boolean gmos = f.instrument().startsWith("GMOS");
        int extensions = gmos ? 3 : 1;
        double scale = (gmos ? 0.1454 : 0.117) * 2 / 3600 * (gmos ? 1 : 2); // binned pixels, degrees
        List<BasicHDU<?>> hdus = new ArrayList<>();
        hdus.add(FitsOut.primary(primaryCards(f, extensions)));
        double half = extensions * WIDTH / 2.0;
        List<Star> stars = catalog.near(f.target().ra(), f.target().dec(), scale * HEIGHT);
        try {
            for (int e = 1; e <= extensions; e++) {
                // One mosaic WCS split over the CCDs: each extension shifts CRPIX1 by its offset.
                Wcs wcs = Wcs.tan(
                        f.target().ra(), f.target().dec(), half + 0.5 - (e - 1) * WIDTH, HEIGHT / 2.0 + 0.5, scale, 0);
                Scene scene = scene(f, wcs, stars);
                short[][] data = Renderer.toShort(Renderer.render(scene, WIDTH, HEIGHT, rnd));
                Map<String, Object> cards = new LinkedHashMap<>();
                cards.put("EXTNAME", "SCI");
                cards.put("EXTVER", e);
                cards.put("CCDNAME", gmos ? "EEV 9273-" + (15 + e) + "-0" + e : f.instrument() + " array");
                if (gmos) {
                    cards.put("CCDSUM", new Comment("2 2", "CCD pixel summing"));
                    cards.put("GAIN", new Comment(2.1 + 0.05 * e, "Amplifier gain (electrons/ADU)"));
                    cards.put("RDNOISE", 3.5);
                    cards.put("DATASEC", "[1:" + WIDTH + ",1:" + HEIGHT + "]");
                }
                cards.putAll(wcs.toHeaderCards());
                hdus.add(FitsOut.image(data, cards));
            }
        } catch (FitsException ex) {
            throw new IOException("cannot build " + f.name() + ": " + ex.getMessage(), ex);
        }
        return FitsOut.write(dir, f.name(), FitsOut.Storage.BZIP2, hdus);
    }

    private static Scene scene(Frame f, Wcs wcs, List<Star> stars) {
        double bias = 600;
        return switch (f.obsType()) {
            case "BIAS" -> new Scene.Bias(bias);
            case "FLAT" -> new Scene.Flat(bias, 18000);
            case "ARC" -> new Scene.Arc(bias, 9000);
            default -> {
                if (f.target().name().equals("Twilight")) {
                    yield new Scene.Flat(bias, 12000);
                }
                if (!f.mode().equals("IMAGE")) {
                    yield new Scene.Spectrum(bias, 40, 900, HEIGHT / 2.0);
                }
                yield new Scene.StarField(bias, wcs, stars, 150, 26.5, f.exposure(), 4.0);
            }
        };
    }

    private static Map<String, Object> primaryCards(Frame f, int extensions) {
        double[] azEl = Sites.altAz(
                f.north() ? Sites.MAUNA_KEA : Sites.CERRO_PACHON,
                f.ut(),
                f.target().ra(),
                f.target().dec());
        boolean gmos = f.instrument().startsWith("GMOS");
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("NEXTEND", extensions);
        c.put("INSTRUME", f.instrument());
        c.put("OBJECT", f.target().name());
        c.put("OBSTYPE", f.obsType());
        c.put("OBSCLASS", f.obsClass());
        c.put("GEMPRGID", f.programId());
        c.put("OBSID", f.obsId());
        c.put("DATALAB", f.dataLabel());
        c.put("OBSERVAT", f.north() ? "Gemini-North" : "Gemini-South");
        c.put("TELESCOP", f.north() ? "Gemini-North" : "Gemini-South");
        c.put("DATE-OBS", new Comment(DATE.format(f.ut()), "UTC Date of observation (yyyy-mm-dd)"));
        c.put("TIME-OBS", new Comment(TIME.format(f.ut()), "UTC time at start of exposure"));
        c.put("UT", TIME.format(f.ut()));
        // Local time at the site: Hawaii keeps UT-10 all year, Chile UT-4 or, in its summer, UT-3.
        c.put("LT", TIME.withZone(f.north() ? MAUNA_KEA : CERRO_PACHON).format(f.ut()));
        // Written by the data handling system at the end of the exposure; never the generation time.
        c.put("DATE", DATE.format(f.ut()) + "T" + TIME.format(f.ut().plusSeconds((long) f.exposure() + 30)));
        c.put("RA", new Comment(f.target().ra(), "Target Right Ascension"));
        c.put("DEC", new Comment(f.target().dec(), "Target Declination"));
        c.put("AZIMUTH", azEl[0]);
        c.put("ELEVATIO", azEl[1]);
        c.put("CRPA", StarCatalog.wrap(azEl[0] + 37.5) - 180);
        c.put("AIRMASS", Math.round(Sites.airmass(azEl[1]) * 1000) / 1000.0);
        c.put("EXPTIME", f.exposure());
        if (!gmos) {
            c.put("COADDS", 1);
        }
        String[] filters = f.filter().split("&");
        c.put("FILTER1", filters[0]);
        c.put("FILTER2", gmos ? "open2-8" : "Open");
        if (gmos) {
            c.put("GRATING", f.grating());
            c.put("MASKNAME", f.mask());
            c.put("MASKTYP", f.mode().equals("IMAGE") ? 0 : 1);
            if (!f.mode().equals("IMAGE")) {
                c.put("CENTWAVE", f.grating().startsWith("R400") ? 700.0 : 520.0);
                c.put("GRWLEN", f.grating().startsWith("R400") ? 700.0 : 520.0);
            }
            c.put("AMPINTEG", 5000);
            c.put("DETRO1X", 1);
            c.put("DETRO1XS", 6144);
            c.put("DETRO1Y", 1);
            c.put("DETRO1YS", 4608);
        } else {
            c.put("DISPERSR", f.grating().isEmpty() ? "Open" : f.grating());
            c.put("FPMASK", f.mask());
            c.put("CAMERA", f.instrument().equals("NIRI") ? "f6" : "ShortBlue_G5540");
            c.put("GAINSET", "high");
            c.put("READMODE", "Medium_Object");
            c.put("WELDEPTH", "Shallow");
            if (!f.mode().equals("IMAGE")) {
                c.put("CWAVE", 2.2);
            }
        }
        c.put("RAWIQ", f.qa().equals("Usable") ? "85-percentile" : "70-percentile");
        c.put("RAWCC", "50-percentile");
        c.put("RAWWV", "Any");
        c.put("RAWBG", "50-percentile");
        c.put("REQIQ", "70-percentile");
        c.put("REQCC", "70-percentile");
        c.put("REQWV", "Any");
        c.put("REQBG", "Any");
        // FitsStorage's qa_state: (YES, USABLE) -> Pass, (NO, USABLE) -> Usable.
        c.put("RAWPIREQ", f.qa().equals("Pass") ? "YES" : "NO");
        c.put("RAWGEMQA", "USABLE");
        c.put("RELEASE", new Comment(f.release().toString(), "End of proprietary period YYYY-MM-DD"));
        if (f.propMd()) {
            c.put("PROP_MD", new Comment(true, "Proprietary metadata"));
        }
        c.put("OIWFS_ST", "guiding");
        return c;
    }
}
