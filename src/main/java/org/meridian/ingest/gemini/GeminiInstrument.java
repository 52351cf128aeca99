// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.gemini;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.meridian.ingest.FitsHeaders;
import org.meridian.ingest.generic.Cards;

/**
 * The header rules that differ between Gemini instruments (DRAGONS descriptors, docs/gemini-headers.md).
 * The default methods are the generic Gemini rules; each instrument overrides what it does its own
 * way.
 */
sealed interface GeminiInstrument
        permits Gmos, GeminiInstrument.Gnirs, GeminiInstrument.Niri, GeminiInstrument.F2, GeminiInstrument.Other {

    static GeminiInstrument of(String instrument) {
        String name = instrument == null ? "" : instrument;
        return switch (name) {
            case "GMOS-N", "GMOS-S", "GMOS" -> new Gmos();
            case "GNIRS" -> new Gnirs();
            case "NIRI" -> new Niri();
            case "F2" -> new F2();
            default -> new Other();
        };
    }

    default List<String> filters(FitsHeaders.Hdu phu) {
        List<String> slots = new ArrayList<>();
        for (String key : new String[] {"FILTER1", "FILTER2", "FILTER3"}) {
            Cards.text(phu, key).ifPresent(slots::add);
        }
        if (slots.isEmpty()) {
            Cards.text(phu, "FILTER").ifPresent(slots::add);
        }
        return slots;
    }

    default String disperser(FitsHeaders.Hdu phu) {
        return Cards.text(phu, "DISPERSR").map(GeminiInstrument::slashless).orElse(null);
    }

    default String focalPlaneMask(FitsHeaders.Hdu phu) {
        return Cards.text(phu, "FPMASK").orElse(null);
    }

    default String camera(FitsHeaders.Hdu phu, String instrument) {
        return Cards.text(phu, "CAMERA").orElse(null);
    }

    /** Central wavelength in µm (only reported for spectroscopy). */
    default Double centralWavelength(FitsHeaders.Hdu phu) {
        return phu.number("CWAVE").orElse(null);
    }

    /** IMAGE or SPECT, plus LS, MOS, IFU, NODANDSHUFFLE, PINHOLE where they apply. */
    default Set<String> setupTags(FitsHeaders.Hdu phu) {
        String disperser = disperser(phu);
        boolean spect = disperser != null
                && !disperser.equalsIgnoreCase("MIRROR")
                && !disperser.toLowerCase(Locale.ROOT).startsWith("open");
        return new TreeSet<>(Set.of(spect ? "SPECT" : "IMAGE"));
    }

    /** EXPTIME is per coadd, so the total is EXPTIME × COADDS until the data are PREPARED. */
    default boolean exposureIsPerCoadd() {
        return true;
    }

    default String binning(FitsHeaders headers) {
        FitsHeaders.Hdu phu = headers.primary();
        var x = Cards.number("XBIN", phu, headers.firstExtension());
        var y = Cards.number("YBIN", phu, headers.firstExtension());
        return x.isPresent() && y.isPresent()
                ? "%dx%d".formatted(x.get().intValue(), y.get().intValue())
                : null;
    }

    default String roi(FitsHeaders headers) {
        return "Fixed";
    }

    default String gain(FitsHeaders headers) {
        return Cards.textOrNull("GAINSET", headers.primary());
    }

    default String readSpeed(FitsHeaders headers) {
        return Cards.textOrNull("RDSPDSET", headers.primary());
    }

    default String readMode(FitsHeaders headers, Set<String> tags) {
        return Cards.text(headers.primary(), "READMODE")
                .map(GeminiInstrument::underscored)
                .orElse(null);
    }

    default String wellDepth(FitsHeaders headers) {
        return Cards.text(headers.primary(), "WELDEPTH")
                .map(GeminiInstrument::underscored)
                .orElse(null);
    }

    static String slashless(String v) {
        return v.replace('/', '_');
    }

    static String underscored(String v) {
        return v.replace(' ', '_');
    }

    /** Strips a component ID such as {@code _G5305} and what follows it. */
    static String withoutComponentId(String v) {
        int g = v.indexOf("_G");
        return g < 0 ? v : v.substring(0, g);
    }

    /** A card naming an optical component, without its component ID; null when absent. */
    static String component(FitsHeaders.Hdu phu, String key) {
        return Cards.text(phu, key).map(GeminiInstrument::withoutComponentId).orElse(null);
    }

    /** A disperser card without its component ID, with {@code /} made {@code _}; null when absent. */
    static String disperserCard(FitsHeaders.Hdu phu, String key) {
        String name = component(phu, key);
        return name == null ? null : slashless(name);
    }

    /** GNIRS: the acquisition mirror in the beam means imaging; the slit names the spectroscopic mode. */
    record Gnirs() implements GeminiInstrument {
        @Override
        public String disperser(FitsHeaders.Hdu phu) {
            return disperserCard(phu, "GRATING");
        }

        @Override
        public String focalPlaneMask(FitsHeaders.Hdu phu) {
            return component(phu, "SLIT");
        }

        @Override
        public Double centralWavelength(FitsHeaders.Hdu phu) {
            return phu.number("GRATWAVE").orElse(null);
        }

        @Override
        public Set<String> setupTags(FitsHeaders.Hdu phu) {
            Set<String> tags = new TreeSet<>();
            boolean image =
                    Cards.text(phu, "ACQMIR").map("In"::equalsIgnoreCase).orElse(false);
            tags.add(image ? "IMAGE" : "SPECT");
            String slit = Cards.text(phu, "SLIT").orElse("");
            if (!image && slit.contains("arcsec")) {
                tags.add("LS");
            }
            if (!image && slit.contains("IFU")) {
                tags.add("IFU");
            }
            if (slit.toLowerCase(Locale.ROOT).contains("pinhole")) {
                tags.add("PINHOLE");
            }
            return tags;
        }
    }

    /** NIRI: grisms sit in the filter wheels, so a grism in any wheel means spectroscopy. */
    record Niri() implements GeminiInstrument {
        @Override
        public String disperser(FitsHeaders.Hdu phu) {
            for (String f : filters(phu)) {
                if (f.toLowerCase(Locale.ROOT).contains("grism")) {
                    return GeminiInstrument.slashless(GeminiInstrument.withoutComponentId(f));
                }
            }
            return "MIRROR";
        }
    }

    /** Flamingos-2: GRISM and the MOS wheel position (MOSPOS) describe the setup. */
    record F2() implements GeminiInstrument {
        @Override
        public String disperser(FitsHeaders.Hdu phu) {
            return disperserCard(phu, "GRISM");
        }

        @Override
        public String focalPlaneMask(FitsHeaders.Hdu phu) {
            return component(phu, "MOSPOS");
        }

        @Override
        public Set<String> setupTags(FitsHeaders.Hdu phu) {
            Set<String> tags = new TreeSet<>();
            String grism = Cards.text(phu, "GRISM").orElse("Open");
            boolean spect = !grism.toLowerCase(Locale.ROOT).startsWith("open");
            tags.add(spect ? "SPECT" : "IMAGE");
            String mos = Cards.text(phu, "MOSPOS").orElse("").toLowerCase(Locale.ROOT);
            if (spect && mos.contains("pix-slit")) {
                tags.add("LS");
            } else if (spect && mos.contains("mos")) {
                tags.add("MOS");
            }
            return tags;
        }
    }

    /** Any other Gemini instrument: the generic rules. */
    record Other() implements GeminiInstrument {}
}
