// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleSupplier;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.store.SqlFragment;

/**
 * The {@code /frames/} query parameters (docs/lco-archive.md) as one SQL predicate over {@code observation o},
 * with the frame fields mapped onto the core columns. Unknown parameters are ignored, as django-filter
 * does; malformed values fail with DRF field errors.
 */
public final class FrameFilters {

    static final Set<String> CALIBRATION_FREE_TYPES = Set.of("EXPOSE", "TARGET", "SPECTRUM", "CATALOG", "OBJECT");

    /**
     * The parsed filter.
     *
     * @param where the predicate (visibility not included)
     * @param small whether the query is narrow enough for an exact count (docs/lco-archive.md, "Pages")
     */
    public record Filter(SqlFragment where, boolean small) {}

    private final Map<String, List<String>> params;
    private SqlFragment where = SqlFragment.TRUE;

    private FrameFilters(Map<String, List<String>> params) {
        this.params = params;
    }

    /** Parses the parameters; {@code maxFootprintRadius} is asked only for spatial filters. */
    public static Filter parse(Map<String, List<String>> params, Caller caller, DoubleSupplier maxFootprintRadius) {
        return new FrameFilters(params).build(caller, maxFootprintRadius);
    }

    private Filter build(Caller caller, DoubleSupplier maxFootprintRadius) {
        Instant start = instant("start");
        Instant end = instant("end");
        if (start != null) {
            add("o.ut_start >= ?", ts(start));
        }
        if (end != null) {
            add("o.ut_start <= ?", ts(end));
        }
        for (String key : List.of("DATE_OBS")) {
            Instant at = instant(key);
            if (at != null) {
                add("o.ut_start = ?", ts(at));
            }
        }
        for (String key : List.of("DAY_OBS", "dayobs")) {
            String v = value(key);
            if (v != null) {
                add("o.observation_day = ?", java.sql.Date.valueOf(Dates.requireDate(key, v)));
            }
        }
        Instant pubdat = instant("L1PUBDAT");
        if (pubdat != null) {
            add("o.release = ?", ts(pubdat));
        }
        text("basename", v -> add("o.obs_key ilike ? escape '\\'", contains(v)));
        text("basename_exact", v -> add("o.obs_key = ?", v));
        text("target_name", v -> add("o.object ilike ? escape '\\'", contains(ascii(v))));
        text("OBJECT", v -> add("o.object ilike ? escape '\\'", contains(ascii(v))));
        text("target_name_exact", v -> add("o.object = ?", ascii(v)));
        if (flag("empty_target_name")) {
            add("coalesce(o.object, '') = ''");
        }
        for (String key : List.of("exposure_time", "EXPTIME")) {
            String v = value(key);
            if (v != null) {
                add("o.exposure_time >= ?", number(key, v));
            }
        }
        exact("o.program_id", "proposal_id", "PROPID");
        exact("o.observation_type", "configuration_type", "OBSTYPE");
        exact("o.instrument", "instrument_id", "INSTRUME");
        exact("o.site_id", "site_id", "SITEID");
        exact("o.telescope_id", "telescope_id", "TELID");
        exact("o.filter_name", "primary_optical_element", "FILTER", "Filter"); // the seed spells it Filter
        exact("o.observation_id", "observation_id", "BLKUID");
        for (String key : List.of("reduction_level", "RLEVEL")) {
            String v = value(key);
            if (v != null) {
                add("o.reduction_level = ?", integer(key, v));
            }
        }
        for (String key : List.of("request_id", "REQNUM")) {
            String v = value(key);
            if (v != null) {
                add("o.request_id = ?", (long) integer(key, v));
            }
        }
        List<String> include = multi("include_configuration_type");
        if (!include.isEmpty()) {
            add("o.observation_type = any(?)", include);
        }
        for (String key : List.of("exclude_configuration_type", "exclude_OBSTYPE")) {
            List<String> exclude = multi(key);
            if (!exclude.isEmpty()) {
                add("not (coalesce(o.observation_type, '') = any(?))", exclude);
            }
        }
        if (flag("exclude_calibrations")) {
            add("o.observation_type = any(?)", CALIBRATION_FREE_TYPES);
        }
        text(
                "submitter",
                v -> add(
                        "exists (select 1 from file sf join file_version sv on sv.file_id = sf.id and sv.canonical"
                                + " join header sh on sh.file_version_id = sv.id where sf.observation_id = o.id"
                                + " and jsonb_path_exists(sh.cards, '$[*][*] ? (@.k == \"USERID\" && @.v == $u)',"
                                + " jsonb_build_object('u', ?::text)))",
                        v));
        publicFilter(caller);
        spatial(maxFootprintRadius);
        return new Filter(where, small(start, end, caller));
    }

