// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.meridian.web.DjangoTime;

/** The archive's date parameters as Django validates them (parsing and printing: {@link DjangoTime}). */
public final class Dates {

    private Dates() {}

    /** Parses or fails with Django's field error. */
    public static Instant require(String field, String value) {
        return DjangoTime.parse(value).orElseThrow(() -> ApiException.field(field, "Enter a valid date/time."));
    }

    /** Parses a date ({@code YYYY-MM-DD} or {@code YYYYMMDD}) or fails with Django's field error. */
    public static LocalDate requireDate(String field, String value) {
        String v = value.trim();
        try {
            if (v.matches("\\d{8}")) {
                return LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE);
            }
            return DjangoTime.parse(v)
                    .map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC))
                    .orElseThrow();
        } catch (DateTimeParseException | java.util.NoSuchElementException e) {
            throw ApiException.field(field, "Enter a valid date.");
        }
    }

    /** The aggregate endpoint's {@code generated_at}: milliseconds, always. */
    public static String formatMillis(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").format(instant.atOffset(ZoneOffset.UTC));
    }
}
