// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.cal;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.core.calibration.CalQuery;
import org.meridian.core.calibration.CalRule;
import org.meridian.core.calibration.CalTarget;
import org.meridian.core.calibration.CalTargets;
import org.meridian.core.calibration.Cascade;
import org.meridian.dialect.gemini.query.HeaderQuery;
import org.meridian.dialect.gemini.query.HeaderRow;
import org.meridian.dialect.gemini.selection.Feature;
import org.meridian.dialect.gemini.selection.ResultShape;
import org.meridian.dialect.gemini.selection.Selection;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;

/**
 * Calibration association (docs/gemini-archive.md): for a science frame, the best calibrations of a type, closest in
 * time first; for a selection, the union of its files' calibrations and, up to five levels deep,
 * the calibrations' own calibrations.
 *
 * <p>Only calibrations the caller may read are considered (the core's {@link Access} rule): a
 * proprietary calibration is neither named nor offered, and the best one the caller can use wins.
 */
public final class Associations {

    private static final int MAX_DEPTH = 5;

    /** FitsStorage's processing enum order, so processed frames come before raw ones at equal distance. */
    private static final String PROCESSING_RANK = "case o.processing when 'Failed' then 0 when 'Raw' then 1"
            + " when 'Quick-Look' then 2 when 'Science-Quality' then 3 when 'Quality-Assessment' then 4 else 1 end";

    private final HeaderQuery query;
    private final CalTargets targets;

    public Associations(Database db, HeaderQuery query) {
        this.query = query;
        this.targets = new CalTargets(db);
    }

    /** The stored frame behind a listed row, as an association target; empty when it has no time. */
    public Optional<CalTarget> target(HeaderRow row) throws SQLException {
        return targets.load(row.observationRowId());
    }

    /** The calibration types that apply to {@code target} (none for instruments without rules). */
    public List<CalType> applicable(CalTarget target) {
        return InstrumentCals.forInstrument(target.text("instrument"))
                .map(cals -> List.copyOf(new LinkedHashSet<>(cals.applicable(target))))
                .orElse(List.of());
    }

    /** The calibrations of one type for {@code target}, best first; empty when no rule finds this type. */
    public List<HeaderRow> find(Caller caller, CalTarget target, CalType type) throws SQLException, IOException {
        Optional<CalRule> rule =
                InstrumentCals.forInstrument(target.text("instrument")).flatMap(cals -> cals.rule(type));
        Optional<CalQuery> conditions = rule.flatMap(r -> r.conditions().build(target, type.processed()));
        if (conditions.isEmpty()) {
            return List.of();
        }
        int howMany = rule.get().howMany(type.processed());
        SqlFragment condition = SqlFragment.of("v.canonical and o.qa_state is distinct from 'Fail'");
        if (Boolean.FALSE.equals(target.engineering())) {
            // Engineering calibrations only for engineering data; a client that does not say gets both.
            condition = condition.and(SqlFragment.of("not o.engineering"));
        }
        if (target.observationRowId() != null) {
            condition = condition.and(SqlFragment.of("o.id <> ?", target.observationRowId()));
        }
        condition = condition.and(conditions.get().condition()).and(Access.bytesVisible(caller, "o"));
        SqlFragment order = SqlFragment.of(
                "order by abs(extract(epoch from o.ut_start - ?)) asc nulls last, " + PROCESSING_RANK
                        + " desc, v.entrytime desc, v.id limit " + howMany,
                CalQuery.at(target.ut()));
        List<HeaderRow> rows = new ArrayList<>();
        query.stream(caller, condition, order, rows::add);
        return rows;
    }

    /** The science rows of a selection as the summaries list them (canonical, default order and limits). */
    public List<HeaderRow> science(Caller caller, Selection selection) throws SQLException, IOException {
        Selection s = Feature.SUMMARY.withDefaults(selection);
        List<HeaderRow> rows = new ArrayList<>();
        query.stream(caller, s, ResultShape.of(Feature.SUMMARY, s), SqlFragment.TRUE, rows::add);
        return rows;
    }

    /** Every calibration associated with the selection's files (which may include some of those files), de-duplicated. */
    public List<HeaderRow> associated(Caller caller, Selection selection) throws SQLException, IOException {
        Cascade<HeaderRow> cascade = new Cascade<>(row -> calibrationsOf(caller, row), HeaderRow::versionId, MAX_DEPTH);
        return cascade.from(science(caller, selection)).stream()
                .map(Cascade.Found::frame)
                .toList();
    }

    /** Every applicable type's calibrations of one listed frame; none when it has no time. */
    private List<HeaderRow> calibrationsOf(Caller caller, HeaderRow row) throws SQLException, IOException {
        Optional<CalTarget> target = target(row);
        if (target.isEmpty()) {
            return List.of();
        }
        List<HeaderRow> cals = new ArrayList<>();
        for (CalType type : applicable(target.get())) {
            cals.addAll(find(caller, target.get(), type));
        }
        return cals;
    }
}
