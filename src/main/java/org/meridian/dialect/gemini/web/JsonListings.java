// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.gemini.query.HeaderQuery;
import org.meridian.dialect.gemini.query.HeaderRow;
import org.meridian.dialect.gemini.selection.Feature;
import org.meridian.dialect.gemini.selection.ResultShape;
import org.meridian.dialect.gemini.selection.Selection;

/**
 * {@code /jsonfilelist}, {@code /jsonfilenames}, {@code /jsonsummary} and {@code /jsonqastate}
 * (docs/gemini-archive.md): a JSON array streamed row by row from the database cursor. Tokens the parser did not
 * recognise are ignored, as the archive ignores them in its JSON features; they are echoed in an
 * {@code X-Gemini-Not-Recognised} header so scripts can notice a typo.
 */
public record JsonListings(HeaderQuery query, CallerLookup callers, Clock clock) {

    /** The listing at {@code /<name>}, which runs {@code feature}. */
    public Handler listing(String name, Feature feature) {
        return ctx -> list(ctx, name, feature);
    }

    private void list(Context ctx, String name, Feature feature) throws SQLException, IOException {
        Selection selection = feature.withDefaults(SelectionRequest.parse(ctx, name, clock));
        ResultShape shape = ResultShape.of(feature, selection);
        Caller caller = callers.caller(ctx);
        if (!selection.unrecognised().isEmpty()) {
            ctx.header("X-Gemini-Not-Recognised", String.join(" ", selection.unrecognised()));
        }
        ctx.contentType("application/json");
        OutputStream out = ctx.outputStream();
        query.streamJson(caller, selection, shape, keys(feature), out); // drains in 16 kB runs
        out.flush();
    }

    /** The keys each listing shows, in the archive's order. */
    public static List<String> keys(Feature feature) {
        return switch (feature) {
            case JSONFILELIST -> HeaderRow.FILE_KEYS;
            case JSONFILENAMES -> List.of("name");
            case JSONQASTATE -> List.of("data_label", "filename", "data_md5", "entrytime", "qa_state");
            case JSONSUMMARY, SUMMARY -> HeaderQuery.SUMMARY_KEYS;
        };
    }
}
