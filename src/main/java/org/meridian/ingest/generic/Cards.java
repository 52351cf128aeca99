// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.generic;

import java.util.Optional;
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
