// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.gemini;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.meridian.ingest.FitsHeaders;
import org.meridian.ingest.generic.Cards;

/** GMOS-N and GMOS-S: the rules that differ from the generic Gemini ones (docs/gemini-headers.md). */
record Gmos() implements GeminiInstrument {

    /**
     * Named regions of interest as (x start, x size, y start, y size) in unbinned pixels. Full frame
     * differs by detector height: 4608 rows for the EEV and e2v CCDs, 4224 for the Hamamatsu CCDs.
     */
    private record Roi(String name, int x, int xSize, int y, int ySize) {}

    private static final List<Roi> ROIS = List.of(
            new Roi("Full Frame", 1, 6144, 1, 4608),
            new Roi("Full Frame", 1, 6144, 1, 4224),
            new Roi("Central Spectrum", 1, 6144, 1793, 1024),
            new Roi("Central Spectrum", 1, 6144, 1625, 1024),
            new Roi("Central Stamp", 2923, 300, 2155, 300),
            new Roi("Central Stamp", 2923, 300, 1987, 300),
            new Roi("Central768", 2689, 768, 1921, 768),
            new Roi("Central512", 2817, 512, 2049, 512),
            new Roi("Central256", 2945, 256, 2177, 256));

    @Override
    public List<String> filters(FitsHeaders.Hdu phu) {
        return java.util.stream.Stream.of("FILTER1", "FILTER2")
                .map(k -> Cards.text(phu, k).orElse(null))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** GRATING without its component ID and order-sorting "+", e.g. {@code R400+_G5305} → R400. */
    @Override
    public String disperser(FitsHeaders.Hdu phu) {
        return Cards.text(phu, "GRATING")
                .map(GeminiInstrument::withoutComponentId)
                .map(g -> g.replace("+", ""))
                .map(GeminiInstrument::slashless)
                .orElse(null);
    }

    @Override
    public String focalPlaneMask(FitsHeaders.Hdu phu) {
        return Cards.text(phu, "MASKNAME")
                .map(m -> m.equals("None") ? "Imaging" : m)
                .orElse(null);
    }

    @Override
    public String camera(FitsHeaders.Hdu phu, String instrument) {
        return instrument;
    }

    /** CENTWAVE or GRWLEN, both in nm. */
    @Override
    public Double centralWavelength(FitsHeaders.Hdu phu) {
        return Cards.number("CENTWAVE", phu)
                .or(() -> Cards.number("GRWLEN", phu))
                .map(nm -> nm / 1000.0)
                .orElse(null);
    }

    @Override
    public Set<String> setupTags(FitsHeaders.Hdu phu) {
        Set<String> tags = new TreeSet<>();
        boolean image = Cards.text(phu, "GRATING").map("MIRROR"::equals).orElse(true);
        tags.add(image ? "IMAGE" : "SPECT");
        long maskType = phu.integer("MASKTYP").orElse(0L);
        String mask = Cards.text(phu, "MASKNAME").orElse("");
        boolean ifu = mask.toUpperCase(Locale.ROOT).startsWith("IFU");
        boolean arcsec = mask.endsWith("arcsec");
        if (maskType == 1 && arcsec) {
            tags.add("LS");
        } else if (maskType == 1 && !ifu && !mask.startsWith("focus")) {
            tags.add("MOS");
        } else if (maskType == -1 && ifu) {
            tags.add("IFU");
        }
        if (phu.has("NODPIX")) {
            tags.add("NODANDSHUFFLE");
        }
        return tags;
    }

    /** GMOS EXPTIME is already the whole exposure; GMOS does not coadd. */
    @Override
    public boolean exposureIsPerCoadd() {
        return false;
    }

    /** CCDSUM = "x y", written in every extension (and sometimes the PHU). */
    @Override
    public String binning(FitsHeaders headers) {
        return Cards.text("CCDSUM", headers.firstExtension(), headers.primary())
                .map(s -> s.trim().split("\\s+"))
                .filter(p -> p.length == 2)
                .map(p -> p[0] + "x" + p[1])
                .orElse(null);
    }

    @Override
    public String roi(FitsHeaders headers) {
        FitsHeaders.Hdu phu = headers.primary();
        var x = phu.integer("DETRO1X");
        var xs = phu.integer("DETRO1XS");
        var y = phu.integer("DETRO1Y");
        var ys = phu.integer("DETRO1YS");
        if (x.isEmpty() || xs.isEmpty() || y.isEmpty() || ys.isEmpty()) {
            return "Undefined";
        }
        if (phu.integer("DETNROI").orElse(1L) > 1) {
            return "Custom"; // several regions are never one of the named settings
        }
        for (Roi r : ROIS) {
            if (r.x == x.get() && r.xSize == xs.get() && r.y == y.get() && r.ySize == ys.get()) {
                return r.name;
            }
        }
        return "Custom";
    }

    /** The raw gain in e-/ADU of the first amplifier: the low-gain setting is below 3. */
    @Override
    public String gain(FitsHeaders headers) {
        return Cards.number("GAIN", headers.firstExtension(), headers.primary())
                .map(g -> g < 3 ? "low" : "high")
                .orElse(null);
    }

    /** AMPINTEG (ns): slow read above 8000 on the Hamamatsu CCDs, above 2000 on the older ones. */
    @Override
    public String readSpeed(FitsHeaders headers) {
        FitsHeaders.Hdu phu = headers.primary();
        boolean hamamatsu =
                Cards.text(phu, "DETTYPE").map(d -> d.startsWith("S10892")).orElse(false);
        double threshold = hamamatsu ? 8000 : 2000;
        return phu.number("AMPINTEG").map(a -> a > threshold ? "slow" : "fast").orElse(null);
    }

    @Override
    public String readMode(FitsHeaders headers, Set<String> tags) {
        return tags.contains("NODANDSHUFFLE") ? "NodAndShuffle" : "Classic";
    }

    @Override
    public String wellDepth(FitsHeaders headers) {
        return null;
    }
}
