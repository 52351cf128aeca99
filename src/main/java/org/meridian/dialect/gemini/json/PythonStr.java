// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Python's {@code str()} of the values the Gemini archive puts in its JSON: datetimes, dates,
 * times, floats and lists of strings. The archive converts them with {@code str()}, so clients
 * see e.g. {@code "2010-12-31 11:40:00"} and {@code "2017-06-26 05:20:21.887338+00:00"}.
 */
public final class PythonStr {

    private PythonStr() {}

    /** A naive UTC datetime: {@code YYYY-MM-DD HH:MM:SS[.ffffff]}. */
    public static String naive(Instant t) {
        return datetime(t, false);
    }

    /** A timezone-aware UTC datetime: as {@link #naive} followed by {@code +00:00}. */
    public static String aware(Instant t) {
        return datetime(t, true);
    }

    /**
     * Written digit by digit: a listing converts two or three datetimes per row, and the
     * formatter/concatenation route showed up in the request profile.
     */
    private static String datetime(Instant t, boolean aware) {
        LocalDateTime d = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(32);
        appendDate(b, d.toLocalDate());
        b.append(' ');
        appendTime(b, d.getHour(), d.getMinute(), d.getSecond(), d.getNano() / 1000);
        if (aware) {
            b.append("+00:00");
        }
        return b.toString();
    }

    public static String date(LocalDate d) {
        return d.toString();
    }

    /** {@code HH:MM:SS}, with {@code .ffffff} only when there are microseconds. */
    public static String time(LocalTime t) {
        StringBuilder b = new StringBuilder(15);
        appendTime(b, t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1000);
        return b.toString();
    }

    /** Python's {@code date.isoformat()} for the years it has (1-9999); Java's form otherwise. */
    private static void appendDate(StringBuilder b, LocalDate d) {
        int year = d.getYear();
        if (year < 0 || year > 9999) {
            b.append(d);
            return;
        }
        digits(b, year, 4).append('-');
        digits(b, d.getMonthValue(), 2).append('-');
        digits(b, d.getDayOfMonth(), 2);
    }

    private static void appendTime(StringBuilder b, int hour, int minute, int second, int micros) {
        digits(b, hour, 2).append(':');
        digits(b, minute, 2).append(':');
        digits(b, second, 2);
        if (micros != 0) {
            digits(b.append('.'), micros, 6);
        }
    }

    /** {@code value} (not negative) zero-padded to {@code width} digits. */
    private static StringBuilder digits(StringBuilder b, int value, int width) {
        for (int scale = pow10(width - 1); scale > 0; scale /= 10) {
            b.append((char) ('0' + value / scale % 10));
        }
        return b;
    }

    private static int pow10(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    /** A header's local-time text (e.g. {@code 11:40:00.0}) as Python prints a time; unparseable text as is. */
    public static String localTime(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        LocalTime plain = plainTime(t);
        if (plain != null) {
            return time(plain);
        }
        try {
            return time(LocalTime.parse(t));
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    /**
     * {@code HH:MM:SS[.f...]} read by hand (every row has one; the formatter showed in the profile),
     * or null for any other form, which {@link LocalTime#parse} then decides on.
     */
    private static LocalTime plainTime(String t) {
        int n = t.length();
        if (n < 8 || t.charAt(2) != ':' || t.charAt(5) != ':' || (n > 8 && (t.charAt(8) != '.' || n == 9 || n > 18))) {
            return null;
        }
        int hour = twoDigits(t, 0);
        int minute = twoDigits(t, 3);
        int second = twoDigits(t, 6);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        for (int i = 9, scale = 100_000_000; i < n; i++, scale /= 10) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            nanos += (c - '0') * scale;
        }
        return LocalTime.of(hour, minute, second, nanos);
    }

    private static int twoDigits(String t, int at) {
        char a = t.charAt(at);
        char b = t.charAt(at + 1);
        return a >= '0' && a <= '9' && b >= '0' && b <= '9' ? (a - '0') * 10 + (b - '0') : -1;
    }

    /** Python's {@code str(list_of_str)}: {@code ['A', 'B']}. */
    public static String list(List<String> items) {
        return items.stream().map(PythonStr::repr).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Python's {@code repr(str)}: single quotes unless the text has one and no double quote. */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == quote) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append(quote).toString();
    }

    /**
     * Python's {@code repr(float)}: the shortest round-tripping digits (as Java's), written in
     * positional form for exponents -4..15 and as {@code 1e-05}/{@code 1e+16} otherwise.
     */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        double magnitude = Math.abs(d);
        if (magnitude >= 1e-3 && magnitude < 1e7) {
            // Both print the shortest round-tripping digits, and here both print them plainly with
            // at least one fractional digit: Java's form is Python's (and avoids BigDecimal per value).
            return Double.toString(d);
        }
        BigDecimal exact = shortest(d);
        String digits = exact.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - exact.scale();
        String sign = d < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        String plain = exact.abs().toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }

    /**
     * The shortest decimal that reads back as {@code d}, as Python picks it. Java's digits are the
     * shortest too, except that Java never writes fewer than two: where one digit would do, it takes
     * the nearest two-digit decimal, which only differs from {@code d.0} for the coarsest subnormals
     * ({@code 4.9E-324} against Python's {@code 5e-324}).
     */
    private static BigDecimal shortest(double d) {
        BigDecimal java = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        if (java.precision() == 2) {
            BigDecimal one = new BigDecimal(d).round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(one.toString()) == d) {
                return one.stripTrailingZeros();
            }
        }
        return java;
    }
}
