// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.meridian.store.SqlFragment;

/**
 * A position in a keyset-paged frame list ({@code pagination_style=cursor}): the ordering key of a row
 * and its id, and whether the page runs backwards from it. Opaque to clients, like DRF's cursors.
 *
 * @param time the row's observation date in microseconds, or null when ordering by id
 */
public record Cursor(boolean reverse, Long time, long id) {

    public static Cursor decode(String value) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.US_ASCII);
            String[] parts = text.split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException(text);
            }
            return new Cursor(
                    parts[0].equals("r"),
                    parts[1].isEmpty() ? null : Long.parseLong(parts[1]),
                    Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            throw ApiException.detail(404, "Invalid cursor");
        }
    }

    public static Cursor at(FrameRow row, FrameOrdering ordering, boolean reverse) {
        Long time = ordering.field().equals("id") ? null : micros(row.observationDate());
        return new Cursor(reverse, time, row.id());
    }

    public String encode() {
        String text = (reverse ? "r" : "f") + "|" + (time == null ? "" : time) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** Rows strictly beyond this position in the page's direction. */
    public SqlFragment after(FrameOrdering ordering) {
        boolean forwardDescending = ordering.descending() != reverse;
        String op = forwardDescending ? "<" : ">";
        if (time == null) {
            return SqlFragment.of("o.id " + op + " ?", id);
        }
        Instant at = Instant.EPOCH.plus(time, ChronoUnit.MICROS);
        return SqlFragment.of("(o.ut_start, o.id) " + op + " (?, ?)", Timestamp.from(at), id);
    }

    /** The ORDER BY of a page read in this cursor's direction. */
    public static String orderBy(FrameOrdering ordering, boolean reverse) {
        boolean desc = ordering.descending() != reverse;
        String dir = desc ? " desc" : " asc";
        return ordering.field().equals("id") ? "o.id" + dir : "o.ut_start" + dir + ", o.id" + dir;
    }

    private static long micros(Instant i) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, i);
    }
}
