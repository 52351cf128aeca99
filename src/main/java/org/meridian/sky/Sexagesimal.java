// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads and writes right ascension and declination as users type them: decimal degrees, or
 * sexagesimal with colons, spaces or h/d m s letters. All results are in degrees.
 */
public final class Sexagesimal {

    /** How sexagesimal fields are separated when formatting. */
    public enum Style {
        /** {@code 10:20:30.50} */
        COLONS,
        /** {@code 10 20 30.50} */
        SPACES,
        /** {@code 10h20m30.50s} or {@code +12d30m00.0s} */
        LETTERS
    }

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern UNSIGNED = Pattern.compile("\\d+\\.?\\d*|\\.\\d+");

    private Sexagesimal() {}

    /**
     * Right ascension in degrees, in [0, 360). Sexagesimal text ({@code 10:20:30.5},
     * {@code 10 20 30.5}, {@code 10h20m30.5s}) is hours unless it uses degree marks
     * ({@code 155d07m37.5s}); a plain number is degrees.
     */
    public static double parseRa(String text) {
        String s = clean(text, "RA");
        if (DECIMAL.matcher(s).matches()) {
            double deg = Double.parseDouble(s);
            if (!(deg >= 0 && deg <= 360)) {
                throw new IllegalArgumentException("RA '" + text + "' is outside 0..360 degrees");
            }
            return Angles.wrap360(deg);
        }
        if (s.startsWith("+") || s.startsWith("-")) {
            throw new IllegalArgumentException("RA '" + text + "' must not have a sign");
        }
        boolean degrees = s.indexOf('d') >= 0 || s.indexOf('°') >= 0;
        double value = fields(s, text, "RA", degrees ? 360 : 24);
        double deg = degrees ? value : value * 15;
        return Angles.wrap360(deg);
    }

    /**
     * Declination in degrees, in [-90, 90]: a plain number, or sexagesimal degrees
     * ({@code +12:30:00}, {@code -0 30 0}, {@code 12d30m00s}). The sign belongs to the whole
     * value, so {@code -00:30:00} is -0.5.
     */
    public static double parseDec(String text) {
        String s = clean(text, "Dec");
        double deg;
        if (DECIMAL.matcher(s).matches()) {
            deg = Double.parseDouble(s);
        } else {
            boolean negative = s.startsWith("-");
            String body =
                    s.startsWith("-") || s.startsWith("+") ? s.substring(1).trim() : s;
            if (body.startsWith("-") || body.startsWith("+")) {
                throw new IllegalArgumentException("Dec '" + text + "' has two signs");
            }
            double value = fields(body, text, "Dec", 90);
            deg = negative ? -value : value;
        }
        if (!(deg >= -90 && deg <= 90)) {
            throw new IllegalArgumentException("Dec '" + text + "' is outside -90..90 degrees");
        }
        return deg;
    }

    /** Right ascension (degrees) as hours, minutes and seconds with {@code decimals} places. */
    public static String formatRa(double deg, int decimals, Style style) {
        checkDecimals(decimals);
        if (!Double.isFinite(deg)) {
            throw new IllegalArgumentException("RA " + deg + " is not a number");
        }
        long[] hms = split(Angles.wrap360(deg) / 15, decimals);
        long hours = hms[0] % 24; // 23:59:59.9999 rounds up to 24:00:00, which is 00:00:00
        String sec = seconds(hms[2], decimals);
        return switch (style) {
            case COLONS -> String.format(Locale.ROOT, "%02d:%02d:%s", hours, hms[1], sec);
            case SPACES -> String.format(Locale.ROOT, "%02d %02d %s", hours, hms[1], sec);
            case LETTERS -> String.format(Locale.ROOT, "%02dh%02dm%ss", hours, hms[1], sec);
        };
    }

    /** {@code formatRa(deg, decimals, Style.COLONS)}. */
    public static String formatRa(double deg, int decimals) {
        return formatRa(deg, decimals, Style.COLONS);
    }

