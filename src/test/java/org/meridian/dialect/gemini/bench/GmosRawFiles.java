// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import nom.tam.fits.NullDataHDU;
import nom.tam.util.FitsOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.meridian.sky.Wcs;

/**
 * Writes real bzip2-compressed GMOS-N raw files for the {@code /download} benchmark: a primary header
 * with the keywords the Gemini ingest reads and three 2x2-binned EEV CCDs of 16-bit pixels (bias,
 * sky, read and photon noise, a few stars), about 14.6 MB uncompressed and 4-5 MB as stored. All
 * files belong to one program observed on one night, so one closed selection covers them.
 */
final class GmosRawFiles {

    static final String PROGRAM = "GN-2024B-Q-901";
    static final String NIGHT = "20241015";
    /** Above any sequence number the metadata inflater gives out on a night, so names never collide. */
    static final int FIRST_SEQUENCE = 5001;

    private static final int WIDTH = 1056; // 1024 binned data columns + 32 overscan
    private static final int HEIGHT = 2304;
    private static final int FILES_PER_OBSERVATION = 20;
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss.S").withZone(ZoneOffset.UTC);

    private GmosRawFiles() {}

    /** Writes {@code count} files into {@code dir} on {@code threads} threads; returns their paths in order. */
    static List<Path> write(Path dir, int count, int threads) throws Exception {
        Files.createDirectories(dir);
        List<Future<Path>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> writeOne(dir, index)));
            }
        }
        List<Path> paths = new ArrayList<>();
        for (Future<Path> f : futures) {
            paths.add(f.get());
        }
        return paths;
    }

    private static Path writeOne(Path dir, int index) throws IOException, FitsException {
        String name = "N" + NIGHT + "S" + (FIRST_SEQUENCE + index);
        Path file = dir.resolve(name + ".fits.bz2");
        if (Files.isRegularFile(file)) {
            return file; // a rerun after an interrupted generation keeps what was written
        }
        SplittableRandom random = new SplittableRandom(0x6e6d6f73L + index);
        Instant ut = Instant.parse("2024-10-15T06:00:00Z").plusSeconds(index * 330L);
        double ra = 150.1 + (index / FILES_PER_OBSERVATION) * 0.5;
        double dec = 2.2 + random.nextDouble(-0.01, 0.01);
        Fits fits = new Fits();
        NullDataHDU primary = new NullDataHDU();
        primaryCards(primary.getHeader(), index, ut, ra, dec);
        fits.addHDU(primary);
        double scale = 0.1454 * 2 / 3600;
        for (int ccd = 1; ccd <= 3; ccd++) {
            Wcs wcs = Wcs.tan(ra, dec, 1.5 * 1024 + 0.5 - (ccd - 1) * 1024, HEIGHT / 2.0 + 0.5, scale, 0);
            ImageHDU hdu = (ImageHDU) Fits.makeHDU(pixels(random));
            Header h = hdu.getHeader();
            h.addValue("EXTNAME", "SCI", "Extension name");
            h.addValue("EXTVER", ccd, "Extension version");
            h.addValue("CCDNAME", "EEV 9273-" + (15 + ccd) + "-0" + ccd, "CCD chip name");
            h.addValue("CCDSUM", "2 2", "CCD pixel summing");
            h.addValue("GAIN", 2.1 + 0.05 * ccd, "Amplifier gain (electrons/ADU)");
            h.addValue("RDNOISE", 3.5, "Readout noise (electrons)");
            h.addValue("DATASEC", "[1:1024,1:" + HEIGHT + "]", "Data section");
            h.addValue("BIASSEC", "[1025:" + WIDTH + ",1:" + HEIGHT + "]", "Overscan section");
            for (Map.Entry<String, Object> card : wcs.toHeaderCards().entrySet()) {
                switch (card.getValue()) {
                    case String s -> h.addValue(card.getKey(), s, "");
                    case Long l -> h.addValue(card.getKey(), l, "");
                    case Integer n -> h.addValue(card.getKey(), n, "");
                    case Double d -> h.addValue(card.getKey(), d, "");
                    default -> throw new IllegalStateException("unexpected WCS card " + card);
                }
            }
            fits.addHDU(hdu);
        }
        Path temp = dir.resolve(name + ".part");
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
                OutputStream bz = new BZip2CompressorOutputStream(raw, 9);
                FitsOutputStream out = new FitsOutputStream(bz)) {
            fits.write(out);
        }
        Files.move(temp, file);
        return file;
    }

    private static void primaryCards(Header h, int index, Instant ut, double ra, double dec) throws FitsException {
        int observation = 1 + index / FILES_PER_OBSERVATION;
        String obsId = PROGRAM + "-" + observation;
        h.addValue("NEXTEND", 3, "Number of extensions");
        h.addValue("INSTRUME", "GMOS-N", "Instrument used to acquire data");
        h.addValue("OBJECT", "COSMOS-" + observation, "Object Name");
        h.addValue("OBSTYPE", "OBJECT", "Observation type");
        h.addValue("OBSCLASS", "science", "Observe class");
        h.addValue("GEMPRGID", PROGRAM, "Gemini programme ID");
        h.addValue("OBSID", obsId, "Observation ID / Data label");
        h.addValue("DATALAB", obsId + "-%03d".formatted(1 + index % FILES_PER_OBSERVATION), "DHS data label");
        h.addValue("OBSERVAT", "Gemini-North", "Name of telescope");
        h.addValue("TELESCOP", "Gemini-North", "");
        h.addValue("DATE-OBS", DATE.format(ut), "UTC Date of observation (yyyy-mm-dd)");
        h.addValue("TIME-OBS", TIME.format(ut), "UTC time at start of exposure");
        h.addValue("UT", TIME.format(ut), "UT at observation start");
        h.addValue("LT", TIME.format(ut.atOffset(ZoneOffset.ofHours(-10))), "Local time at start of observation");
        h.addValue("RA", ra, "Target Right Ascension");
        h.addValue("DEC", dec, "Target Declination");
        h.addValue("AIRMASS", 1.12, "Mean airmass for the observation");
        h.addValue("EXPTIME", 300.0, "Exposure time in seconds");
        h.addValue("FILTER1", "r_G0303", "Filter 1 name");
        h.addValue("FILTER2", "open2-8", "Filter 2 name");
        h.addValue("GRATING", "MIRROR", "Grating name");
        h.addValue("MASKNAME", "None", "Mask name");
        h.addValue("MASKTYP", 0, "Mask type");
        h.addValue("AMPINTEG", 5000, "");
        h.addValue("DETRO1X", 1, "");
        h.addValue("DETRO1XS", 6144, "");
        h.addValue("DETRO1Y", 1, "");
        h.addValue("DETRO1YS", 4608, "");
        h.addValue("RAWIQ", "70-percentile", "Raw Image Quality");
        h.addValue("RAWCC", "50-percentile", "Raw Cloud Cover");
        h.addValue("RAWWV", "Any", "Raw Water Vapour/Transparency");
        h.addValue("RAWBG", "50-percentile", "Raw Background");
        h.addValue("RAWPIREQ", "YES", "PI Requirements Met");
        h.addValue("RAWGEMQA", "USABLE", "Gemini Quality Assessment");
        // Public already: the benchmark measures serving bytes, not the proprietary check.
        h.addValue("RELEASE", "2025-10-15", "End of proprietary period YYYY-MM-DD");
    }

    /** Bias 600 ADU, sky 150 ADU, Gaussian noise of about 8 ADU, a few hundred stars. */
    private static short[][] pixels(SplittableRandom random) {
        short[][] data = new short[HEIGHT][WIDTH];
        float[] sky = new float[WIDTH];
        for (int x = 0; x < WIDTH; x++) {
            sky[x] = x < 1024 ? 150 : 0; // the overscan columns see bias only
        }
        for (int y = 0; y < HEIGHT; y++) {
            short[] row = data[y];
            for (int x = 0; x < WIDTH; x++) {
                row[x] = (short) Math.round(600 + sky[x] + 8 * gaussian(random));
            }
        }
        for (int s = 0; s < 300; s++) {
            int cx = random.nextInt(4, 1020);
            int cy = random.nextInt(4, HEIGHT - 4);
            double peak = 20000 * Math.pow(random.nextDouble(), 4);
            for (int dy = -3; dy <= 3; dy++) {
                for (int dx = -3; dx <= 3; dx++) {
                    double v = data[cy + dy][cx + dx] + peak * Math.exp(-(dx * dx + dy * dy) / 2.0);
                    data[cy + dy][cx + dx] = (short) Math.min(32767, Math.round(v));
                }
            }
        }
        return data;
    }

    /** Irwin-Hall approximation of a unit normal: four uniforms, cheap enough for 7 M pixels a file. */
    private static double gaussian(SplittableRandom random) {
        return (random.nextDouble() + random.nextDouble() + random.nextDouble() + random.nextDouble() - 2)
                * Math.sqrt(3);
    }
}
