// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.BinaryTable;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import org.meridian.sky.Wcs;

/**
 * ESO-like data from Paranal: FORS2 raw images and calibrations, UVES raw echelle frames and
 * calibrations, the master calibrations made of them (so FORS2 and UVES calibration selection finds
 * complete sets), and Phase 3 products (1-D spectra around the SSAP seed position and a reduced image).
 */
final class EsoData {

    /** One observing night of one program: raw frames, then products. */
    record Night(LocalDate date, String programId, String object, double ra, double dec) {}

    /** The programme ESO's pipeline masters belong to: the observatory's calibration plan, public at once. */
    static final String CALIBRATION_PLAN = "60.A-9051(A)";

    static final double SSAP_RA = 123.26956;
    static final double SSAP_DEC = -34.57804;
    private static final DateTimeFormatter ARC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final Instant MJD_ZERO = Instant.parse("1858-11-17T00:00:00Z");
    private static final double SCALE = 0.25 * 4 / 3600;

    private EsoData() {}

    static List<Night> nights(int scale) {
        List<Night> n = new ArrayList<>();
        for (int k = 0; k < scale; k++) {
            n.add(new Night(
                    LocalDate.of(2019, 3, 1).plusDays(2L * k), "0102.D-0315(A)", "CD-34 4166", SSAP_RA, SSAP_DEC));
            n.add(new Night(
                    LocalDate.of(2019, 3, 2).plusDays(2L * k), "0102.C-0588(B)", "NGC 3201", 154.4034, -46.4125));
            n.add(new Night(
                    LocalDate.of(2025, 12, 10).plusDays(k), "0116.C-0702(A)", "SGR A* FIELD", 266.41683, -29.00781));
        }
        return n;
    }

    static List<Path> write(Path outDir, Night night, StarCatalog catalog) throws IOException {
        List<Path> files = new ArrayList<>();
        Instant t = night.date().atTime(23, 40).toInstant(ZoneOffset.UTC);
        List<Star> stars = catalog.near(night.ra(), night.dec(), SCALE * 256);
        try {
            for (String type : List.of("BIAS", "BIAS", "FLAT,SKY", "FLAT,SKY")) {
                files.add(raw(outDir, night, "FORS2", "CALIB", type, "IMAGE", t, stars));
                t = t.plusSeconds(120);
            }
            Instant fors2Calibs = night.date().atTime(23, 40).toInstant(ZoneOffset.UTC);
            files.add(master(outDir, night, "FORS2", "MASTER_BIAS", fors2Calibs));
            files.add(master(outDir, night, "FORS2", "MASTER_SKY_FLAT_IMG", fors2Calibs.plusSeconds(240)));
            Instant standard = night.date().plusDays(1).atTime(0, 30).toInstant(ZoneOffset.UTC);
            files.add(raw(outDir, night, "FORS2", "CALIB", "STD", "IMAGE", standard, stars));
            t = night.date().plusDays(1).atTime(1, 12).toInstant(ZoneOffset.UTC);
            for (int i = 0; i < 4; i++) {
                files.add(raw(outDir, night, "FORS2", "SCIENCE", "OBJECT", "IMAGE", t, stars));
                t = t.plusSeconds(420);
            }
            for (int i = 0; i < 3; i++) {
                files.add(raw(outDir, night, "UVES", "SCIENCE", "OBJECT", "ECHELLE", t, stars));
                t = t.plusSeconds(1900);
            }
            files.addAll(uvesCalibrations(outDir, night, t, stars));
            Instant reduced = night.date().plusDays(9).atTime(12, 0).toInstant(ZoneOffset.UTC);
            for (int i = 0; i < 2; i++) {
                files.add(spectrum(outDir, night, t.minusSeconds(1900L * (i + 1)), reduced.plusSeconds(i)));
            }
            files.add(image(outDir, night, t, reduced.plusSeconds(5), stars));
        } catch (FitsException e) {
            throw new IOException("cannot build ESO file for " + night + ": " + e.getMessage(), e);
        }
        return files;
    }

