// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.datalink;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.meridian.core.auth.Caller;
import org.meridian.vo.dali.DaliErrors;
import org.meridian.vo.dali.DaliParams;
import org.meridian.web.FormBody;
import org.meridian.web.RequestUrls;
import org.meridian.web.auth.CallerResolver;

/**
 * {@code /datalink/links} (DataLink 1.1 section 3), and {@code /calselector/associations} in the same
 * shape (a {@link LinkSource} each): GET or POST, one or many {@code ID}s, answered as
 * a DataLink VOTable or, with {@code RESPONSEFORMAT=json}, as JSON. A request it cannot read is a
 * DALI error document with a 400 ({@code UsageFault}); an identifier it cannot answer is an error
 * row, as the standard asks, so that one bad ID does not spoil the others.
 */
public final class DatalinkHandler {

    /** pyvo sends every ID of a result in one POST; past this many it is told to send fewer. */
    static final int MAX_IDS = 1000;

    private final LinkSource links;
    private final CallerResolver callers;

    public DatalinkHandler(LinkSource links, CallerResolver callers) {
        this.links = links;
        this.callers = callers;
    }

    private enum Format {
        VOTABLE,
        JSON
    }

    public void handle(Context ctx) throws IOException, SQLException {
        DaliParams params;
        try {
            params = DaliParams.of(ctx);
        } catch (FormBody.MalformedException e) {
            DaliErrors.votable(ctx, e.status(), "UsageFault: " + e.getMessage());
            return;
        }
        Caller caller = callers.of(ctx);
        List<String> ids = params.all("ID");
        Format format = format(params.responseFormat());
        String problem = problem(ids, format, params.responseFormat());
        if (problem == null) {
            problem = links.problem(params);
        }
        if (problem != null) {
            DaliErrors.votable(ctx, 400, "UsageFault: " + problem);
            return;
        }
        String base = RequestUrls.base(ctx);
        List<Link> rows = new ArrayList<>();
        List<SodaDescriptor> descriptors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            DatasetLinks.Answer one = links.of(caller, ids.get(i), params, base, i);
            rows.addAll(one.links());
            descriptors.addAll(one.descriptors());
        }
        DatasetLinks.Answer answer = new DatasetLinks.Answer(rows, descriptors);
        OutputStream out = ctx.outputStream();
        if (format == Format.JSON) {
            ctx.contentType("application/json");
            DatalinkJson.write(answer, out);
        } else {
            ctx.contentType(DatalinkVotable.MIME);
            DatalinkVotable.write(answer, out);
        }
    }

    /** What makes the whole request unanswerable, or null. */
    private static String problem(List<String> ids, Format format, String requested) {
        if (ids.isEmpty()) {
            return "ID is required (an ESO dataset identifier, ivo://eso.org/ID?<dp_id>)";
        }
        if (ids.size() > MAX_IDS) {
            return "at most " + MAX_IDS + " IDs per request, got " + ids.size();
        }
        for (String id : ids) {
            if (id.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
                return "ID holds control characters";
            }
            if (id.length() > 4096) {
                return "ID is longer than 4096 characters";
            }
        }
        if (format == null) {
            return "RESPONSEFORMAT " + requested + " is not supported; use application/x-votable+xml or json";
        }
        return null;
    }

    /** The format RESPONSEFORMAT names (DataLink 1.1 section 3.1.2), or null for one it does not. */
    private static Format format(String value) {
        if (value == null || value.isBlank()) {
            return Format.VOTABLE;
        }
        String v = value.toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (v) {
            case "votable",
                    "application/x-votable+xml",
                    "application/x-votable+xml;content=datalink",
                    "text/xml",
                    "application/xml" -> Format.VOTABLE;
            case "json", "application/json" -> Format.JSON;
            default -> null;
        };
    }
}
