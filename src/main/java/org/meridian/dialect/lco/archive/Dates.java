// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Django parses and DRF prints them. */
public final class Dates {

    /** Django's date/datetime input: {@code YYYY-M-D} (lcogtDD drops zero padding), optional time and zone. */
    private static final Pattern INPUT = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,9}))?)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private Dates() {}

    /** The instant a value names (UTC when no zone is given), or empty when it is not a date. */
    public static Optional<Instant> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = INPUT.matcher(value.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            LocalDateTime time = date.atStartOfDay();
            if (m.group(4) != null) {
                String fraction = m.group(7) == null ? "0" : (m.group(7) + "000000000").substring(0, 9);
                time = date.atTime(
                        num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6), Integer.parseInt(fraction));
            }
            ZoneOffset zone = m.group(8) == null || m.group(8).equals("Z")
                    ? ZoneOffset.UTC
                    : ZoneOffset.of(
                            m.group(8).length() == 5
                                    ? m.group(8).substring(0, 3) + ":"
                                            + m.group(8).substring(3)
                                    : m.group(8));
            return Optional.of(OffsetDateTime.of(time, zone).toInstant());
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Parses or fails with Django's field error. */
    public static Instant require(String field, String value) {
        return parse(value).orElseThrow(() -> ApiException.field(field, "Enter a valid date/time."));
    }

    /** Parses a date ({@code YYYY-MM-DD} or {@code YYYYMMDD}) or fails with Django's field error. */
    public static LocalDate requireDate(String field, String value) {
        String v = value.trim();
        try {
            if (v.matches("\\d{8}")) {
                return LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE);
            }
            return parse(v).map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC)).orElseThrow();
        } catch (DateTimeParseException | java.util.NoSuchElementException e) {
            throw ApiException.field(field, "Enter a valid date.");
        }
    }

    /**
     * DRF's datetime output (Python {@code isoformat} with {@code Z}): microseconds only when non-zero,
     * e.g. {@code 2016-02-03T09:05:57.414000Z} and {@code 2016-02-03T09:05:57Z}.
     */
    public static String format(Instant instant) {
        if (instant == null) {
            return null;
        }
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        String base = SECONDS.format(micros.atOffset(ZoneOffset.UTC));
        int us = micros.getNano() / 1000;
        return us == 0 ? base + "Z" : base + "." + String.format("%06d", us) + "Z";
    }

    /** The aggregate endpoint's {@code generated_at}: milliseconds, always. */
    public static String formatMillis(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").format(instant.atOffset(ZoneOffset.UTC));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
