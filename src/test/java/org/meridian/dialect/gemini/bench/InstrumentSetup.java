// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.meridian.core.archive.Detector;

/**
 * One observation's instrument configuration, drawn at random from the setups each Gemini
 * instrument is commonly used in, with the values in the forms the Gemini ingest stores them.
 */
record InstrumentSetup(
        String instrument,
        String filter,
        String disperser,
        String mask,
        String camera,
        Double centralWavelength,
        String band,
        String mode,
        boolean spectroscopy,
        Detector detector) {

    static final List<String> NORTH = List.of("GMOS-N", "GMOS-N", "GMOS-N", "GMOS-N", "GNIRS", "GNIRS", "NIRI");
    static final List<String> SOUTH = List.of("GMOS-S", "GMOS-S", "GMOS-S", "F2", "F2");

    static InstrumentSetup draw(String instrument, SplittableRandom r) {
        return switch (instrument) {
            case "GMOS-N", "GMOS-S" -> gmos(instrument, r);
            case "GNIRS" -> gnirs(r);
            case "NIRI" -> niri(r);
            case "F2" -> f2(r);
            default -> throw new IllegalArgumentException(instrument);
        };
    }

    private static InstrumentSetup gmos(String instrument, SplittableRandom r) {
        String filter = pick(r, "r", "g", "i", "z", "open", "Ha", "OIII");
        boolean spect = r.nextInt(10) < 4;
        String grating = spect ? pick(r, "B600+_G5307", "R400+_G5305", "R831+_G5302", "B1200+_G5301") : "MIRROR";
        String mask = spect ? pick(r, "1.0arcsec", "0.75arcsec", "0.5arcsec", "IFU-R", "GN2018BQ123-04") : "Imaging";
        String mode = !spect ? "imaging" : mask.startsWith("IFU") ? "IFS" : mask.startsWith("G") ? "MOS" : "LS";
        String binning = spect ? pick(r, "2x2", "1x2", "2x4") : pick(r, "2x2", "2x2", "1x1");
        return new InstrumentSetup(
                instrument,
                filter,
                grating,
                mask,
                null,
                spect ? 0.45 + r.nextInt(40) * 0.01 : null,
                spect ? null : filter.length() == 1 ? filter : null,
                mode,
                spect,
                new Detector(
                        binning,
                        "low",
                        spect
                                ? pick(r, "Full Frame", "Central Spectrum")
                                : pick(r, "Full Frame", "Full Frame", "Central Stamp"),
                        pick(r, "slow", "fast"),
                        null,
                        null,
                        1,
                        binning.startsWith("1") ? 2112 : 1056,
                        binning.endsWith("1") ? 4608 : 2304));
    }

    private static InstrumentSetup gnirs(SplittableRandom r) {
        boolean spect = r.nextInt(10) < 8;
        String filter = spect ? pick(r, "XD", "X", "J", "H", "K") : pick(r, "J", "H", "K", "PAH");
        return new InstrumentSetup(
                "GNIRS",
                filter,
                spect ? pick(r, "32_mm&SXD", "111_mm&SXD", "10_mm&LXD", "32_mm") : "32_mm",
                spect ? pick(r, "0.30arcsec", "0.45arcsec", "0.675arcsec", "1.0arcsec") : "Acq",
                pick(r, "ShortBlue", "LongBlue", "ShortRed"),
                spect ? 1.6 + r.nextInt(80) * 0.01 : null,
                spect ? null : filter,
                spect ? "LS" : "imaging",
                spect,
                highGain(
                        null,
                        pick(r, "Shallow", "Deep"),
                        pick(r, "Bright_Objects", "Faint_Objects", "Very_Faint_Objects"),
                        1 + r.nextInt(4),
                        1022));
    }

    private static InstrumentSetup niri(SplittableRandom r) {
        String filter = pick(r, "J", "H", "K", "Kshort", "Br(gamma)", "Lprime", "H2 1-0 S1");
        return new InstrumentSetup(
                "NIRI",
                filter,
                "MIRROR",
                "f6-cam",
                pick(r, "f6", "f32", "f14"),
                null,
                filter.length() == 1 ? filter : null,
                "imaging",
                false,
                highGain(
                        pick(r, "Full Frame", "Central512", "Central256"),
                        pick(r, "Shallow", "Deep"),
                        pick(r, "Medium_Background", "Low_Background", "High_Background"),
                        1 + r.nextInt(20),
                        1024));
    }

    /** GNIRS and NIRI: 1024 pixels wide, unbinned, read at high gain with no read speed. */
    private static Detector highGain(String roi, String wellDepth, String readMode, int coadds, int naxis2) {
        return new Detector(null, "high", roi, null, wellDepth, readMode, coadds, 1024, naxis2);
    }

    private static InstrumentSetup f2(SplittableRandom r) {
        boolean spect = r.nextInt(10) < 3;
        String filter = spect ? pick(r, "JH", "HK") : pick(r, "J", "H", "Ks", "Y", "K-long");
        return new InstrumentSetup(
                "F2",
                filter,
                spect ? pick(r, "JH", "HK", "R3K") : "Open",
                spect ? pick(r, "2pix-slit", "4pix-slit", "6pix-slit") : "Open",
                null,
                spect ? 1.4 + r.nextInt(80) * 0.01 : null,
                spect ? null : filter.substring(0, 1),
                spect ? "LS" : "imaging",
                spect,
                new Detector(
                        null,
                        "low",
                        "Full Frame",
                        null,
                        null,
                        pick(r, "Bright_Objects", "Medium_Objects", "Faint_Objects"),
                        1,
                        2048,
                        2048));
    }

    /** The DRAGONS-style tags the ingest derives for a raw file of this setup. */
    List<String> tags(boolean north, String observationType, String observationClass) {
        List<String> tags = new ArrayList<>();
        if (observationClass.equals("acq") || observationClass.equals("acqCal")) {
            tags.add("ACQUISITION");
        }
        if (List.of("BIAS", "DARK", "FLAT", "ARC").contains(observationType)) {
            tags.add(observationType);
        }
        if (observationClass.endsWith("Cal")) {
            tags.add("CAL");
        }
        tags.add(north ? "GEMINI_NORTH" : "GEMINI_SOUTH");
        tags.add(instrument.replace('-', '_')); // GMOS_N, GMOS_S, F2, ... as the ingest tags them
        tags.add(spectroscopy ? "SPECT" : "IMAGE");
        if (spectroscopy && mode.equals("LS")) {
            tags.add("LS");
        }
        tags.add("RAW");
        tags.add("UNPREPARED");
        return tags.stream().sorted().toList();
    }

    static String pick(SplittableRandom r, String... choices) {
        return choices[r.nextInt(choices.length)];
    }
}
