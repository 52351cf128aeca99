// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meridian.dialect.gemini.selection.Criterion.DecCriterion;
import org.meridian.dialect.gemini.selection.Criterion.DecRange;
import org.meridian.dialect.gemini.selection.Criterion.DecValue;
import org.meridian.dialect.gemini.selection.Criterion.RaCriterion;
import org.meridian.dialect.gemini.selection.Criterion.RaRange;
import org.meridian.dialect.gemini.selection.Criterion.RaValue;
import org.meridian.dialect.gemini.selection.Criterion.SearchRadius;
import org.meridian.sky.Sexagesimal;

/**
 * {@code ra=}, {@code dec=} and {@code sr=} values (docs/gemini-archive.md). A decimal RA is degrees but a
 * sexagesimal RA is HOURS (the archive's documented HH:MM:SS.sss form, kept on purpose); Dec is
 * decimal degrees or [-]DD:MM:SS.s; {@code sr} is arcsec unless it ends in d, D, degs or Degs.
 */
final class Coordinates {

    /** 3 arcmin, the archive's default half-size of the box. */
    static final double DEFAULT_RADIUS_DEGREES = 180.0 / 3600.0;

    private static final Pattern DEC_RANGE = Pattern.compile("(-?[\\d:.]+)-(-?[\\d:.]+)");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)");
    private static final Pattern RADIUS = Pattern.compile("([\\d.]+)\\s*(d|D|degs|Degs)?");

    private Coordinates() {}

    static RaCriterion ra(String raw) {
        String[] parts = raw.strip().split("-", -1);
        return switch (parts.length) {
            case 1 -> new RaValue(raDegrees(parts[0], raw));
            case 2 -> new RaRange(raDegrees(parts[0], raw), raDegrees(parts[1], raw));
            default -> throw new SelectionException("ra '" + raw + "' is neither a value nor a range 'min-max'");
        };
    }

    static DecCriterion dec(String raw) {
        String s = raw.strip();
        Matcher m = DEC_RANGE.matcher(s);
        if (m.matches()) {
            double a = decDegrees(m.group(1), raw);
            double b = decDegrees(m.group(2), raw);
            // Negative ranges are usually written high end first, e.g. -22.3--24.5.
            return new DecRange(Math.min(a, b), Math.max(a, b));
        }
        return new DecValue(decDegrees(s, raw));
    }

    static SearchRadius searchRadius(String raw) {
        Matcher m = RADIUS.matcher(raw.strip());
        if (!m.matches()) {
            throw new SelectionException("sr '" + raw + "' must be a number of arcsec, or of degrees followed by 'd'");
        }
        double v = Values.number(m.group(1), "sr");
        return new SearchRadius(m.group(2) == null ? v / 3600.0 : v);
    }

    /** Decimal degrees, or sexagesimal HOURS (10:20:30.5, 10h20m30.5s) read by the sky package. */
    private static double raDegrees(String s, String raw) {
        double deg = DECIMAL.matcher(s.strip()).matches() ? Values.number(s, "ra") : sexagesimal(s, raw, true);
        if (deg < 0 || deg > 360) {
            throw new SelectionException("ra '" + raw + "' is outside 0-360 degrees (0-24 hours)");
        }
        return deg;
    }

    /** Decimal degrees or sexagesimal degrees ([-]DD:MM:SS.s). */
    private static double decDegrees(String s, String raw) {
        double deg = DECIMAL.matcher(s.strip()).matches() ? Values.number(s, "dec") : sexagesimal(s, raw, false);
        if (deg < -90 || deg > 90) {
            throw new SelectionException("dec '" + raw + "' is outside -90..90 degrees");
        }
        return deg;
    }

    private static double sexagesimal(String s, String raw, boolean ra) {
        try {
            return ra ? Sexagesimal.parseRa(s) : Sexagesimal.parseDec(s);
        } catch (IllegalArgumentException e) {
            throw new SelectionException(
                    (ra ? "ra '" : "dec '") + raw + "' is not a valid coordinate: " + e.getMessage());
        }
    }
}
