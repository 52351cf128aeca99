// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.gemini.cal.Associations;
import org.meridian.dialect.gemini.query.HeaderQuery;
import org.meridian.dialect.gemini.query.HeaderRow;
import org.meridian.dialect.gemini.selection.Feature;
import org.meridian.dialect.gemini.selection.ResultShape;
import org.meridian.dialect.gemini.selection.Selection;
import org.meridian.store.SqlFragment;

/**
 * The HTML summaries ({@code /summary}, {@code /ssummary}, {@code /lsummary}), the associated
 * calibrations table and the search form. Rows stream from the cursor into the page.
 */
public record SummaryPages(HeaderQuery query, CallerLookup callers, Associations associations, Clock clock) {

    /** Display options the summaries take out before parsing (docs/gemini-archive.md). */
    static final Set<String> DISPLAY_WORDS = Set.of("nolinks", "body_only");

    public void summary(Context ctx) throws SQLException, IOException {
        page(ctx, featureName(ctx), SummaryTable.NORMAL);
    }

    public void ssummary(Context ctx) throws SQLException, IOException {
        page(ctx, "ssummary", SummaryTable.SHORT);
    }

    public void lsummary(Context ctx) throws SQLException, IOException {
        page(ctx, "lsummary", SummaryTable.LONG);
    }

    public void searchform(Context ctx) throws SQLException, IOException {
        List<String> tokens = SelectionRequest.tokens(ctx, "searchform", DISPLAY_WORDS);
        Selection selection = SelectionRequest.parse(tokens, ctx, clock);
        Caller caller = callers.caller(ctx);
        Writer out = writer(ctx);
        out.write(SearchForm.head(tokens, selection, caller));
        if (!tokens.isEmpty()) {
            out.write(warnings(selection));
            out.write("<div id=\"tab-results\" class=\"tab\">");
            table(out, caller, selection, SummaryTable.NORMAL, true);
            out.write("</div>");
        }
        out.write(SearchForm.tail(tokens));
        out.flush();
    }

    public void associatedCals(Context ctx) throws SQLException, IOException {
        List<String> tokens = SelectionRequest.tokens(ctx, "associated_cals", DISPLAY_WORDS);
        boolean bodyOnly =
                SelectionRequest.tokens(ctx, "associated_cals", Set.of()).contains("body_only");
        Selection selection = SelectionRequest.parse(tokens, ctx, clock);
        Caller caller = callers.caller(ctx);
        List<HeaderRow> cals = associations.associated(caller, selection);
        Writer out = writer(ctx);
        if (!bodyOnly) {
            out.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Associated calibrations</title>"
                    + "</head><body>\n");
        }
        out.write("<h2>Calibrations associated with " + Html.escape(SelectionUrl.of(selection)) + "</h2>\n");
        if (cals.isEmpty()) {
            out.write("<p>No associated calibrations found.</p>\n");
        } else {
            out.write(SummaryTable.NORMAL.header());
            for (HeaderRow row : cals) {
                out.write(SummaryTable.NORMAL.row(row, true));
            }
            out.write(SummaryTable.footer());
        }
        if (!bodyOnly) {
            out.write("</body></html>\n");
        }
        out.flush();
    }

    private void page(Context ctx, String feature, SummaryTable table) throws SQLException, IOException {
        List<String> all = SelectionRequest.tokens(ctx, feature, Set.of());
        boolean links = !all.contains("nolinks");
        boolean bodyOnly = all.contains("body_only");
        Selection selection = SelectionRequest.parse(SelectionRequest.tokens(ctx, feature, DISPLAY_WORDS), ctx, clock);
        Caller caller = callers.caller(ctx);
        Writer out = writer(ctx);
        if (!bodyOnly) {
            out.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Gemini Archive summary: "
                    + Html.escape(SelectionUrl.of(selection)) + "</title></head><body>\n");
        }
        out.write(warnings(selection));
        table(out, caller, selection, table, links);
        if (!bodyOnly) {
            out.write("</body></html>\n");
        }
        out.flush();
    }

    private void table(Writer out, Caller caller, Selection parsed, SummaryTable table, boolean links)
            throws SQLException, IOException {
        Selection selection = Feature.SUMMARY.withDefaults(parsed);
        ResultShape shape = ResultShape.of(Feature.SUMMARY, selection);
        out.write(table.header());
        int[] count = {0};
        query.stream(caller, selection, shape, SqlFragment.TRUE, row -> {
            out.write(table.row(row, links));
            count[0]++;
        });
        out.write(SummaryTable.footer());
        out.write("<p id=\"count\">" + count[0] + " results.");
        if (shape.limit().isPresent() && count[0] >= shape.limit().getAsInt()) {
            out.write(" The results were limited to " + shape.limit().getAsInt()
                    + (shape.open() ? "; add a date, program or other closing criterion to see more." : "."));
        }
        out.write("</p>\n");
    }

    static String warnings(Selection selection) {
        StringBuilder b = new StringBuilder();
        if (!selection.unrecognised().isEmpty()) {
            b.append("<p class=\"warning\">WARNING: I didn't understand these (case-sensitive) words: ")
                    .append(Html.escape(String.join(" ", selection.unrecognised())))
                    .append("</p>\n");
        }
        for (String w : selection.warnings()) {
            b.append("<p class=\"warning\">").append(Html.escape(w)).append("</p>\n");
        }
        return b.toString();
    }

    private static String featureName(Context ctx) {
        return SelectionRequest.path(ctx).startsWith("/searchresults") ? "searchresults" : "summary";
    }

    private static Writer writer(Context ctx) throws IOException {
        ctx.contentType("text/html; charset=utf-8");
        return new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
    }
}
