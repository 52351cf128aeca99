// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which LCO frames exist: the seed's frame {@code ogg2m001-fs02-20160202-0133-e91} with its raw
 * frame and the calibrations it names, and frames for the seed's proposals on 1 m and 2 m telescopes.
 */
final class LcoPlan {

    /** A telescope and camera: site, telescope code, TELID and instrument. */
    record Camera(String site, String telescope, String telId, String instrument, double pixelScaleArcsec) {
        String prefix() {
            return site + telescope + "-" + instrument;
        }

        boolean spectrograph() {
            return instrument.startsWith("en");
        }
    }

    /**
     * One frame.
     *
     * @param publicDate L1PUBDAT, or null to leave it to the archive's default rules
     * @param related header keys naming other frames (L1IDBIAS, ORIGNAME ...) and their basenames
     */
    record Frame(
            String basename,
            Camera camera,
            String proposal,
            String object,
            double ra,
            double dec,
            String filter,
            double exposure,
            String obsType,
            int rlevel,
            Instant dateObs,
            LocalDate dayObs,
            long blockId,
            long requestId,
            long moleculeId,
            Instant publicDate,
            Map<String, String> related) {

        /** The pipeline's reduced (level 91) frame of this raw one: the same pointing, times and ids. */
        Frame reduced(String reducedName, Map<String, String> reducedRelated) {
            return new Frame(
                    reducedName,
                    camera,
                    proposal,
                    object,
                    ra,
                    dec,
                    filter,
                    exposure,
                    obsType,
                    91,
                    dateObs,
                    dayObs,
                    blockId,
                    requestId,
                    moleculeId,
                    publicDate,
                    reducedRelated);
        }
    }

    static final Camera OGG_SPECTRAL = new Camera("ogg", "2m001", "2m0a", "fs02", 0.30);
    static final Camera OGG_FLOYDS = new Camera("ogg", "2m001", "2m0a", "en06", 0.34);
    static final Camera COJ_SPECTRAL = new Camera("coj", "2m002", "2m0a", "fs01", 0.30);
    static final Camera LSC_SINISTRO = new Camera("lsc", "1m004", "1m0a", "fa15", 0.389);
    static final Camera CPT_SBIG = new Camera("cpt", "1m010", "1m0a", "kb70", 0.464);
    static final Camera ELP_SINISTRO = new Camera("elp", "1m008", "1m0a", "fa05", 0.389);
    static final Camera COJ_SBIG = new Camera("coj", "1m003", "1m0a", "kb71", 0.464);
    static final Camera TFN_SINISTRO = new Camera("tfn", "1m001", "1m0a", "fa20", 0.389);

    /** The seed frame's pointing: the centre of the footprint polygon the seed shows. */
    static final double SEED_RA = 135.021026;

    static final double SEED_DEC = 36.617934;

    private record Block(
            String proposal,
            Camera camera,
            String object,
            double ra,
            double dec,
            LocalDate night,
            List<String> filters,
            double exposure) {}

    /** One line per block, so the plan reads as the table it is. */
    private static Block block(
            String proposal,
            Camera camera,
            String object,
            double ra,
            double dec,
            String night,
            double exposure,
            String... filters) {
        return new Block(proposal, camera, object, ra, dec, LocalDate.parse(night), List.of(filters), exposure);
    }

    private LcoPlan() {}

