// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.calselector;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.core.calibration.CalQuery;
import org.meridian.core.calibration.CalRule;
import org.meridian.core.calibration.CalTarget;
import org.meridian.core.calibration.CalTargets;
import org.meridian.store.Database;
import org.meridian.store.Rows;
import org.meridian.store.SqlFragment;

/**
 * Runs ESO's calibration rules against the archive: for a frame and a kind, the closest frames in
 * time that satisfy the rule, among those the caller may see listed ({@link Access#listed}); one it
 * may not list is never a candidate, so a hidden calibration is absent rather than refused.
 */
final class CalFinder {

    private final Database db;
    private final CalTargets targets;

    CalFinder(Database db) {
        this.db = db;
        this.targets = new CalTargets(db);
    }

    /** A stored frame as a rule target; empty when it has no time. */
    Optional<CalTarget> target(long observationRowId) throws SQLException {
        return targets.load(observationRowId);
    }

    /** The kinds of calibration a frame needs, in the instrument's order (none without rules). */
    List<String> kinds(CalTarget target) {
        return EsoCalRules.forInstrument(target.text("instrument"))
                .map(r -> r.kinds(target))
                .orElse(List.of());
    }

    /** The raw frames or masters of one kind for {@code target}, closest in time first. */
    List<CalFrame> find(Caller caller, CalTarget target, String kind, boolean processed) throws SQLException {
        Optional<CalRule> rule =
                EsoCalRules.forInstrument(target.text("instrument")).flatMap(r -> r.rule(kind));
        Optional<CalQuery> conditions = rule.flatMap(r -> r.conditions().build(target, processed));
        if (conditions.isEmpty()) {
            return List.of();
        }
        SqlFragment where = SqlFragment.of("o.collection = 'ESO' and v.canonical")
                .and(conditions.get().condition())
                .and(Access.listed(caller, "o"));
        if (target.observationRowId() != null) {
            where = where.and(SqlFragment.of("o.id <> ?", target.observationRowId()));
        }
        List<Object> params = new ArrayList<>(where.params());
        params.add(CalQuery.at(target.ut()));
        SqlFragment query = new SqlFragment(
                "select o.id, f.name, o.observation_type, o.ut_start from observation o"
                        + " join file f on f.observation_id = o.id join file_version v on v.file_id = f.id"
                        + " where " + where.sql()
                        + " order by abs(extract(epoch from o.ut_start - ?)), o.id limit "
                        + rule.get().howMany(processed),
                params);
        try (Connection c = db.connection()) {
            return Rows.list(
                    c,
                    query,
                    r -> new CalFrame(
                            r.getLong(1),
                            r.getString(2),
                            r.getString(3),
                            r.getTimestamp(4).toInstant(),
                            kind,
                            processed));
        }
    }
}
