// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nom.tam.fits.FitsException;
import org.meridian.demo.FitsOut.Comment;
import org.meridian.demo.LcoPlan.Frame;
import org.meridian.sky.Wcs;

/** Writes one LCO frame as an fpacked {@code .fits.fz}: an empty primary and a RICE-compressed SCI image. */
final class LcoWriter {

    static final int SIZE = 256;
    private static final DateTimeFormatter ISO_MS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_S =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final Instant MJD_ZERO = Instant.parse("1858-11-17T00:00:00Z");

    private LcoWriter() {}

    /** The directory an LCO frame lives in, as the archive's file store lays it out. */
    static String directory(Frame f) {
        String level = f.obsType().equals("BPM") ? "bpm" : (f.rlevel() == 0 ? "raw" : "processed");
        return "lco/" + f.camera().site() + "/" + f.camera().instrument() + "/"
                + f.dayObs().toString().replace("-", "") + "/" + level;
    }

    static Wcs wcs(Frame f) {
        // The seed frame's footprint spans 0.1679 deg on a side; other cameras use their own pixel scale.
        double scale = f.basename().startsWith("ogg2m001-fs02-20160202-0133")
                ? 0.16787 / (SIZE - 1)
                : f.camera().pixelScaleArcsec() * 8 / 3600;
        return Wcs.tan(f.ra(), f.dec(), SIZE / 2.0 + 0.5, SIZE / 2.0 + 0.5, scale, 0);
    }

    static Path write(Path outDir, Frame f, StarCatalog catalog) throws IOException {
        SplittableRandom rnd = Seeds.forName("lco/" + f.basename());
        Wcs wcs = wcs(f);
        double bias = f.rlevel() == 0 ? 500 : 0;
        Scene scene =
                switch (f.obsType()) {
                    case "BIAS" -> new Scene.Bias(bias);
                    case "DARK" -> new Scene.Dark(bias, f.exposure());
                    case "SKYFLAT" -> new Scene.Flat(bias, 15000);
                    case "BPM" -> new Scene.Bias(0);
                    case "SPECTRUM" -> new Scene.Spectrum(bias, 30, 600, SIZE / 2.0 + 10);
                    default ->
                        new Scene.StarField(
                                bias,
                                wcs,
                                catalog.near(f.ra(), f.dec(), wcs.pixelScale() * SIZE),
                                80,
                                f.camera().telId().startsWith("2m") ? 25.5 : 24.0,
                                f.exposure(),
                                3.0);
                };
        short[][] data = f.obsType().equals("BPM")
                ? new short[SIZE][SIZE]
                : Renderer.toShort(Renderer.render(scene, SIZE, SIZE, rnd));
        try {
            return FitsOut.write(
                    outDir.resolve(directory(f)),
                    f.basename(),
                    FitsOut.Storage.RICE,
                    List.of(FitsOut.primary(Map.of()), FitsOut.image(data, cards(f, wcs))));
        } catch (FitsException e) {
            throw new IOException("cannot build " + f.basename() + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> cards(Frame f, Wcs wcs) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("EXTNAME", "SCI");
        c.put("ORIGIN", "LCOGT");
        c.put("SITEID", new Comment(f.camera().site(), "ID code of the Observatory site"));
        c.put("TELID", new Comment(f.camera().telId(), "ID code of the Telescope"));
        c.put("ENCID", f.camera().telId().startsWith("2m") ? "clma" : "doma");
        c.put("TELESCOP", f.camera().telId() + "-" + f.camera().site());
        c.put("INSTRUME", new Comment(f.camera().instrument(), "Instrument used"));
        c.put("OBSTYPE", new Comment(f.obsType(), "Observation type"));
        c.put("PROPID", new Comment(f.proposal(), "Proposal ID"));
        c.put("OBJECT", new Comment(f.object().isEmpty() ? "N/A" : f.object(), "Object name"));
        c.put("DATE-OBS", new Comment(ISO_MS.format(f.dateObs()), "[UTC] Start date and time of the observation"));
        c.put(
                "DAY-OBS",
                new Comment(f.dayObs().toString().replace("-", ""), "[UTC] Date at start of local observing night"));
        c.put("UTSTART", ISO_MS.format(f.dateObs()).substring(11));
        c.put("MJD-OBS", Duration.between(MJD_ZERO, f.dateObs()).toMillis() / 86_400_000.0);
        c.put("EXPTIME", new Comment(f.exposure(), "[s] Exposure length"));
        c.put("FILTER", new Comment(f.filter(), "Filter used"));
        c.put("FILTER1", f.filter().equals("air") ? "air" : f.filter());
        c.put("RA", new Comment(Sites.hours(f.ra()), "[HH:MM:SS.sss] Telescope RA"));
        c.put("DEC", new Comment(Sites.degrees(f.dec()), "[sDD:MM:SS.ss] Telescope Dec"));
        c.put("CAT-RA", Sites.hours(f.ra()));
        c.put("CAT-DEC", Sites.degrees(f.dec()));
        c.put("BLKUID", new Comment(f.blockId(), "Block unique ID"));
        c.put("REQNUM", f.requestId() == 0 ? "UNSPECIFIED" : (Object) f.requestId());
        c.put("MOLUID", f.moleculeId() == 0 ? "UNSPECIFIED" : (Object) f.moleculeId());
        c.put("RLEVEL", new Comment(f.rlevel(), "Reduction level"));
        if (f.publicDate() != null) {
            c.put("L1PUBDAT", new Comment(ISO_S.format(f.publicDate()), "[UTC] Date the frame becomes public"));
        }
        f.related().forEach((key, basename) -> c.put(key, basename + ".fits"));
        if (f.basename().startsWith("ogg2m001-fs02-20160202-0133")) {
            // Cards the seed's header example shows for this telescope.
            c.put("AZIMUTH", 180.3819459);
            c.put("OBSGEO-Y", -5213920.079);
            c.put("M1COVER", "DEPLOYED");
            c.put("SCHEDSEE", "");
            c.put("FOCOBOFF", 0.0);
            c.put("FILTER1", "air");
        }
        c.put("CCDSUM", "2 2");
        c.put("GAIN", 2.0);
        c.put("RDNOISE", Renderer.READ_NOISE);
        c.putAll(wcs.toHeaderCards());
        c.put(
                "DATE",
                new Comment(
                        ISO_S.format(f.dateObs().plusSeconds((long) f.exposure() + 20)),
                        "[UTC] Date this FITS file was written"));
        return c;
    }
}