    /** {@code public=false} narrows to the caller's proposals, or to frames not yet public. */
    private void publicFilter(Caller caller) {
        String v = value("public");
        if (v == null || bool("public", v)) {
            return;
        }
        if (!caller.isAnonymous() && !caller.staff() && !caller.programs().isEmpty()) {
            where = where.and(Access.ownPrograms(caller, "o"));
        } else if (caller.isAnonymous() || caller.staff()) {
            add("not " + Access.released("o"));
        }
    }

    private void spatial(DoubleSupplier maxFootprintRadius) {
        String covers = value("covers");
        if (covers != null) {
            Wkt.Point p;
            try {
                p = Wkt.point(covers);
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, List.of("Error with covers query: " + e.getMessage()));
            }
            where = where.and(SkyFilter.covers("o", p, maxFootprintRadius.getAsDouble()));
        }
        String intersects = value("intersects");
        if (intersects != null) {
            try {
                where = where.and(SkyFilter.intersects("o", Wkt.polygon(intersects), maxFootprintRadius.getAsDouble()));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, List.of("Error with intersects query: " + e.getMessage()));
            }
        }
    }

    /** Which queries get an exact count rather than an estimate. */
    private boolean small(Instant start, Instant end, Caller caller) {
        if (value("request_id") != null
                || value("REQNUM") != null
                || value("observation_id") != null
                || value("BLKUID") != null
                || value("basename_exact") != null) {
            return true;
        }
        if (start != null && end != null) {
            Duration span = Duration.between(start, end);
            if (span.compareTo(Duration.ofDays(7)) <= 0) {
                return true;
            }
            boolean narrowed =
                    value("proposal_id") != null || value("PROPID") != null || value("target_name_exact") != null;
            if (narrowed && span.compareTo(Duration.ofDays(63)) <= 0) {
                return true;
            }
        }
        return value("force_count") != null && !caller.isAnonymous();
    }

    private void exact(String column, String... keys) {
        for (String key : keys) {
            String v = value(key);
            if (v != null) {
                add(column + " = ?", v);
            }
        }
    }

    private void add(String sql, Object... values) {
        where = where.and(SqlFragment.of(sql, values));
    }

    private void text(String key, java.util.function.Consumer<String> use) {
        String v = value(key);
        if (v != null) {
            use.accept(v);
        }
    }

    /** The last value of a parameter (Django's QueryDict.get), or null when absent or empty. */
    private String value(String key) {
        List<String> values = params.get(key);
        if (values == null || values.isEmpty()) {
            return null;
        }
        String v = values.getLast();
        return v == null || v.isEmpty() ? null : v;
    }

    /** Repeated or comma-separated values. */
    private List<String> multi(String key) {
        List<String> values = params.getOrDefault(key, List.of());
        return values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private boolean flag(String key) {
        String v = value(key);
        return v != null && bool(key, v);
    }

    private Instant instant(String key) {
        String v = value(key);
        return v == null ? null : Dates.require(key, v);
    }

    static boolean bool(String key, String v) {
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default ->
                throw ApiException.field(key, "Select a valid choice. " + v + " is not one of the available choices.");
        };
    }

    static double number(String key, String v) {
        try {
            double d = Double.parseDouble(v.trim());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.field(key, "Enter a number.");
    }

    static int integer(String key, String v) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw ApiException.field(key, "Enter a number.");
        }
    }

    /** {@code icontains}: the value as a LIKE pattern with its own wildcards escaped. */
    static String contains(String v) {
        return "%" + v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * anyascii-style transliteration for target names: accents dropped by decomposition. (anyascii
     * also maps non-Latin scripts; names are stored as FITS headers, which are ASCII already.)
     */
    static String ascii(String v) {
        return Normalizer.normalize(v, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }

    private static java.sql.Timestamp ts(Instant i) {
        return java.sql.Timestamp.from(i);
    }
}
