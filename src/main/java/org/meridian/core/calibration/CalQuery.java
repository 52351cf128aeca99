// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.calibration;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.meridian.store.SqlFragment;

/**
 * The conditions one calibration rule puts on a candidate {@code o} (an {@code observation} row),
 * with the target's values bound as parameters; a small vocabulary in the spirit of FitsStorage's
 * CalQuery, so each instrument's rules (Gemini's and ESO's alike) read as a list of what must match.
 */
public final class CalQuery {

    /** Columns a rule may name; anything else is a programming error, never client input. */
    private static final Set<String> COLUMNS = Set.copyOf(CalTarget.COLUMNS);

    private final CalTarget target;
    private SqlFragment where = SqlFragment.TRUE;

    private CalQuery(CalTarget target) {
        this.target = target;
    }

    public static CalQuery of(CalTarget target) {
        return new CalQuery(target);
    }

    public SqlFragment condition() {
        return where;
    }

    public CalQuery where(String sql, Object... params) {
        where = where.and(SqlFragment.of(sql, params));
        return this;
    }

    /** {@code processed}: {@code reduction = 'PROCESSED_<KIND>'}; raw: a RAW frame of observation type KIND. */
    public CalQuery rawOrProcessed(String kind, boolean processed) {
        return processed
                ? where("o.reduction = ?", "PROCESSED_" + kind)
                : where("o.reduction = 'RAW' and o.observation_type = ?", kind);
    }

    /** Like {@link #rawOrProcessed}, but raw frames are recognised by a tag rather than the observation type. */
    public CalQuery rawOrProcessedByTag(String kind, boolean processed) {
        return processed
                ? where("o.reduction = ?", "PROCESSED_" + kind)
                : where("o.reduction = 'RAW' and ? = any(o.types)", kind);
    }

    public CalQuery raw() {
        return where("o.reduction = 'RAW'");
    }

    public CalQuery tagged(String tag) {
        return where("? = any(o.types)", tag);
    }

    public CalQuery observationType(String type) {
        return where("o.observation_type = ?", type);
    }

    public CalQuery observationClass(String klass) {
        return where("o.observation_class = ?", klass);
    }

    public CalQuery spectroscopy(boolean spectroscopy) {
        return where("o.spectroscopy = ?", spectroscopy);
    }

    /** Each column equals the target's value (both null counts as equal). */
    public CalQuery match(String... columns) {
        for (String column : columns) {
            Object v = target.value(checked(column));
            if (v == null) {
                where("o." + column + " is null");
            } else {
                where("o." + column + " = ?", v);
            }
        }
        return this;
    }

    /** {@code target − tol < o.column < target + tol}; skipped when the target has no value (as FitsStorage). */
    public CalQuery tolerance(String column, double tol) {
        Double v = target.number(checked(column));
        if (v != null) {
            where("o." + column + " > ? and o." + column + " < ?", v - tol, v + tol);
        }
        return this;
    }

    /** Taken within {@code days} of the target, either side (FitsStorage's max_interval). */
    public CalQuery within(double days) {
        long seconds = Math.round(days * 86400);
        return where(
                "o.ut_start > ? and o.ut_start < ?",
                at(target.ut().minusSeconds(seconds)),
                at(target.ut().plusSeconds(seconds)));
    }

    /** Taken no later than the target (bad pixel masks apply from when they were made). */
    public CalQuery notAfter() {
        return where("o.ut_start <= ?", at(target.ut()));
    }

    public static OffsetDateTime at(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    private static String checked(String column) {
        if (!COLUMNS.contains(column)) {
            throw new IllegalArgumentException("not a calibration descriptor: " + column);
        }
        return column;
    }
}
