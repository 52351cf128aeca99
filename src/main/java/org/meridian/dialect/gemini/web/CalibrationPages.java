// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.gemini.cal.Associations;
import org.meridian.dialect.gemini.cal.CalType;
import org.meridian.dialect.gemini.json.PythonJson;
import org.meridian.dialect.gemini.query.HeaderRow;
import org.meridian.dialect.gemini.selection.Criterion.Exact;
import org.meridian.dialect.gemini.selection.Criterion.Flag;
import org.meridian.dialect.gemini.selection.Criterion.QaRule;
import org.meridian.dialect.gemini.selection.Criterion.QaState;
import org.meridian.dialect.gemini.selection.Key;
import org.meridian.dialect.gemini.selection.Selection;

/** {@code /jsoncalmgr} and {@code /calibrations} (§1.10): the calibrations of each selected file. */
public final class CalibrationPages {

    private final Associations associations;
    private final CallerLookup callers;
    private final Clock clock;

    public CalibrationPages(Associations associations, CallerLookup callers, Clock clock) {
        this.associations = associations;
        this.callers = callers;
        this.clock = clock;
    }

    /** JSON per science file: label, filename, md5 and, per calibration type, the files found. */
    public void jsoncalmgr(Context ctx) throws SQLException, IOException {
        Selection selection = SelectionRequest.parse(ctx, "jsoncalmgr", clock);
        if (selection.isOpen()) {
            ctx.status(406)
                    .contentType("text/plain")
                    .result("The calibration manager needs a closed selection: give a date, program, observation,"
                            + " data label or file name\n");
            return;
        }
        Caller caller = callers.caller(ctx);
        String base = ctx.scheme() + "://" + ctx.host();
        List<Object> result = new ArrayList<>();
        for (HeaderRow science : targets(caller, selection)) {
            List<Object> info = new ArrayList<>();
            for (CalType type : types(science, selection)) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("error", false);
                one.put("type", type.wireName());
                List<Object> cals = new ArrayList<>();
                for (HeaderRow cal : associations.find(caller, science, type)) {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("label", cal.get("data_label"));
                    c.put("name", cal.name());
                    c.put("md5", cal.get("file_md5"));
                    c.put(
                            "url",
                            Boolean.TRUE.equals(cal.get("present")) ? base + "/file/" + cal.pathAndFilename() : null);
                    cals.add(c);
                }
                one.put("cals", cals);
                info.add(one);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("label", science.get("data_label"));
            entry.put("filename", science.name());
            entry.put("md5", science.get("data_md5"));
            entry.put("cal_info", info);
            result.add(entry);
        }
        StringWriter out = new StringWriter();
        new PythonJson(out, 4).write(result, 0);
        ctx.contentType("application/json").result(out.toString());
    }

    /** HTML: each selected file with the calibrations found for it, and which types are missing. */
    public void page(Context ctx) throws SQLException, IOException {
        Selection selection = SelectionRequest.parse(ctx, "calibrations", clock);
        Caller caller = callers.caller(ctx);
        StringBuilder b =
                new StringBuilder("<h1>Calibrations for " + Html.escape(SelectionUrl.of(selection)) + "</h1>\n");
        b.append(SummaryPages.warnings(selection));
        int missing = 0;
        List<HeaderRow> targets = targets(caller, selection);
        for (HeaderRow science : targets) {
            b.append("<h3>")
                    .append(Html.escape(science.name()))
                    .append(" - ")
                    .append(Html.escape(science.get("data_label")))
                    .append("</h3><ul>");
            for (CalType type : types(science, selection)) {
                List<HeaderRow> cals = associations.find(caller, science, type);
                if (cals.isEmpty()) {
                    if (!type.processed()) {
                        missing++;
                        b.append("<li class=\"warning\">NO ")
                                .append(type.wireName().toUpperCase())
                                .append(" FOUND</li>");
                    }
                    continue;
                }
                b.append("<li>").append(type.wireName()).append(": ");
                for (HeaderRow cal : cals) {
                    b.append("<a href=\"/file/")
                            .append(Html.escape(cal.filename()))
                            .append("\">")
                            .append(Html.escape(cal.name()))
                            .append("</a> ");
                }
                b.append("</li>");
            }
            b.append("</ul>\n");
        }
        b.append("<p>")
                .append(targets.size())
                .append(" datasets; ")
                .append(missing)
                .append(" missing raw calibration types.</p>");
        ctx.html(Html.page("Gemini calibrations", b.toString()));
    }

    /** Canonical, not failed, newest first. */
    private List<HeaderRow> targets(Caller caller, Selection selection) throws SQLException, IOException {
        Selection s = selection.with(new Flag(Key.CANONICAL, true));
        if (!s.has(Key.QA_STATE)) {
            s = s.with(new QaState(QaRule.NOT_FAIL, "NotFail"));
        }
        List<HeaderRow> rows = new ArrayList<>(associations.science(caller, s));
        rows.sort((a, b) -> String.valueOf(b.get("ut_datetime")).compareTo(String.valueOf(a.get("ut_datetime"))));
        return rows;
    }

    private List<CalType> types(HeaderRow science, Selection selection) {
        List<CalType> types = associations.applicable(science);
        return selection
                .get(Key.CALTYPE, Exact.class)
                .map(c -> types.stream()
                        .filter(t -> t.wireName().equals(c.value()))
                        .toList())
                .orElse(types);
    }
}