    /** Declination (degrees) as signed degrees, minutes and seconds with {@code decimals} places. */
    public static String formatDec(double deg, int decimals, Style style) {
        checkDecimals(decimals);
        if (!(deg >= -90 && deg <= 90)) {
            throw new IllegalArgumentException("Dec " + deg + " is outside -90..90 degrees");
        }
        long[] dms = split(Math.abs(deg), decimals);
        String sign = deg < 0 && (dms[0] != 0 || dms[1] != 0 || dms[2] != 0) ? "-" : "+";
        String sec = seconds(dms[2], decimals);
        return switch (style) {
            case COLONS -> String.format(Locale.ROOT, "%s%02d:%02d:%s", sign, dms[0], dms[1], sec);
            case SPACES -> String.format(Locale.ROOT, "%s%02d %02d %s", sign, dms[0], dms[1], sec);
            case LETTERS -> String.format(Locale.ROOT, "%s%02dd%02dm%ss", sign, dms[0], dms[1], sec);
        };
    }

    /** {@code formatDec(deg, decimals, Style.COLONS)}. */
    public static String formatDec(double deg, int decimals) {
        return formatDec(deg, decimals, Style.COLONS);
    }

    private static String clean(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        // U+2212 MINUS SIGN arrives from copy-and-paste of typeset catalogues
        return text.trim().replace('\u2212', '-').toLowerCase(Locale.ROOT);
    }

    /**
     * The value of 1 to 3 unsigned sexagesimal fields (units, minutes, seconds). Only the last field
     * may have a fraction; minutes and seconds must be below 60 and the units below {@code limit}.
     */
    private static double fields(String s, String original, String what, int limit) {
        String[] parts = s.replaceAll("[hdms°:'\"′″]", " ").trim().split("\\s+");
        if (parts.length > 3 || parts[0].isEmpty()) {
            throw new IllegalArgumentException(
                    "cannot read " + what + " '" + original + "': expected 1 to 3 fields like 10:20:30.5");
        }
        double value = 0;
        double unit = 1;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            boolean last = i == parts.length - 1;
            if (!(last ? UNSIGNED : INTEGER).matcher(p).matches()) {
                throw new IllegalArgumentException("cannot read " + what + " '" + original + "': '" + p + "' is not "
                        + (last ? "a number" : "a whole number"));
            }
            double v = Double.parseDouble(p);
            if (i > 0 && v >= 60) {
                throw new IllegalArgumentException("cannot read " + what + " '" + original + "': "
                        + (i == 1 ? "minutes" : "seconds") + " must be below 60");
            }
            value += v / unit;
            unit *= 60;
        }
        if (value > limit || (value == limit && limit == 24)) {
            throw new IllegalArgumentException(
                    "cannot read " + what + " '" + original + "': value must be below " + limit);
        }
        return value;
    }

    /**
     * Whole units, whole minutes and seconds scaled by 10^decimals, rounded once at the end so that
     * 59.9999 seconds carries into the minutes instead of printing as 60.
     */
    private static long[] split(double value, int decimals) {
        long scale = (long) Math.pow(10, decimals);
        long total = new BigDecimal(value)
                .multiply(BigDecimal.valueOf(3600L * scale))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        long perUnit = 3600L * scale;
        long perMinute = 60L * scale;
        return new long[] {total / perUnit, (total % perUnit) / perMinute, total % perMinute};
    }

    private static String seconds(long scaledSeconds, int decimals) {
        if (decimals == 0) {
            return String.format(Locale.ROOT, "%02d", scaledSeconds);
        }
        long scale = (long) Math.pow(10, decimals);
        return String.format(Locale.ROOT, "%02d.%0" + decimals + "d", scaledSeconds / scale, scaledSeconds % scale);
    }

    private static void checkDecimals(int decimals) {
        if (decimals < 0 || decimals > 9) {
            throw new IllegalArgumentException("decimals must be 0..9, got " + decimals);
        }
    }
}
