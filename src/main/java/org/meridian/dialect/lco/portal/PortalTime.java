// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times as the portal reads and writes them: DRF's ISO 8601 with a trailing Z, microseconds when set. */
public final class PortalTime {
    public static final String INVALID =
            "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";

    // Lenient like Django's parser: the seed's own sample window is "2017-3-22 14:26:08".
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,9}))?)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private PortalTime() {}

    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE_TIME.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            String fraction = m.group(7) == null ? "0" : (m.group(7) + "000000000").substring(0, 9);
            LocalDateTime local = LocalDateTime.of(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                    Integer.parseInt(fraction));
            ZoneOffset offset = m.group(8) == null || m.group(8).equals("Z")
                    ? ZoneOffset.UTC
                    : ZoneOffset.of(m.group(8).length() == 3 ? m.group(8) + ":00" : m.group(8));
            return Optional.of(local.toInstant(offset));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code 2016-09-29T21:12:18Z}, or {@code 2017-03-21T18:53:06.751369Z} with microseconds. */
    public static String format(Instant t) {
        Instant micros = t.truncatedTo(ChronoUnit.MICROS);
        String base = micros.truncatedTo(ChronoUnit.SECONDS).toString();
        base = base.substring(0, base.length() - 1);
        int us = micros.getNano() / 1000;
        return us == 0 ? base + "Z" : base + String.format(".%06dZ", us);
    }
}
