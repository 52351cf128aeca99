// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which Gemini files exist: the GMOS-N night of 2010-12-31 exactly as the Gemini seed's sample
 * output lists it (plus the biases, flats and arcs such a night also has, none of them OBJECT
 * frames and none in GN-2010B-Q-22), a few nights of other instruments, engineering and still
 * proprietary data.
 */
final class GeminiPlan {

    record Target(String name, double ra, double dec) {}

    /**
     * One raw file.
     *
     * @param mode IMAGE, LS or MOS (GMOS tags follow from GRATING, MASKNAME and MASKTYP)
     * @param release the RELEASE header date
     * @param propMd proprietary coordinates (PROP_MD)
     */
    record Frame(
            String name,
            String instrument,
            String programId,
            String obsId,
            String dataLabel,
            String obsType,
            String obsClass,
            String qa,
            Target target,
            Instant ut,
            String mode,
            String filter,
            String grating,
            String mask,
            double exposure,
            LocalDate release,
            boolean propMd) {

        boolean north() {
            return name.startsWith("N");
        }
    }

    static final Target CDFS = new Target("CDFS", 53.1227, -27.8058);
    static final Target SDSS0841 = new Target("SDSSJ0841+2042", 130.2581, 20.7069);
    static final Target L5C02 = new Target("L5c02", 64.4862, 28.1291);
    static final Target CLUSTER_F = new Target("Cluster F - East", 150.3125, 2.2981);
    static final Target PTF10CWR = new Target("PTF10cwr", 171.4446, -8.8282);
    static final Target PG1323 = new Target("PG1323-086", 201.4146, -8.8217);
    static final Target NGC1851 = new Target("NGC 1851", 78.5282, -40.0465);
    static final Target SN2010JL = new Target("SN2010jl", 145.7221, 9.4950);
    static final Target M1 = new Target("M1", 83.6331, 22.0145);
    static final Target TUC47 = new Target("47 Tuc", 6.0236, -72.0813);
    static final Target HUDF = new Target("HUDF-par2", 53.3580, -27.8850);

    static final LocalDate FAR_FUTURE = LocalDate.of(2099, 12, 31);
    private static final Instant NIGHT_START = Instant.parse("2010-12-31T04:00:00Z");

    private GeminiPlan() {}

    static List<Target> targets() {
        return List.of(CDFS, SDSS0841, L5C02, CLUSTER_F, PTF10CWR, PG1323, NGC1851, SN2010JL, M1, TUC47, HUDF);
    }

