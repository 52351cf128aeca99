// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.gemini.cal.Associations;
import org.meridian.dialect.gemini.query.HeaderRow;
import org.meridian.dialect.gemini.query.ObslogQuery;
import org.meridian.dialect.gemini.query.ObslogQuery.Obslog;
import org.meridian.dialect.gemini.selection.Selection;
import org.meridian.store.FileStore;
import org.meridian.web.StoredBytes;

/**
 * Observation logs (FitsStorage {@code obslogs.py}): {@code /obslogs/<sel>} lists the logs a date,
 * date range, program or file name selects; {@code /associated_obslogs/<sel>} those of the nights
 * and programs of the selected files (the search form's tab). A log the caller may not read is
 * listed without a link, and {@code /file} refuses it.
 */
public record ObslogPages(
        ObslogQuery obslogs, Associations associations, FileStore store, CallerLookup callers, Clock clock) {

    public void obslogs(Context ctx) throws SQLException, IOException {
        List<String> tokens = SelectionRequest.tokens(ctx, "obslogs", SummaryPages.DISPLAY_WORDS);
        Selection selection = SelectionRequest.parse(tokens, ctx, clock);
        Caller caller = callers.caller(ctx);
        send(ctx, selection, obslogs.list(caller, selection), bodyOnly(ctx, "obslogs"));
    }

    public void associated(Context ctx) throws SQLException, IOException {
        List<String> tokens = SelectionRequest.tokens(ctx, "associated_obslogs", SummaryPages.DISPLAY_WORDS);
        Selection selection = SelectionRequest.parse(tokens, ctx, clock);
        Caller caller = callers.caller(ctx);
        Set<String> nights = new LinkedHashSet<>();
        for (HeaderRow row : associations.science(caller, selection)) {
            String ut = row.text("ut_datetime");
            if (row.text("program_id") != null && ut != null && ut.length() >= 10) {
                nights.add(row.text("program_id") + "|" + ut.substring(0, 10));
            }
        }
        send(ctx, selection, obslogs.forNights(caller, nights), bodyOnly(ctx, "associated_obslogs"));
    }

    /** Serves a log's text for {@code /file}, if one has this name; false when none does. */
    boolean serveFile(Context ctx, Caller caller, String requested) throws SQLException, IOException {
        Optional<Obslog> found = obslogs.byFilename(caller, requested);
        if (found.isEmpty()) {
            return false;
        }
        Obslog log = found.get();
        if (!log.readable()) {
            ctx.status(403).contentType("text/plain").result(FileServer.DENIED);
            return true;
        }
        ctx.contentType("text/plain");
        StoredBytes.send(ctx, log.fileSize(), () -> store.open(log.storageKey()));
        return true;
    }

    private static boolean bodyOnly(Context ctx, String feature) {
        return SelectionRequest.tokens(ctx, feature, Set.of()).contains("body_only");
    }

    private static void send(Context ctx, Selection selection, List<Obslog> logs, boolean bodyOnly) {
        StringBuilder b = new StringBuilder(SummaryPages.warnings(selection));
        if (logs.isEmpty()) {
            b.append("<h2>No Obslogs found</h2>\n");
        } else {
            b.append("<p>Click the filename to open the obslog in your browser. Right-click the filename or use your"
                    + " browser Save-Link-As function to download to a file. If the filename is not a link, you do not"
                    + " have access to that observation log - they follow the same proprietary period as the data they"
                    + " refer to.\n<table class='fullwidth'>\n  <tr class='tr_head'><th>Filename<th>UT Date<th>Program"
                    + " ID</tr>");
            for (Obslog log : logs) {
                b.append("\n  <tr class='alternating'>\n    <td>");
                if (log.readable()) {
                    b.append("<a href=\"/file/")
                            .append(Html.escape(log.filename()))
                            .append("\" target=\"_blank\">")
                            .append(Html.escape(log.filename()))
                            .append("</a>");
                } else {
                    b.append(Html.escape(log.filename()));
                }
                b.append("\n    <td>")
                        .append(log.utDate())
                        .append("<td>")
                        .append(Html.escape(log.programId()))
                        .append("\n  </tr>");
            }
            b.append("\n</table>\n");
        }
        ctx.html(bodyOnly ? b.toString() : Html.page("Obslogs table " + SelectionUrl.of(selection), b.toString()));
    }
}
