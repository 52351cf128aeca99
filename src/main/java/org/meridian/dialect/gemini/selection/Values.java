// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meridian.dialect.gemini.selection.Criterion.CentralWavelength;
import org.meridian.dialect.gemini.selection.Criterion.Coadds;
import org.meridian.dialect.gemini.selection.Criterion.ExposureTime;
import org.meridian.dialect.gemini.selection.Criterion.SiteQuality;
import org.meridian.dialect.gemini.selection.Criterion.TelescopeAngle;

/** Numeric {@code key=value} values (docs/gemini-archive.md); a value that cannot be read is the caller's mistake. */
final class Values {

    private static final Pattern UNSIGNED_RANGE = Pattern.compile("([\\d.]+)-([\\d.]+)");
    private static final Pattern SIGNED_RANGE = Pattern.compile("(-?\\d*\\.?\\d*)-(-?\\d*\\.?\\d*)");
    private static final Pattern PERCENTILE = Pattern.compile("(?:[A-Za-z]{2})?(\\d{1,3})(?:-?percentile)?");

    /** Central wavelengths outside this open interval (microns) are clipped to it. */
    static final double CENWLEN_MIN = 0.2;

    static final double CENWLEN_MAX = 30.0;

    private Values() {}

    /** {@code v} means [max(0, v-0.5), v+0.5]; {@code lo-hi} means [lo, hi]. Spaces are ignored. */
    static ExposureTime exposureTime(String raw) {
        String s = raw.replace(" ", "");
        Matcher m = UNSIGNED_RANGE.matcher(s);
        if (m.matches()) {
            double lo = number(m.group(1), "exposure_time");
            double hi = number(m.group(2), "exposure_time");
            if (hi < lo) {
                throw new SelectionException("exposure_time range '" + raw + "' has its larger end first");
            }
            return new ExposureTime(lo, hi);
        }
        double v = number(s, "exposure_time");
        if (v < 0) {
            throw new SelectionException("exposure_time must not be negative: '" + raw + "'");
        }
        return new ExposureTime(Math.max(0, v - 0.5), v + 0.5);
    }

    /**
     * {@code v} means (v-0.1, v+0.1) microns, {@code lo-hi} means (lo, hi); ends are clipped to
     * (0.2, 30) and a range wholly outside gives no criterion at all, as in FitsStorage.
     */
    static Optional<CentralWavelength> centralWavelength(String raw) {
        String s = raw.replace(" ", "");
        Matcher m = UNSIGNED_RANGE.matcher(s);
        double lo;
        double hi;
        if (m.matches()) {
            lo = number(m.group(1), "cenwlen");
            hi = number(m.group(2), "cenwlen");
            if (hi < lo) {
                throw new SelectionException("cenwlen range '" + raw + "' has its larger end first");
            }
        } else {
            double v = number(s, "cenwlen");
            lo = v - 0.1;
            hi = v + 0.1;
        }
        if (hi <= CENWLEN_MIN || lo >= CENWLEN_MAX) {
            return Optional.empty();
        }
        return Optional.of(new CentralWavelength(Math.max(lo, CENWLEN_MIN), Math.min(hi, CENWLEN_MAX)));
    }

    /** {@code lo-hi} in degrees, both required, smaller first (the archive does not wrap these). */
    static TelescopeAngle telescopeAngle(Key key, String raw) {
        String name = key.name().toLowerCase(Locale.ROOT);
        Matcher m = SIGNED_RANGE.matcher(raw.strip());
        if (!m.matches() || m.group(1).isEmpty() || m.group(2).isEmpty()) {
            throw new SelectionException(name + " must be a range 'min-max' in degrees, not '" + raw + "'");
        }
        double lo = number(m.group(1), name);
        double hi = number(m.group(2), name);
        if (hi < lo) {
            throw new SelectionException(name + " range '" + raw + "' must give the smaller number first");
        }
        return new TelescopeAngle(key, lo, hi);
    }

    static Coadds coadds(String raw) {
        try {
            return new Coadds(Integer.parseInt(raw.strip()));
        } catch (NumberFormatException e) {
            throw new SelectionException("coadds must be an integer, not '" + raw + "'");
        }
    }

    /** {@code 70}, {@code 70-percentile}, {@code CC70} or {@code Any} (= 100). */
    static SiteQuality siteQuality(Key key, String raw) {
        String s = raw.strip();
        if (s.toLowerCase(Locale.ROOT).endsWith("any")) {
            return new SiteQuality(key, 100);
        }
        Matcher m = PERCENTILE.matcher(s);
        int p = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        if (p < 0 || p > 100) {
            throw new SelectionException(
                    key.name().toLowerCase(Locale.ROOT) + " must be a percentile 0-100 or Any, not '" + raw + "'");
        }
        return new SiteQuality(key, p);
    }

    static double number(String s, String what) {
        try {
            double v = Double.parseDouble(s.strip());
            if (Double.isFinite(v) && !s.strip().matches(".*[a-zA-Z].*")) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the key's name
        }
        throw new SelectionException(what + " value '" + s + "' is not a number");
    }
}