    static List<Frame> frames(int scale) {
        List<Frame> f = new ArrayList<>();
        LocalDate d = LocalDate.of(2010, 12, 31);
        // The seed's jsonsummary rows: file number range, observation, first dataset number, class, QA, target.
        seedRun(f, 222, 224, "GN-2010B-Q-51", "196", 1, "acq", "Usable", CDFS, "IMAGE");
        seedRun(f, 274, 276, "GN-2010B-Q-51", "196", 4, "acq", "Pass", CDFS, "IMAGE");
        seedRun(f, 278, 278, "GN-2010B-Q-51", "169", 6, "science", "Pass", CDFS, "MOS");
        seedRun(f, 333, 335, "GN-2010B-C-10", "103", 1, "acq", "Pass", SDSS0841, "IMAGE");
        seedRun(f, 337, 337, "GN-2010B-C-10", "82", 4, "science", "Pass", SDSS0841, "LS");
        seedRun(f, 338, 343, "GN-2010B-Q-22", "4", 1, "science", "Pass", L5C02, "LS");
        seedRun(f, 369, 371, "GN-2010B-Q-37", "56", 1, "acq", "Pass", CLUSTER_F, "IMAGE");
        seedRun(f, 373, 374, "GN-2010B-Q-37", "17", 8, "science", "Pass", CLUSTER_F, "MOS");
        seedRun(f, 377, 377, "GN-2010B-Q-37", "17", 12, "science", "Pass", CLUSTER_F, "MOS");
        seedRun(f, 378, 383, "GN-2010B-Q-64", "1", 1, "science", "Pass", PTF10CWR, "LS");
        seedRun(f, 397, 412, "GN-CAL20101231", "11", 1, "partnerCal", "Pass", PG1323, "IMAGE");
        seedRun(f, 413, 413, "GN-CAL20101231", "12", 1, "dayCal", "Pass", null, "IMAGE");
        seedRun(f, 414, 428, "GN-CAL20101231", "12", 8, "dayCal", "Pass", null, "IMAGE");
        // The rest of that night: calibrations that are not OBJECT frames.
        for (int n = 1; n <= 5; n++) {
            f.add(gmosN(n, "GN-CAL20101231", "1", n, "BIAS", "dayCal", "Pass", new Target("Bias", 0, 0), "IMAGE", 0));
        }
        f.add(gmosN(
                279,
                "GN-2010B-Q-51",
                "169",
                7,
                "FLAT",
                "progCal",
                "Pass",
                new Target("GCALflat", CDFS.ra(), CDFS.dec()),
                "MOS",
                20));
        f.add(gmosN(
                384,
                "GN-2010B-Q-64",
                "1",
                7,
                "ARC",
                "progCal",
                "Pass",
                new Target("CuAr", PTF10CWR.ra(), PTF10CWR.dec()),
                "LS",
                30));
        f.add(gmosN(
                385,
                "GN-2010B-Q-64",
                "1",
                8,
                "FLAT",
                "progCal",
                "Usable",
                new Target("GCALflat", PTF10CWR.ra(), PTF10CWR.dec()),
                "LS",
                10));
        for (int k = 0; k < scale; k++) {
            otherNights(f, k);
            if (k > 0) {
                // --scale: whole extra GMOS-N nights of ordinary queue imaging.
                run(
                        f,
                        "N",
                        "GMOS-N",
                        LocalDate.of(2011, 3, 1).plusDays(k),
                        1,
                        60,
                        "GN-2011A-Q-" + (40 + k),
                        "1",
                        CLUSTER_F,
                        "IMAGE",
                        "r_G0303",
                        "MIRROR",
                        "None",
                        90,
                        LocalDate.of(2012, 8, 22).plusDays(k),
                        false,
                        "science");
            }
        }
        return f;
    }

    private static void seedRun(
            List<Frame> f,
            int from,
            int to,
            String program,
            String obs,
            int firstDataset,
            String obsClass,
            String qa,
            Target target,
            String mode) {
        for (int n = from; n <= to; n++) {
            Target t = target != null ? target : twilight(n);
            double exposure =
                    switch (obsClass) {
                        case "acq" -> 30;
                        case "partnerCal" -> 5;
                        case "dayCal" -> 2 + (n % 7);
                        default -> mode.equals("IMAGE") ? 300 : 1200;
                    };
            f.add(gmosN(n, program, obs, firstDataset + n - from, "OBJECT", obsClass, qa, t, mode, exposure));
        }
    }

    /** Twilight flats point near the zenith; the telescope tracks the sky a little between them. */
    private static Target twilight(int n) {
        Instant t = time(n);
        return new Target("Twilight", Sites.lst(Sites.MAUNA_KEA, t), Sites.MAUNA_KEA.latitude() + 0.05 * (n % 5));
    }

    private static Instant time(int n) {
        return NIGHT_START.plus(Duration.ofSeconds((long) ((n - 200) * 200.0)));
    }

    private static Frame gmosN(
            int n,
            String program,
            String obs,
            int dataset,
            String obsType,
            String obsClass,
            String qa,
            Target target,
            String mode,
            double exposure) {
        String name = String.format("N20101231S%04d", n);
        String obsId = program + "-" + obs;
        String filter = mode.equals("IMAGE") ? (obsClass.equals("acq") ? "r_G0303" : "g_G0301") : "open1-6";
        String grating =
                switch (mode) {
                    case "IMAGE" -> "MIRROR";
                    case "LS" -> program.endsWith("Q-64") ? "R400+_G5305" : "B600+_G5307";
                    default -> "R400+_G5305";
                };
        String mask =
                switch (mode) {
                    case "IMAGE" -> "None";
                    case "LS" -> program.endsWith("C-10") ? "0.75arcsec" : "1.0arcsec";
                    default -> program.endsWith("Q-51") ? "GN2010BQ051-03" : "GN2010BQ037-01";
                };
        // Science programs: 540 days proprietary (FitsStorage's header fixer); calibrations public at once.
        LocalDate release = program.contains("CAL") ? LocalDate.of(2010, 12, 31) : LocalDate.of(2012, 6, 24);
        return new Frame(
                name,
                "GMOS-N",
                program,
                obsId,
                obsId + String.format("-%03d", dataset),
                obsType,
                obsClass,
                qa,
                target,
                n < 200 ? Instant.parse("2010-12-31T02:00:00Z").plusSeconds(60L * n) : time(n),
                mode,
                filter,
                grating,
                mask,
                exposure,
                release,
                false);
    }

