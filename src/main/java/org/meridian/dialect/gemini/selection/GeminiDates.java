// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Optional;
import java.util.regex.Pattern;
import org.meridian.dialect.gemini.selection.Criterion.DateRange;
import org.meridian.dialect.gemini.selection.Criterion.DateTimeRange;
import org.meridian.dialect.gemini.selection.Criterion.RelativeDay;
import org.meridian.dialect.gemini.selection.Criterion.SingleDate;
import org.meridian.dialect.gemini.selection.Criterion.UtPeriod;

/**
 * Gemini dates (FitsStorage's gemini_date rules, docs/gemini-archive.md): {@code YYYYMMDD}, {@code YYYY-MM-DD}, ISO datetimes,
 * the words now/today/yesterday/tomorrow (UTC), and ranges {@code a--b} or {@code a-b}.
 */
final class GeminiDates {

    private static final LocalDate EARLIEST = LocalDate.of(1999, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 1, 1);

    /** Tokens made only of date characters with at least 8 digits: a date, or a mistake in one. */
    private static final Pattern DATE_LIKE = Pattern.compile("(?=(?:\\D*\\d){8})[0-9T:.Z-]+");

    /** Strict: 20110229 is no date (a lenient parser would quietly select 2011-02-28). */
    private static final DateTimeFormatter COMPACT =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /** {@code 20001122T012345}, with optional fractional seconds as isoparse takes them ({@code .67}). */
    private static final DateTimeFormatter COMPACT_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuuMMdd'T'HHmmss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    /** One end of a period: a whole day or an exact instant. */
    private sealed interface End permits Day, Moment {}

    private record Day(LocalDate date, String word) implements End {}

    private record Moment(Instant instant) implements End {}

    private final Clock clock;

    GeminiDates(Clock clock) {
        this.clock = clock;
    }

    /** True when the token can only have been meant as a date or a date range. */
    static boolean looksLikeDate(String token) {
        return DATE_LIKE.matcher(token).matches();
    }

    /** A single day or moment, or empty if the token is not one. */
    Optional<UtPeriod> date(String token) {
        return end(token).map(end -> switch (end) {
            case Day d when d.word() != null -> new RelativeDay(d.word(), d.date());
            case Day d -> new SingleDate(d.date());
            // A lone datetime selects its UT day, as a plain date would.
            case Moment m -> new SingleDate(LocalDate.ofInstant(m.instant(), ZoneOffset.UTC));
        });
    }

    /** A range of days or moments, ends swapped when reversed, or empty if the token is not one. */
    Optional<UtPeriod> range(String token) {
        String[] parts = token.split("--", -1);
        if (parts.length != 2) {
            parts = token.split("-", -1);
            if (parts.length != 2) {
                return Optional.empty();
            }
        }
        Optional<End> a = end(parts[0]);
        Optional<End> b = end(parts[1]);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        if (a.get() instanceof Day da && b.get() instanceof Day db) {
            LocalDate first = da.date().isAfter(db.date()) ? db.date() : da.date();
            LocalDate last = da.date().isAfter(db.date()) ? da.date() : db.date();
            return Optional.of(new DateRange(first, last));
        }
        Instant s = startOf(a.get());
        Instant e = b.get() instanceof Day db ? endOfDay(db.date()) : startOf(b.get());
        if (e.isBefore(s)) {
            s = startOf(b.get());
            e = a.get() instanceof Day da ? endOfDay(da.date()) : startOf(a.get());
        }
        return Optional.of(new DateTimeRange(s, e));
    }

    /** Days only (for night and file-time ranges): a single day gives first == last. */
    Optional<DateRange> dayRange(String token) {
        Optional<UtPeriod> single = date(token);
        if (single.isPresent()) {
            LocalDate d = LocalDate.ofInstant(single.get().start(), ZoneOffset.UTC);
            return Optional.of(new DateRange(d, d));
        }
        return range(token).flatMap(p -> p instanceof DateRange r ? Optional.of(r) : Optional.empty());
    }

    private Optional<End> end(String raw) {
        String s = raw.strip();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return switch (s) {
            case "now", "today" -> Optional.of(new Day(today, s));
            case "yesterday" -> Optional.of(new Day(today.minusDays(1), s));
            case "tomorrow" -> Optional.of(new Day(today.plusDays(1), s));
            default -> parseIso(s).filter(this::inArchiveEra);
        };
    }

    private static Optional<End> parseIso(String s) {
        try {
            if (s.matches("\\d{8}")) {
                return Optional.of(new Day(LocalDate.parse(s, COMPACT), null));
            }
            if (s.matches("\\d{4}-\\d\\d-\\d\\d")) {
                return Optional.of(new Day(LocalDate.parse(s), null));
            }
            String t = s.endsWith("Z") ? s.substring(0, s.length() - 1) : s;
            if (t.matches("\\d{8}T\\d{6}(\\.\\d{1,9})?")) {
                return Optional.of(
                        new Moment(LocalDateTime.parse(t, COMPACT_TIME).toInstant(ZoneOffset.UTC)));
            }
            if (t.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?")) {
                return Optional.of(new Moment(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private boolean inArchiveEra(End end) {
        LocalDate d =
                switch (end) {
                    case Day day -> day.date();
                    case Moment m -> LocalDate.ofInstant(m.instant(), ZoneOffset.UTC);
                };
        return !d.isBefore(EARLIEST) && !d.isAfter(LATEST);
    }

    private static Instant startOf(End end) {
        return switch (end) {
            case Day d -> d.date().atStartOfDay(ZoneOffset.UTC).toInstant();
            case Moment m -> m.instant();
        };
    }

    private static Instant endOfDay(LocalDate d) {
        return d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
