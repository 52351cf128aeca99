// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.meridian.core.auth.Caller;
import org.meridian.core.calibration.CalTarget;
import org.meridian.dialect.gemini.cal.Associations;
import org.meridian.dialect.gemini.cal.CalType;
import org.meridian.dialect.gemini.query.HeaderRow;
import org.meridian.dialect.gemini.selection.Criterion.Exact;
import org.meridian.dialect.gemini.selection.Criterion.Flag;
import org.meridian.dialect.gemini.selection.Criterion.QaRule;
import org.meridian.dialect.gemini.selection.Criterion.QaState;
import org.meridian.dialect.gemini.selection.Key;
import org.meridian.dialect.gemini.selection.Selection;

/**
 * The calibration manager ({@code /calmgr}, {@code /xmlcalmgr}, {@code /jsoncalmgr}, GET and POST)
 * and the {@code /calibrations} page (docs/gemini-archive.md). As in FitsStorage, the manager lists every calibration
 * type (or the one asked for) whatever applies; the page lists the applicable ones.
 */
public record CalibrationPages(Associations associations, CallerLookup callers, Clock clock) {

    static final String OPEN_QUERY =
            "<!-- Error: Selection cannot represent an open query for calibration association -->\n\n";
    static final String NO_CALTYPE = "<!-- Error: No calibration type specified-->\n\n";

    private enum Format {
        XML,
        JSON
    }

    /** The manager at {@code /<feature>}: {@code jsoncalmgr} answers JSON, {@code xmlcalmgr} and the legacy {@code calmgr} XML. */
    public Handler manager(String feature) {
        Format format = format(feature);
        return ctx -> get(ctx, feature, format);
    }

    /** The manager at {@code /<feature>} for POSTed science headers. */
    public Handler postManager(String feature) {
        Format format = format(feature);
        return ctx -> post(ctx, feature, format);
    }

    private static Format format(String feature) {
        return switch (feature) {
            case "jsoncalmgr" -> Format.JSON;
            case "xmlcalmgr", "calmgr" -> Format.XML;
            default -> throw new IllegalArgumentException("not a calibration manager: " + feature);
        };
    }

    /** GET: the science datasets come from the selection, which must be closed. */
    private void get(Context ctx, String feature, Format format) throws SQLException, IOException {
        Selection selection = SelectionRequest.parse(ctx, feature, clock);
        if (selection.isOpen()) {
            ctx.status(406).contentType("text/plain").result(OPEN_QUERY);
            return;
        }
        Caller caller = callers.caller(ctx);
        List<CalType> types = requested(selection);
        List<CalmgrResult> results = new ArrayList<>();
        for (HeaderRow science : targets(caller, selection)) {
            Optional<CalTarget> target = associations.target(science);
            List<CalmgrResult.TypeResult> info =
                    target.isPresent() ? lookUp(ctx, caller, target.get(), types) : List.of();
            results.add(new CalmgrResult(science.text("data_label"), science.name(), science.text("data_md5"), info));
        }
        send(ctx, format, "GET", results);
    }

    /** POST: the client describes the science frame; a calibration type is required. */
    private void post(Context ctx, String feature, Format format) throws SQLException, IOException {
        Selection selection = SelectionRequest.parse(ctx, feature, clock);
        List<CalType> types = requested(selection);
        if (!selection.has(Key.CALTYPE)) {
            ctx.status(405).contentType("text/plain").result(NO_CALTYPE);
            return;
        }
        CalTarget target;
        try {
            target = CalmgrPost.parse(ctx.bodyAsBytes());
        } catch (CalmgrPost.BadRequest e) {
            ctx.status(400).contentType("text/plain").result(e.getMessage());
            return;
        }
        Caller caller = callers.caller(ctx);
        CalmgrResult result =
                new CalmgrResult(target.text("data_label"), null, null, lookUp(ctx, caller, target, types));
        send(ctx, format, "POST", List.of(result));
    }

    private List<CalmgrResult.TypeResult> lookUp(Context ctx, Caller caller, CalTarget target, List<CalType> types)
            throws IOException {
        String base = ctx.scheme() + "://" + ctx.host();
        List<CalmgrResult.TypeResult> info = new ArrayList<>();
        for (CalType type : types) {
            try {
                List<CalmgrResult.Cal> cals = new ArrayList<>();
                for (HeaderRow cal : associations.find(caller, target, type)) {
                    cals.add(new CalmgrResult.Cal(
                            cal.text("data_label"),
                            cal.name(),
                            cal.text("file_md5"),
                            Boolean.TRUE.equals(cal.get("present")) ? base + "/file/" + cal.pathAndFilename() : null));
                }
                info.add(new CalmgrResult.TypeResult(type.wireName(), false, cals));
            } catch (SQLException e) {
                // As the archive: one failing type is reported in place, the others still answer.
                info.add(new CalmgrResult.TypeResult(type.wireName(), true, null));
            }
        }
        return info;
    }

    private void send(Context ctx, Format format, String method, List<CalmgrResult> results) {
        if (format == Format.XML) {
            ctx.contentType(CalmgrXml.CONTENT_TYPE).result(CalmgrXml.render(results, method, clock.instant()));
            return;
        }
        ctx.contentType(CalmgrJson.CONTENT_TYPE).result(CalmgrJson.render(results));
    }

    /** HTML: each selected file with the applicable calibrations found for it, and which types are missing. */
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
            Optional<CalTarget> target = associations.target(science);
            List<CalType> applicable = target.map(associations::applicable).orElse(List.of());
            List<CalType> wanted = requested(selection);
            for (CalType type : applicable) {
                if (!wanted.contains(type)) {
                    continue;
                }
                List<HeaderRow> cals = associations.find(caller, target.get(), type);
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

    /** The {@code caltype} token's type, or every type in the archive's order. */
    private static List<CalType> requested(Selection selection) {
        return selection
                .get(Key.CALTYPE, Exact.class)
                .flatMap(c -> CalType.fromWire(c.value()))
                .map(List::of)
                .orElse(Arrays.asList(CalType.values()));
    }
}