    /** Other instruments and nights. Block {@code k > 0} repeats the pattern on later nights for --scale. */
    private static void otherNights(List<Frame> f, int k) {
        run(
                f,
                "S",
                "GMOS-S",
                LocalDate.of(2011, 1, 5).plusDays(k),
                101,
                6,
                "GS-2010B-Q-12",
                obs(3, k),
                NGC1851,
                "IMAGE",
                "i_G0327",
                "MIRROR",
                "None",
                120,
                LocalDate.of(2012, 6, 28).plusDays(k),
                false,
                "science");
        run(
                f,
                "N",
                "GNIRS",
                LocalDate.of(2011, 1, 10).plusDays(k),
                51,
                4,
                "GN-2010B-Q-70",
                obs(8, k),
                SN2010JL,
                "LS",
                "XD_G0526",
                "32/mm_G5506",
                "0.30arcsec_G5530",
                240,
                LocalDate.of(2012, 7, 3).plusDays(k),
                false,
                "science");
        run(
                f,
                "N",
                "NIRI",
                LocalDate.of(2011, 2, 12).plusDays(k),
                120,
                4,
                "GN-2011A-Q-5",
                obs(2, k),
                M1,
                "IMAGE",
                "Kprime_G0206",
                "",
                "f6-cam_G5211",
                30,
                LocalDate.of(2012, 8, 5).plusDays(k),
                false,
                "science");
        run(
                f,
                "S",
                "F2",
                LocalDate.of(2014, 1, 1).plusDays(k),
                30,
                4,
                "GS-2013B-Q-30",
                obs(5, k),
                TUC47,
                "IMAGE",
                "J_G0802",
                "Open",
                "FP_Imaging",
                60,
                LocalDate.of(2015, 6, 25).plusDays(k),
                false,
                "science");
        run(
                f,
                "N",
                "GMOS-N",
                LocalDate.of(2011, 1, 2).plusDays(k),
                5,
                2,
                "GN-2010B-ENG-1",
                obs(1, k),
                HUDF,
                "IMAGE",
                "r_G0303",
                "MIRROR",
                "None",
                10,
                LocalDate.of(2011, 1, 2).plusDays(k),
                false,
                "science");
        run(
                f,
                "N",
                "GMOS-N",
                LocalDate.of(2025, 12, 1).plusDays(k),
                100,
                3,
                "GN-2025B-Q-210",
                obs(7, k),
                HUDF,
                "IMAGE",
                "z_G0304",
                "MIRROR",
                "None",
                600,
                FAR_FUTURE,
                true,
                "science");
        run(
                f,
                "S",
                "F2",
                LocalDate.of(2025, 11, 20).plusDays(k),
                40,
                4,
                "GS-2025B-Q-105",
                obs(2, k),
                NGC1851,
                "IMAGE",
                "H_G0803",
                "Open",
                "FP_Imaging",
                60,
                FAR_FUTURE,
                false,
                "science");
    }

    /** Later --scale blocks use fresh observation numbers, so every data label stays unique. */
    private static String obs(int base, int k) {
        return String.valueOf(base + 20 * k);
    }

    private static void run(
            List<Frame> f,
            String site,
            String instrument,
            LocalDate night,
            int first,
            int count,
            String program,
            String obs,
            Target target,
            String mode,
            String filter,
            String grating,
            String mask,
            double exposure,
            LocalDate release,
            boolean propMd,
            String obsClass) {
        String obsId = program + "-" + obs;
        Instant start = night.atTime(8, 0).toInstant(java.time.ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            String name = String.format("%s%sS%04d", site, night.toString().replace("-", ""), first + i);
            f.add(new Frame(
                    name,
                    instrument,
                    program,
                    obsId,
                    obsId + String.format("-%03d", i + 1),
                    "OBJECT",
                    obsClass,
                    "Pass",
                    target,
                    start.plusSeconds(400L * i),
                    mode,
                    filter,
                    grating,
                    mask,
                    exposure,
                    release,
                    propMd));
        }
    }
}
