// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.rest;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.gemini.query.ServedCollections;
import org.meridian.dialect.gemini.rest.RestResources.Resource;
import org.meridian.dialect.gemini.web.CallerLookup;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;
import org.meridian.web.RequestUrls;
import org.meridian.web.auth.DialectRoutes;

/**
 * The Gemini archive's newer REST API ({@code /api/headers}, {@code /api/files}, {@code
 * /api/programs}, {@code /api/gmos}), Django REST framework style: page-numbered results {@code
 * {count, next, previous, results}}, filters on every field. Rows are listed as the archive lists
 * them; coordinates are null where {@link Access} hides them. The shared {@code /api/} root is
 * built by the integrator from {@link #resources()}.
 */
public record GeminiRestRoutes(Database db, CallerLookup callers, ServedCollections served) {

    static final int PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 1000;

    /** Resource name → path, for the shared {@code /api/} root listing. */
    public static Map<String, String> resources() {
        Map<String, String> m = new LinkedHashMap<>();
        RestResources.all().forEach(r -> m.put(r.name(), "/api/" + r.name() + "/"));
        return m;
    }

    public void addTo(JavalinDefaultRoutingApi javalin) {
        // A NUL character is refused as DRF refuses a malformed request, before any handler runs.
        JavalinDefaultRoutingApi routes =
                DialectRoutes.of(javalin, (ctx, status, message) -> ctx.json(Map.of("detail", message)));
        for (Resource r : RestResources.all()) {
            routes.get("/api/" + r.name(), ctx -> list(ctx, r));
            routes.get("/api/" + r.name() + "/{key}", ctx -> detail(ctx, r));
        }
        routes.exception(RestFilters.Invalid.class, (e, ctx) -> ctx.status(400).json(e.errors));
    }

    private void list(Context ctx, Resource resource) throws SQLException {
        int page = positive(ctx, "page", 1);
        int size = Math.min(MAX_PAGE_SIZE, positive(ctx, "page_size", PAGE_SIZE));
        Caller caller = callers.caller(ctx);
        SqlFragment coords = resource.observationRows() ? Access.coordinatesVisible(caller, "o") : SqlFragment.TRUE;
        SqlFragment where = listed(caller, resource).and(RestFilters.where(resource, ctx.queryParamMap(), coords));
        String order = RestFilters.orderBy(resource, ctx.queryParam("ordering"));
        long count;
        List<Object> results;
        try (Connection c = db.connection()) {
            try (PreparedStatement s =
                    c.prepareStatement("select count(*) from " + resource.from() + " where " + where.sql())) {
                where.bind(s, 1);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    count = r.getLong(1);
                }
            }
            results =
                    rows(c, resource, coords, where, order + " limit " + size + " offset " + (long) (page - 1) * size);
        }
        if (page > 1 && results.isEmpty()) {
            ctx.status(404).json(Map.of("detail", "Invalid page."));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", count);
        body.put("next", (long) page * size < count ? RequestUrls.withParams(ctx, Map.of("page", page + 1)) : null);
        body.put("previous", page > 1 ? RequestUrls.withParams(ctx, Map.of("page", page - 1)) : null);
        body.put("results", results);
        ctx.json(body);
    }

    /**
     * One object by its key (the id, or a program's ID), as a DRF router's detail route serves it:
     * the object, or 404 {@code {"detail": "Not found."}} when there is none or the key is not of
     * the key's type. The same access rules as the listing.
     */
    private void detail(Context ctx, Resource resource) throws SQLException {
        RestField key = resource.fields().getFirst();
        String value = ctx.pathParam("key");
        if (key.type() == RestField.Type.INTEGER && !value.matches("[0-9]{1,18}")) {
            ctx.status(404).json(NOT_FOUND);
            return;
        }
        Caller caller = callers.caller(ctx);
        SqlFragment coords = resource.observationRows() ? Access.coordinatesVisible(caller, "o") : SqlFragment.TRUE;
        SqlFragment where = listed(caller, resource)
                .and(SqlFragment.of(resource.condition()))
                .and(SqlFragment.of(
                        key.sql() + " = ?", key.type() == RestField.Type.INTEGER ? Long.parseLong(value) : value));
        List<Object> found;
        try (Connection c = db.connection()) {
            found = rows(c, resource, coords, where, resource.defaultOrder() + " limit 1");
        }
        if (found.isEmpty()) {
            ctx.status(404).json(NOT_FOUND);
        } else {
            ctx.json(found.getFirst());
        }
    }

    /**
     * The rows of an observation resource the caller may see listed, in the collections this dialect
     * serves; other resources have no such rule.
     */
    private SqlFragment listed(Caller caller, Resource resource) {
        return resource.observationRows() ? Access.listed(caller, "o").and(served.condition("o")) : SqlFragment.TRUE;
    }

    private static final Map<String, String> NOT_FOUND = Map.of("detail", "Not found.");

    /** The rows of {@code resource} matching {@code where}, with {@code tail} (order, limit) appended. */
    private static List<Object> rows(
            Connection c, Resource resource, SqlFragment coords, SqlFragment where, String tail) throws SQLException {
        StringBuilder select =
                new StringBuilder("select (").append(coords.sql()).append(")");
        resource.fields().forEach(f -> select.append(", ").append(f.sql()));
        select.append(" from ")
                .append(resource.from())
                .append(" where ")
                .append(where.sql())
                .append(" order by ")
                .append(tail);
        List<Object> results = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(select.toString())) {
            where.bind(s, coords.bind(s, 1));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    results.add(row(resource, r));
                }
            }
        }
        return results;
    }

    private static Map<String, Object> row(Resource resource, ResultSet r) throws SQLException {
        boolean visible = r.getBoolean(1);
        Map<String, Object> m = new LinkedHashMap<>();
        int i = 2;
        for (RestField f : resource.fields()) {
            Object v = r.getObject(i++);
            if (v instanceof Timestamp t) {
                v = t.toInstant().toString();
            }
            if (f.proprietary() && !visible) {
                v = null;
            }
            put(m, f.name(), v);
        }
        return m;
    }

    /** {@code program__title} goes into {@code m.program.title}. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> m, String name, Object value) {
        int cut = name.indexOf("__");
        if (cut < 0) {
            m.put(name, value);
            return;
        }
        Map<String, Object> nested = (Map<String, Object>)
                m.computeIfAbsent(name.substring(0, cut), k -> new LinkedHashMap<String, Object>());
        put(nested, name.substring(cut + 2), value);
    }

    private static int positive(Context ctx, String name, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RestFilters.Invalid(Map.of(name, List.of("A positive integer is required.")));
    }
}
