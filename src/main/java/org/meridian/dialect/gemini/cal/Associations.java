// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.cal;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.gemini.query.HeaderQuery;
import org.meridian.dialect.gemini.query.HeaderRow;
import org.meridian.dialect.gemini.selection.Feature;
import org.meridian.dialect.gemini.selection.ResultShape;
import org.meridian.dialect.gemini.selection.Selection;
import org.meridian.store.SqlFragment;

/**
 * Calibration association (§1.10): for a science file, the best calibrations of each applicable
 * type, closest in time first; for a selection, the union of its files' calibrations and, up to
 * five levels deep, the calibrations' own calibrations.
 */
public final class Associations {

    private static final int MAX_DEPTH = 5;

    private final HeaderQuery query;

    public Associations(HeaderQuery query) {
        this.query = query;
    }

    /** The calibration types that apply to {@code target}. */
    public List<CalType> applicable(HeaderRow target) {
        return Applicability.of(target);
    }

    /** The calibrations of one type for {@code target}, best first. */
    public List<HeaderRow> find(Caller caller, HeaderRow target, CalType type) throws SQLException, IOException {
        SqlFragment condition = SqlFragment.of(
                "v.canonical and o.qa_state is distinct from 'Fail' and o.id <> ?"
                        + " and exists (select 1 from observation t where t.id = ?"
                        + " and (t.engineering or not o.engineering) and " + type.sql() + ")",
                target.observationRowId(),
                target.observationRowId());
        SqlFragment order = SqlFragment.of(
                "order by abs(extract(epoch from o.ut_start - (select t.ut_start from observation t where t.id = ?)))"
                        + " asc nulls last, v.entrytime desc, v.id limit " + type.howMany(),
                target.observationRowId());
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
        List<HeaderRow> level = science(caller, selection);
        Map<Long, HeaderRow> found = new LinkedHashMap<>();
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
            List<HeaderRow> next = new ArrayList<>();
            for (HeaderRow target : level) {
                for (CalType type : applicable(target)) {
                    for (HeaderRow cal : find(caller, target, type)) {
                        if (!found.containsKey(cal.versionId())) {
                            found.put(cal.versionId(), cal);
                            next.add(cal);
                        }
                    }
                }
            }
            level = next;
        }
        return List.copyOf(found.values());
    }
}