    /**
     * UVES's calibrations for the night's science, which ends at {@code scienceEnd}: a flux standard
     * that night, the next morning's biases, lamp flat and ThAr arc, and the masters made of them, so
     * the calibration rules (dialect.eso.calselector) find a complete set.
     */
    private static List<Path> uvesCalibrations(Path outDir, Night night, Instant scienceEnd, List<Star> stars)
            throws IOException, FitsException {
        List<Path> files = new ArrayList<>();
        files.add(raw(outDir, night, "UVES", "CALIB", "STD", "ECHELLE", scienceEnd.plusSeconds(600), stars));
        Instant morning = night.date().plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC);
        List<String> types = List.of("BIAS", "BIAS", "LAMP,FLAT", "LAMP,WAVE");
        for (int i = 0; i < types.size(); i++) {
            files.add(
                    raw(outDir, night, "UVES", "CALIB", types.get(i), "ECHELLE", morning.plusSeconds(180L * i), stars));
        }
        files.add(master(outDir, night, "UVES", "MASTER_BIAS", morning));
        files.add(master(outDir, night, "UVES", "MASTER_FLAT", morning.plusSeconds(360)));
        files.add(master(outDir, night, "UVES", "LINE_TABLE", morning.plusSeconds(540)));
        return files;
    }

    /**
     * The instrument setup calibration selection matches: FORS2 imaging through R_SPECIAL, binned 2x2
     * at the standard read clock; UVES's red arm at 580 nm, unbinned at the standard read speed.
     */
    private static void setup(Map<String, Object> c, String instrument) {
        if (instrument.equals("UVES")) {
            c.put("HIERARCH ESO INS MODE", "RED");
            c.put("HIERARCH ESO INS GRAT2 WLEN", 580.0);
            c.put("HIERARCH ESO DET WIN1 BINX", 1);
            c.put("HIERARCH ESO DET WIN1 BINY", 1);
            c.put("HIERARCH ESO DET READ SPEED", "225kHz,1x1,low");
        } else {
            c.put("HIERARCH ESO INS MODE", "IMG");
            c.put("HIERARCH ESO INS FILT1 NAME", "R_SPECIAL");
            c.put("HIERARCH ESO DET WIN1 BINX", 2);
            c.put("HIERARCH ESO DET WIN1 BINY", 2);
            c.put("HIERARCH ESO DET READ CLOCK", "200Kps/2ports/high_gain");
        }
    }

    /** A pipeline master calibration (PRO CATG) made from the raw calibrations taken at {@code t}. */
    private static Path master(Path outDir, Night night, String instrument, String category, Instant t)
            throws IOException, FitsException {
        String name = "M." + instrument + "." + ARC.format(t);
        Scene scene = category.equals("MASTER_BIAS") ? new Scene.Bias(200) : new Scene.Flat(0, 1);
        float[][] data = Renderer.render(scene, 64, 64, Seeds.forName("eso/" + name));
        Map<String, Object> c = common(night, instrument, t, 0);
        // Masters are the calibration plan's, not the night's programme's, and point nowhere: a private
        // programme's name and target must not reach them (docs/access.md).
        c.remove("RA");
        c.remove("DEC");
        c.put("HIERARCH ESO OBS PROG ID", CALIBRATION_PLAN);
        c.put("OBJECT", category);
        c.put("HIERARCH ESO OBS NAME", "Calibration");
        c.put("ARCFILE", name + ".fits");
        c.put("DATE", ARC.format(t.plusSeconds(3600)));
        c.put("HIERARCH ESO DPR CATG", "CALIB");
        c.put("HIERARCH ESO PRO CATG", category);
        setup(c, instrument);
        return FitsOut.write(
                outDir.resolve("eso/masters"), name, FitsOut.Storage.PLAIN, List.of(FitsOut.image(data, c)));
    }

    /** The cards of a Phase 3 product made at {@code made} from an exposure at {@code t}. */
    private static Map<String, Object> phase3(
            Night night,
            String instrument,
            Instant t,
            double exptime,
            Instant made,
            String category,
            String technique) {
        Map<String, Object> c = common(night, instrument, t, exptime);
        c.put("DATE", ARC.format(made));
        c.put("PRODCATG", category);
        c.put("PROG_ID", night.programId());
        c.put("OBSTECH", technique);
        return c;
    }

    private static Map<String, Object> common(Night night, String instrument, Instant t, double exptime) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("ORIGIN", "ESO-PARANAL");
        c.put("TELESCOP", instrument.equals("UVES") ? "ESO-VLT-U2" : "ESO-VLT-U1");
        c.put("INSTRUME", instrument);
        c.put("OBJECT", night.object());
        c.put("RA", night.ra());
        c.put("DEC", night.dec());
        c.put("EQUINOX", 2000.0);
        c.put("RADESYS", "FK5");
        c.put("EXPTIME", exptime);
        c.put("MJD-OBS", Duration.between(MJD_ZERO, t).toMillis() / 86_400_000.0);
        c.put("DATE-OBS", ARC.format(t));
        c.put("HIERARCH ESO OBS PROG ID", night.programId());
        c.put("HIERARCH ESO OBS NAME", night.object().replace(' ', '_') + "_OB");
        return c;
    }

    private static Path raw(
            Path outDir,
            Night night,
            String instrument,
            String catg,
            String type,
            String tech,
            Instant t,
            List<Star> stars)
            throws IOException, FitsException {
        String arcfile = instrument + "." + ARC.format(t);
        SplittableRandom rnd = Seeds.forName("eso/" + arcfile);
        double exptime = type.equals("BIAS") ? 0 : (catg.equals("CALIB") ? 4 : (tech.equals("ECHELLE") ? 1800 : 300));
        Wcs wcs = Wcs.tan(night.ra(), night.dec(), 128.5, 128.5, SCALE, 0);
        Scene scene =
                switch (type) {
                    case "BIAS" -> new Scene.Bias(200);
                    case "FLAT,SKY", "LAMP,FLAT" -> new Scene.Flat(200, 20000);
                    default ->
                        tech.equals("ECHELLE")
                                ? new Scene.Spectrum(200, 15, 400, 128)
                                : new Scene.StarField(200, wcs, stars, 120, 27.5, exptime, 3.2);
                };
        Map<String, Object> c = common(night, instrument, t, exptime);
        if (catg.equals("CALIB")) {
            // ESO names calibrations by their type, not by the science target: they are public at once,
            // while the programme's target may be private (docs/access.md).
            c.put("OBJECT", type);
            c.put("HIERARCH ESO OBS NAME", "Calibration");
        }
        c.put("ARCFILE", arcfile + ".fits");
        c.put(
                "ORIGFILE",
                instrument + "_" + tech + "_" + type.replace(',', '_') + "_" + t.getEpochSecond() % 100000 + ".fits");
        c.put("DATE", ARC.format(t.plusSeconds((long) exptime + 25)));
        c.put("HIERARCH ESO DPR CATG", catg);
        c.put("HIERARCH ESO DPR TYPE", type);
        c.put("HIERARCH ESO DPR TECH", tech);
        setup(c, instrument);
        if (!catg.equals("CALIB") || type.startsWith("FLAT") || type.equals("STD")) {
            c.putAll(wcs.toHeaderCards());
        }
        short[][] data = Renderer.toShort(Renderer.render(scene, 256, 256, rnd));
        return FitsOut.write(
                outDir.resolve("eso/raw"), arcfile, FitsOut.Storage.PLAIN, List.of(FitsOut.image(data, c)));
    }

    /** A Phase 3 1-D spectrum: primary header plus a one-row binary table of WAVE, FLUX, ERR arrays. */
    private static Path spectrum(Path outDir, Night night, Instant t, Instant made) throws IOException, FitsException {
        String name = "ADP." + ARC.format(made);
        SplittableRandom rnd = Seeds.forName("eso/" + name);
        int n = 2000;
        double[] wave = new double[n];
        float[] flux = new float[n];
        float[] err = new float[n];
        for (int i = 0; i < n; i++) {
            wave[i] = 480.0 + i * 0.1; // nm
            double continuum = 2e-14 * (1 + 0.3 * Math.sin(i / 300.0));
            double line = Math.abs(wave[i] - 486.13) < 0.8 || Math.abs(wave[i] - 656.28) < 0.8 ? 0.4 : 1.0;
            err[i] = (float) (continuum * 0.02);
            flux[i] = (float) (continuum * line + err[i] * rnd.nextGaussian());
        }
        Map<String, Object> p = phase3(night, "UVES", t, 1800, made, "SCIENCE.SPECTRUM", "ECHELLE");
        p.put("SPECSYS", "BARYCENT");
        p.put("WAVELMIN", wave[0]);
        p.put("WAVELMAX", wave[n - 1]);
        p.put("SPEC_RES", 42310.0);
        p.put("SPEC_BIN", 0.1);
        p.put("SNR", 50.0);
        p.put("FLUXCAL", "ABSOLUTE");
        p.put("TELAPSE", 1800.0);
        p.put("PROV1", "UVES." + ARC.format(t) + ".fits");
        BinaryTable table = BinaryTable.fromColumnMajor(
                new Object[] {new double[][] {wave}, new float[][] {flux}, new float[][] {err}});
        BinaryTableHDU hdu = BinaryTableHDU.wrap(table);
        Header h = hdu.getHeader();
        String[][] cols = {
            {"WAVE", "nm", "spec:Data.SpectralAxis.Value", "em.wl"},
            {"FLUX", "erg cm**(-2) s**(-1) angstrom**(-1)", "spec:Data.FluxAxis.Value", "phot.flux.density;em.wl"},
            {
                "ERR",
                "erg cm**(-2) s**(-1) angstrom**(-1)",
                "spec:Data.FluxAxis.Accuracy.StatError",
                "stat.error;phot.flux.density;em.wl"
            }
        };
        h.addValue("EXTNAME", "SPECTRUM", "");
        h.addValue("VOCLASS", "SPECTRUM v2.0", "VO Data Model");
        h.addValue("NELEM", n, "Length of the data arrays");
        for (int i = 0; i < cols.length; i++) {
            h.addValue("TTYPE" + (i + 1), cols[i][0], "");
            h.addValue("TUNIT" + (i + 1), cols[i][1], "");
            h.addValue("TUTYP" + (i + 1), cols[i][2], "");
            h.addValue("TUCD" + (i + 1), cols[i][3], "");
        }
        List<BasicHDU<?>> hdus = List.of(FitsOut.primary(p), hdu);
        return FitsOut.write(outDir.resolve("eso/products"), name, FitsOut.Storage.PLAIN, hdus);
    }

    /** A Phase 3 reduced image with its WCS. */
    private static Path image(Path outDir, Night night, Instant t, Instant made, List<Star> stars)
            throws IOException, FitsException {
        String name = "ADP." + ARC.format(made);
        Wcs wcs = Wcs.tan(night.ra(), night.dec(), 112.5, 112.5, SCALE, 0);
        float[][] data = Renderer.render(
                new Scene.StarField(0, wcs, stars, 20, 27.5, 1200, 3.0), 224, 224, Seeds.forName("eso/" + name));
        Map<String, Object> c = phase3(night, "FORS2", t, 1200, made, "SCIENCE.IMAGE", "IMAGE");
        c.put("FILTER", "R_SPECIAL");
        c.put("BUNIT", "adu");
        c.putAll(wcs.toHeaderCards());
        return FitsOut.write(
                outDir.resolve("eso/products"), name, FitsOut.Storage.PLAIN, List.of(FitsOut.image(data, c)));
    }
}
