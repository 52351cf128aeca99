// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.generic;

import java.util.Optional;
import org.meridian.core.archive.Detector;
import org.meridian.ingest.FitsHeaders;

/** Small readers of header values shared by the instrument mappers. */
public final class Cards {

    private Cards() {}

    /** The value as trimmed text, empty when absent or blank. */
    public static Optional<String> text(FitsHeaders.Hdu hdu, String key) {
        return hdu.string(key).filter(s -> !s.isEmpty());
    }

    /** The first non-blank text among the HDUs, in the order given. */
    public static Optional<String> text(String key, FitsHeaders.Hdu... hdus) {
        for (FitsHeaders.Hdu hdu : hdus) {
            Optional<String> v = text(hdu, key);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    public static Optional<Double> number(String key, FitsHeaders.Hdu... hdus) {
        for (FitsHeaders.Hdu hdu : hdus) {
            Optional<Double> v = hdu.number(key);
            if (v.isPresent() && Double.isFinite(v.get())) {
                return v;
            }
        }
        return Optional.empty();
    }

    public static Double numberOrNull(String key, FitsHeaders.Hdu... hdus) {
        return number(key, hdus).orElse(null);
    }

    public static String textOrNull(String key, FitsHeaders.Hdu... hdus) {
        return text(key, hdus).orElse(null);
    }

    /** The file name without {@code .gz}, {@code .bz2} or {@code .fz}. */
    public static String withoutCompressionSuffix(String filename) {
        for (String suffix : new String[] {".bz2", ".gz", ".fz"}) {
            if (filename.endsWith(suffix)) {
                return filename.substring(0, filename.length() - suffix.length());
            }
        }
        return filename;
    }

    /** The first HDU holding a 2-D image (NAXIS ≥ 2 with both axes non-zero), if any. */
    /** An image HDU's NAXIS1 or NAXIS2 as an int; null without an image or the card. */
    public static Integer axisLength(Optional<FitsHeaders.Hdu> image, String naxis) {
        return image.flatMap(h -> h.integer(naxis)).map(Long::intValue).orElse(null);
    }

    /**
     * Detector settings for facilities that record only the image size and, at most, a read mode
     * (ESO, JWST, generic FITS); the Gemini-specific settings stay unknown.
     */
    public static Detector imageDetector(Optional<FitsHeaders.Hdu> image, String readMode) {
        return new Detector(
                null, null, null, null, null, readMode, null, axisLength(image, "NAXIS1"), axisLength(image, "NAXIS2"));
    }

    public static Optional<FitsHeaders.Hdu> firstImage(FitsHeaders headers) {
        for (FitsHeaders.Hdu hdu : headers.hdus()) {
            boolean table = hdu.string("XTENSION").map(x -> x.contains("TABLE")).orElse(false);
            long n1 = hdu.integer("NAXIS1").orElse(0L);
            long n2 = hdu.integer("NAXIS2").orElse(0L);
            if (!table && hdu.integer("NAXIS").orElse(0L) >= 2 && n1 > 0 && n2 > 0) {
                return Optional.of(hdu);
            }
        }
        return Optional.empty();
    }
}
