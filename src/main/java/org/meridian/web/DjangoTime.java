// SPDX-License-Identifier: Apache-2.0
package org.meridian.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date-times as the Django applications LCO runs (the observation portal and the science archive)
 * read and write them: Django's lenient input and Django REST framework's ISO 8601 output.
 */
public final class DjangoTime {

    /**
     * Django's parse_datetime: {@code YYYY-M-D} (clients such as lcogtDD drop zero padding; the
     * portal's own sample window is {@code 2017-3-22 14:26:08}), an optional time with optional
     * seconds and fraction, and an optional zone {@code Z}, {@code ±HH}, {@code ±HHMM} or
     * {@code ±HH:MM}.
     */
    private static final Pattern INPUT = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,9}))?)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private DjangoTime() {}

    /** The instant a value names (UTC when no zone is given; midnight for a date), or empty. */
    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = INPUT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            String fraction = m.group(7) == null ? "0" : (m.group(7) + "000000000").substring(0, 9);
            LocalDateTime local = LocalDateTime.of(
                    number(m, 1),
                    number(m, 2),
                    number(m, 3),
                    number(m, 4),
                    number(m, 5),
                    number(m, 6),
                    Integer.parseInt(fraction));
            ZoneOffset offset = m.group(8) == null || m.group(8).equals("Z")
                    ? ZoneOffset.UTC
                    : ZoneOffset.of(m.group(8).length() == 3 ? m.group(8) + ":00" : m.group(8));
            return Optional.of(local.toInstant(offset));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * DRF's output (Python's {@code isoformat} with {@code Z}): microseconds only when non-zero,
     * e.g. {@code 2016-02-03T09:05:57.414000Z} and {@code 2016-02-03T09:05:57Z}; null stays null.
     */
    public static String format(Instant t) {
        if (t == null) {
            return null;
        }
        Instant micros = t.truncatedTo(ChronoUnit.MICROS);
        String base = micros.truncatedTo(ChronoUnit.SECONDS).toString();
        base = base.substring(0, base.length() - 1);
        int us = micros.getNano() / 1000;
        return us == 0 ? base + "Z" : base + String.format(".%06dZ", us);
    }

    /** A group's number, 0 for an absent time field. */
    private static int number(Matcher m, int group) {
        return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
    }
}