    static List<Frame> frames(int scale) {
        List<Frame> f = new ArrayList<>();
        seedFrames(f);
        List<Block> blocks = List.of(
                block("LCOEPO1", LSC_SINISTRO, "M42", 83.8221, -5.3911, "2016-04-12", 30, "B", "V", "rp"),
                block("LCOEPO1", CPT_SBIG, "M42", 83.8221, -5.3911, "2016-04-20", 45, "V", "rp"),
                block("WhiteFuzzies", ELP_SINISTRO, "M51", 202.4696, 47.1952, "2016-05-03", 120, "B", "V", "rp"),
                block("WhiteFuzzies", TFN_SINISTRO, "M51", 202.4696, 47.1952, "2016-05-09", 120, "V", "ip"),
                block("LCOEPO2", COJ_SBIG, "NGC 2070", 84.6763, -69.1008, "2014-11-18", 60, "B", "V"),
                block("LCOTest-001", LSC_SINISTRO, "Kepler-10", 285.6794, 50.2413, "2017-06-14", 20, "ip", "zs"),
                block("LCOEngineering", OGG_SPECTRAL, "HD 49798", 101.9985, -44.3030, "2016-03-03", 5, "R", "zs"),
                block("LCOEngineering", COJ_SPECTRAL, "HD 49798", 101.9985, -44.3030, "2016-03-04", 5, "R"),
                block("FTPEPO2014A-003", OGG_FLOYDS, "SN 2016bkv", 155.3971, 41.4243, "2016-04-02", 900, "slit_1.6as"),
                block("LCO2025B-014", ELP_SINISTRO, "WASP-12", 97.6366, 29.6723, "2025-11-28", 40, "rp", "ip"));
        long[] ids = {100_001, 2_000_001, 9_000_001};
        for (int k = 0; k < scale; k++) {
            int seq = 20 + 40 * k;
            for (Block b : blocks) {
                LocalDate night = b.night().plusDays(2L * k);
                Instant start = night.plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .minusSeconds(b.camera().site().equals("coj") ? 14 * 3600L : 0)
                        .plusSeconds(3600L * 4);
                long block = ids[0]++;
                long request = ids[1]++;
                for (int rep = 0; rep < 3; rep++) {
                    for (String filter : b.filters()) {
                        long molecule = ids[2]++;
                        seq++;
                        Instant t = start.plusSeconds((seq % 40) * (long) (b.exposure() + 40));
                        String base = b.camera().prefix() + "-"
                                + night.toString().replace("-", "") + "-" + String.format("%04d", seq);
                        String type = b.camera().spectrograph() ? "SPECTRUM" : "EXPOSE";
                        Frame raw = new Frame(
                                base + "-e00",
                                b.camera(),
                                b.proposal(),
                                b.object(),
                                b.ra(),
                                b.dec(),
                                filter,
                                b.exposure(),
                                type,
                                0,
                                t,
                                night,
                                block,
                                request,
                                molecule,
                                null,
                                Map.of());
                        f.add(raw);
                        if (!b.camera().spectrograph()) {
                            f.add(raw.reduced(base + "-e91", Map.of("ORIGNAME", raw.basename())));
                        }
                    }
                }
            }
        }
        return f;
    }

    /** The seed's frame, its raw frame, and the bias, dark, flat and mask it was reduced with. */
    private static void seedFrames(List<Frame> f) {
        Camera cam = OGG_SPECTRAL;
        LocalDate day = LocalDate.of(2016, 2, 2);
        Instant obs = Instant.parse("2016-02-03T09:05:57.414Z");
        Instant pub = Instant.parse("2016-02-03T09:05:57Z");
        String stem = "ogg2m001-fs02-20160202-";
        Instant calStart = Instant.parse("2016-02-03T03:10:00Z");
        for (int i = 0; i < 3; i++) {
            f.add(cal(stem + String.format("%04d", 10 + i) + "-b00", "BIAS", 0, 0, calStart.plusSeconds(30L * i)));
            f.add(cal(
                    stem + String.format("%04d", 20 + i) + "-d00",
                    "DARK",
                    0,
                    300,
                    calStart.plusSeconds(600 + 400L * i)));
            f.add(cal(
                    stem + String.format("%04d", 30 + i) + "-f00",
                    "SKYFLAT",
                    0,
                    8,
                    calStart.plusSeconds(3000 + 30L * i)));
        }
        f.add(cal(stem + "bias-bin2x2", "BIAS", 91, 0, calStart));
        f.add(cal(stem + "dark-bin2x2", "DARK", 91, 300, calStart.plusSeconds(600)));
        f.add(cal(stem + "skyflat-bin2x2-R", "SKYFLAT", 91, 8, calStart.plusSeconds(3000)));
        f.add(cal(stem + "bpm-bin2x2", "BPM", 91, 0, calStart));
        Frame raw = new Frame(
                stem + "0133-e00",
                cam,
                "FTPEPO2014A-003",
                "P 2010 v1",
                SEED_RA,
                SEED_DEC,
                "R",
                60,
                "EXPOSE",
                0,
                obs,
                day,
                54321,
                12345,
                77001,
                pub,
                Map.of());
        f.add(raw);
        Map<String, String> related = new LinkedHashMap<>();
        related.put("ORIGNAME", raw.basename());
        related.put("L1IDBIAS", stem + "bias-bin2x2");
        related.put("L1IDDARK", stem + "dark-bin2x2");
        related.put("L1IDFLAT", stem + "skyflat-bin2x2-R");
        related.put("L1IDMASK", stem + "bpm-bin2x2");
        f.add(raw.reduced(stem + "0133-e91", related));
    }

    private static Frame cal(String basename, String type, int rlevel, double exposure, Instant t) {
        return new Frame(
                basename,
                OGG_SPECTRAL,
                "calibrate",
                "",
                SEED_RA,
                SEED_DEC,
                type.equals("SKYFLAT") ? "R" : "air",
                exposure,
                type,
                rlevel,
                t,
                LocalDate.of(2016, 2, 2),
                54000 + Math.abs(basename.hashCode() % 300),
                0,
                0,
                null,
                Map.of());
    }
}
