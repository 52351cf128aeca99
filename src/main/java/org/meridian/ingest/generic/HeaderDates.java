// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.generic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.meridian.core.archive.Timing;

/** FITS date and time values (ISO 8601 as the FITS standard writes them; always UTC). */
public final class HeaderDates {

    /** Modified Julian Date of 1970-01-01. */
    private static final double MJD_UNIX_EPOCH = 40587.0;

    private HeaderDates() {}

    /** A full {@code yyyy-mm-ddThh:mm:ss[.s]} value, optionally ending in Z; empty for a bare date. */
    public static Optional<Instant> dateTime(String value) {
        if (value == null || !value.contains("T")) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.endsWith("Z")) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The date part of a {@code yyyy-mm-dd[Thh:mm:ss]} or {@code yyyymmdd} value. */
    public static Optional<LocalDate> date(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        int t = v.indexOf('T');
        if (t >= 0) {
            v = v.substring(0, t);
        }
        if (v.matches("\\d{8}")) {
            v = v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6);
        }
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A time of day {@code hh:mm:ss[.s]}. */
    public static Optional<LocalTime> time(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(value.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A date-time value, or a bare date taken as midnight UTC, or the FITS standard's older {@code DD/MM/YY}. */
    public static Optional<Instant> dateOrDateTime(String value) {
        return dateTime(value)
                .or(() -> date(value).map(HeaderDates::startOfDay))
                .or(() -> twentiethCenturyDate(value).map(HeaderDates::startOfDay));
    }

    /**
     * {@code DD/MM/YY}, the form the FITS standard allowed before 2000 and still reads as 19YY
     * (photographic plate scans, early HST and ROSAT files).
     */
    public static Optional<LocalDate> twentiethCenturyDate(String value) {
        if (value == null || !value.trim().matches("\\d{2}/\\d{2}/\\d{2}")) {
            return Optional.empty();
        }
        String[] dmy = value.trim().split("/");
        try {
            return Optional.of(
                    LocalDate.of(1900 + Integer.parseInt(dmy[2]), Integer.parseInt(dmy[1]), Integer.parseInt(dmy[0])));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    public static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public static Instant fromMjd(double mjd) {
        return Instant.ofEpochMilli(Math.round((mjd - MJD_UNIX_EPOCH) * 86_400_000.0));
    }

    public static LocalDate utcDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** When an exposure of {@code seconds} (to the nanosecond) that began at {@code start} ended; unknown: at its start. */
    public static Instant exposureEnd(Instant start, Double seconds) {
        return seconds == null ? start : start.plus(Duration.ofNanos(Math.round(seconds * 1e9)));
    }

    /** The timing of headers that give no local time: the observing day is the UT date of the start. */
    public static Timing utcTiming(Instant start, Double exposureSeconds) {
        return new Timing(start, exposureEnd(start, exposureSeconds), exposureSeconds, null, utcDate(start));
    }
}
