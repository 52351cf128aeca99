// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.ssa;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.meridian.vo.dali.BadParameterException;
import org.meridian.vo.dali.DaliParams;

/**
 * An SSAP 1.1 {@code queryData} request (section 8.4): a cone ({@code POS=ra,dec[;ICRS]} and
 * {@code SIZE}, the diameter in degrees), a wavelength interval ({@code BAND=lo/hi} in metres, either
 * end open), a time interval ({@code TIME=iso/iso}), {@code FORMAT} and {@code MAXREC}. A value it
 * cannot read is a {@link BadParameterException}, never a guess.
 *
 * @param cone {ra, dec, radius} in degrees
 * @param band {min, max} in metres
 * @param time {start, end}, either null when open
 * @param metadataOnly {@code FORMAT=metadata}: the fields, no rows
 */
public record SsaQuery(
        Optional<double[]> cone, Optional<double[]> band, Optional<Instant[]> time, boolean metadataOnly, long maxrec) {

    /** ESO's SSAP default cone when POS comes without SIZE (degrees, diameter). */
    static final double DEFAULT_SIZE = 0.2;

    static final long DEFAULT_MAXREC = 1000;
    static final long HARD_MAXREC = 100_000;

    public static SsaQuery read(DaliParams params) throws BadParameterException {
        String request = params.first("REQUEST");
        if (request == null || !request.trim().equalsIgnoreCase("queryData")) {
            throw new BadParameterException("REQUEST=queryData is required (getData is the access_url of each row)");
        }
        String format =
                Optional.ofNullable(params.first("FORMAT")).orElse("all").trim().toLowerCase(Locale.ROOT);
        if (!java.util.List.of(
                        "all",
                        "compliant",
                        "native",
                        "fits",
                        "application/fits",
                        "metadata",
                        "votable",
                        "application/x-votable+xml")
                .contains(format)) {
            throw new BadParameterException("FORMAT " + format + " is not offered; use all, fits or metadata");
        }
        Long maxrec = params.maxrec();
        return new SsaQuery(
                cone(params.first("POS"), params.first("SIZE")),
                band(params.first("BAND")),
                time(params.first("TIME")),
                format.equals("metadata"),
                Math.min(maxrec == null ? DEFAULT_MAXREC : maxrec, HARD_MAXREC));
    }

    private static Optional<double[]> cone(String pos, String size) throws BadParameterException {
        if (pos == null || pos.isBlank()) {
            if (size != null && !size.isBlank()) {
                throw new BadParameterException("SIZE needs POS");
            }
            return Optional.empty();
        }
        String p = pos.trim();
        int semicolon = p.indexOf(';');
        if (semicolon >= 0) {
            String frame = p.substring(semicolon + 1).trim();
            if (!frame.isEmpty() && !frame.equalsIgnoreCase("ICRS")) {
                throw new BadParameterException("POS frame " + frame + " is not supported; use ICRS");
            }
            p = p.substring(0, semicolon);
        }
        String[] parts = p.split(",");
        if (parts.length != 2) {
            throw new BadParameterException("POS must be ra,dec in degrees, got " + pos);
        }
        double ra = number(parts[0], "POS");
        double dec = number(parts[1], "POS");
        if (ra < 0 || ra > 360 || dec < -90 || dec > 90) {
            throw new BadParameterException("POS " + pos + " is not on the sky (0 <= ra <= 360, -90 <= dec <= 90)");
        }
        double diameter = size == null || size.isBlank() ? DEFAULT_SIZE : number(size, "SIZE");
        if (!(diameter > 0 && diameter <= 360)) {
            throw new BadParameterException("SIZE must be a diameter in (0, 360] degrees, got " + size);
        }
        return Optional.of(new double[] {ra, dec, diameter / 2});
    }

    private static Optional<double[]> band(String band) throws BadParameterException {
        if (band == null || band.isBlank()) {
            return Optional.empty();
        }
        String[] parts = band.trim().split("/", -1);
        if (parts.length != 2) {
            throw new BadParameterException("BAND must be lo/hi in metres (either may be empty), got " + band);
        }
        double lo = parts[0].isBlank() ? 0 : number(parts[0], "BAND");
        double hi = parts[1].isBlank() ? Double.MAX_VALUE : number(parts[1], "BAND");
        if (lo < 0 || hi < lo) {
            throw new BadParameterException("BAND " + band + " is not an interval of positive wavelengths");
        }
        return Optional.of(new double[] {lo, hi});
    }

    private static Optional<Instant[]> time(String time) throws BadParameterException {
        if (time == null || time.isBlank()) {
            return Optional.empty();
        }
        String[] parts = time.trim().split("/", -1);
        if (parts.length > 2) {
            throw new BadParameterException("TIME must be start/end in ISO 8601, got " + time);
        }
        // null leaves an end open
        Instant start = parts[0].isBlank() ? null : instant(parts[0]);
        Instant end = parts.length == 1
                ? (start == null ? null : start.plusSeconds(86_400))
                : parts[1].isBlank() ? null : instant(parts[1]);
        if (start != null && end != null && end.isBefore(start)) {
            throw new BadParameterException("TIME " + time + " ends before it starts");
        }
        return Optional.of(new Instant[] {start, end});
    }

    private static Instant instant(String text) throws BadParameterException {
        String t = text.trim().replace("Z", "");
        try {
            return t.length() <= 10
                    ? LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BadParameterException("TIME value " + text + " is not an ISO 8601 date");
        }
    }

    private static double number(String text, String name) throws BadParameterException {
        try {
            double v = Double.parseDouble(text.trim());
            if (!Double.isFinite(v)) {
                throw new BadParameterException(name + " must be finite, got " + text);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadParameterException(name + " value '" + text + "' is not a number");
        }
    }
}
