// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.gemini.json.PythonJson;
import org.meridian.dialect.gemini.query.HeaderQuery;
import org.meridian.dialect.gemini.query.HeaderRow;
import org.meridian.dialect.gemini.selection.Feature;
import org.meridian.dialect.gemini.selection.ResultShape;
import org.meridian.dialect.gemini.selection.Selection;
import org.meridian.store.SqlFragment;

/**
 * {@code /jsonfilelist}, {@code /jsonfilenames}, {@code /jsonsummary} and {@code /jsonqastate}
 * (§1.6): a JSON array streamed row by row from the database cursor. Tokens the parser did not
 * recognise are ignored, as the archive ignores them in its JSON features; they are echoed in an
 * {@code X-Gemini-Not-Recognised} header so scripts can notice a typo.
 */
public final class JsonListings {

    private final HeaderQuery query;
    private final CallerLookup callers;
    private final Clock clock;

    public JsonListings(HeaderQuery query, CallerLookup callers, Clock clock) {
        this.query = query;
        this.callers = callers;
        this.clock = clock;
    }

    public void jsonfilelist(Context ctx) throws SQLException, IOException {
        list(ctx, "jsonfilelist", Feature.JSONFILELIST);
    }

    public void jsonfilenames(Context ctx) throws SQLException, IOException {
        list(ctx, "jsonfilenames", Feature.JSONFILENAMES);
    }

    public void jsonsummary(Context ctx) throws SQLException, IOException {
        list(ctx, "jsonsummary", Feature.JSONSUMMARY);
    }

    public void jsonqastate(Context ctx) throws SQLException, IOException {
        list(ctx, "jsonqastate", Feature.JSONQASTATE);
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
        PythonJson json = new PythonJson(out, 4); // drains in 16 kB runs: no further buffer needed
        json.startList();
        // jsonsummary flags the last row of an open query, so each row is written one row late.
        HeaderRow[] pending = new HeaderRow[1];
        boolean[] first = {true};
        query.stream(caller, selection, shape, SqlFragment.TRUE, row -> {
            if (pending[0] != null) {
                json.item(entry(feature, pending[0]), first[0]);
                first[0] = false;
            }
            pending[0] = row;
        });
        if (pending[0] != null) {
            Map<String, Object> last = entry(feature, pending[0]);
            if (shape.marksTruncation()) {
                last = new LinkedHashMap<>(last);
                last.put("results_truncated", true);
            }
            json.item(last, first[0]);
        }
        json.endList(pending[0] == null);
        out.flush();
    }

    static Map<String, Object> entry(Feature feature, HeaderRow row) {
        return switch (feature) {
            case JSONFILELIST -> row.fileEntry();
            case JSONFILENAMES -> new LinkedHashMap<>(Map.of("name", row.name()));
            case JSONQASTATE -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("data_label", row.get("data_label"));
                m.put("filename", row.get("filename"));
                m.put("data_md5", row.get("data_md5"));
                m.put("entrytime", row.get("entrytime"));
                m.put("qa_state", row.get("qa_state"));
                yield m;
            }
            case JSONSUMMARY, SUMMARY -> row.summary(); // read-only: copied only to flag truncation
        };
    }
}
