// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.core.auth.Caller;
import org.meridian.store.SqlFragment;
import org.meridian.web.LimitOffset;
import org.meridian.web.RequestUrls;

/** {@code /frames/}, {@code /frames/{id}/}, {@code /frames/{id}/related/}, {@code /frames/{id}/headers/}. */
public record FramesHandler(FrameStore frames, Callers callers, Downloads downloads) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    public void list(Context ctx) throws Exception {
        Caller caller = callers.of(ctx);
        Map<String, List<String>> params = ctx.queryParamMap();
        FrameFilters.Filter filter = FrameFilters.parse(params, caller, frames.footprintRadius());
        SqlFragment where = FrameStore.listable(caller).and(filter.where());
        FrameOrdering ordering = FrameOrdering.parse(ctx.queryParam("ordering"));
        LimitOffset page = LimitOffset.of(ctx, DEFAULT_LIMIT, MAX_LIMIT);
        int limit = page.limit();
        FrameJson json = new FrameJson(downloads.forCaller(ctx, caller));
        boolean related = !"false".equalsIgnoreCase(ctx.queryParam("include_related_frames"));
        if ("cursor".equals(ctx.queryParam("pagination_style"))) {
            cursorPage(ctx, where, ordering, limit, json, related);
            return;
        }
        long offset = page.offset();
        List<FrameRow> rows = frames.page(where, ordering.sql(), limit, offset);
        // A short page settles the count: no count query or plan is needed (most spatial queries end
        // here; the count query used to cost as much as the page). The flag still says which policy
        // (docs/lco-archive.md, "Pages") applied, as the original reports it.
        boolean shortPage = rows.size() < limit && (offset == 0 || !rows.isEmpty());
        FrameCount.Count count = shortPage
                ? new FrameCount.Count(offset + rows.size(), !filter.small())
                : frames.count(where, filter.small(), ctx.queryParam("force_count") != null);
        long total = !count.estimated() || shortPage ? count.value() : Math.max(count.value(), offset + rows.size());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", total);
        boolean hasNext = count.estimated() ? rows.size() == limit : offset + limit < total;
        body.put("next", page.next(ctx, hasNext));
        body.put("previous", page.previous(ctx));
        body.put("results", rows.stream().map(f -> json.of(f, related)).toList());
        body.put("count_estimated", count.estimated());
        ctx.json(body);
    }

    private void cursorPage(
            Context ctx, SqlFragment where, FrameOrdering ordering, int limit, FrameJson json, boolean related)
            throws Exception {
        if (!ordering.keysetable()) {
            throw ApiException.field("ordering", "Cursor pagination orders by observation_date or id only.");
        }
        String given = ctx.queryParam("cursor");
        Cursor cursor = given == null ? null : Cursor.decode(given);
        boolean reverse = cursor != null && cursor.reverse();
        SqlFragment pageWhere = cursor == null ? where : where.and(cursor.after(ordering));
        List<FrameRow> rows = new ArrayList<>(frames.page(pageWhere, Cursor.orderBy(ordering, reverse), limit + 1, 0));
        boolean more = rows.size() > limit;
        if (more) {
            rows.removeLast();
        }
        if (reverse) {
            Collections.reverse(rows);
        }
        boolean hasNext = reverse ? true : more;
        boolean hasPrevious = reverse ? more : cursor != null;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "next",
                hasNext && !rows.isEmpty()
                        ? RequestUrls.withParams(
                                ctx,
                                Map.of(
                                        "cursor",
                                        Cursor.at(rows.getLast(), ordering, false)
                                                .encode()))
                        : null);
        body.put(
                "previous",
                hasPrevious && !rows.isEmpty()
                        ? RequestUrls.withParams(
                                ctx,
                                Map.of(
                                        "cursor",
                                        Cursor.at(rows.getFirst(), ordering, true)
                                                .encode()))
                        : null);
        body.put("results", rows.stream().map(f -> json.of(f, related)).toList());
        ctx.json(body);
    }

    public void detail(Context ctx) throws Exception {
        Caller caller = callers.of(ctx);
        FrameRow frame = frames.byId(caller, id(ctx)).orElseThrow(ApiException::notFound);
        ctx.json(new FrameJson(downloads.forCaller(ctx, caller)).of(frame, true));
    }

    public void related(Context ctx) throws Exception {
        Caller caller = callers.of(ctx);
        long id = id(ctx);
        frames.byId(caller, id).orElseThrow(ApiException::notFound);
        FrameJson json = new FrameJson(downloads.forCaller(ctx, caller));
        ctx.json(frames.related(caller, id).stream().map(f -> json.of(f, true)).toList());
    }

    /** The header cards of the HDU the archive ingested (the first with the required keys), by name. */
    public void headers(Context ctx) throws Exception {
        Caller caller = callers.of(ctx);
        long id = id(ctx);
        frames.byId(caller, id).orElseThrow(ApiException::notFound);
        String cards = frames.headerCards(id).orElseThrow(ApiException::notFound);
        ctx.json(Map.of("data", HeaderCards.primaryData(JSON.readTree(cards))));
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound();
        }
    }
}
