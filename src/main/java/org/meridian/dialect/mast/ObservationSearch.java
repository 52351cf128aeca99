// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.store.SqlFragment;

/**
 * The CAOM observation services: {@code Mast.Caom.Cone}, {@code Mast.Caom.Filtered} and
 * {@code Mast.Caom.Filtered.Position}. Each becomes a {@link MashupQuery} over the observation table
 * with the caller's visibility predicate ANDed in, so exclusive-access rows never reach others.
 */
public final class ObservationSearch {

    /** What the service asked for: the rows of one page, or only their number. */
    public sealed interface Plan {
        MashupQuery query();
    }

    public record Rows(MashupQuery query) implements Plan {}

    public record Count(MashupQuery query) implements Plan {}

    private ObservationSearch() {}

    public static Plan cone(Caller caller, ObjectNode params) {
        ConeSearch cone = ConeSearch.ofParams(params);
        List<MashupColumn> columns = new ArrayList<>(CaomColumns.ALL);
        columns.add(CaomColumns.distance(cone));
        return new Rows(new MashupQuery(
                columns, CaomColumns.from(caller), visible(caller).and(cone.predicate()), "\"distance\", o.id"));
    }

    public static Plan filtered(Caller caller, ObjectNode params) {
        return plan(caller, params, null);
    }

    public static Plan filteredPosition(Caller caller, ObjectNode params) {
        JsonNode position = params.get("position");
        return plan(
                caller,
                params,
                ConeSearch.ofPosition(position == null || position.isNull() ? null : position.asText()));
    }

    private static Plan plan(Caller caller, ObjectNode params, ConeSearch cone) {
        SqlFragment where =
                visible(caller).and(CaomFilters.toSql(params.get("filters"), ObservationSearch::filterColumn));
        if (cone != null) {
            where = where.and(cone.predicate());
        }
        String columns = params.path("columns").asText("*").trim();
        if (columns.replace(" ", "").equalsIgnoreCase("COUNT_BIG(*)")) {
            return new Count(new MashupQuery(List.of(), CaomColumns.from(caller), where, "o.id"));
        }
        List<MashupColumn> selected = selected(columns);
        String order = "o.id";
        if (cone != null) {
            selected.add(CaomColumns.distance(cone));
            order = "\"distance\", o.id";
        }
        return new Rows(new MashupQuery(selected, CaomColumns.from(caller), where, order));
    }

    private static SqlFragment visible(Caller caller) {
        return Access.listed(caller, "o");
    }

    private static MashupColumn filterColumn(String name) {
        return CaomColumns.byName(name).orElse(null);
    }

    /** {@code *} or a comma-separated list of field names. */
    private static List<MashupColumn> selected(String columns) {
        if (columns.isEmpty() || columns.equals("*")) {
            return new ArrayList<>(CaomColumns.ALL);
        }
        List<MashupColumn> out = new ArrayList<>();
        for (String name : columns.split(",")) {
            String n = name.trim();
            if (n.toLowerCase(Locale.ROOT).equals("distance")) {
                continue;
            }
            out.add(CaomColumns.byName(n).orElseThrow(() -> MastException.badRequest("unknown column: " + n)));
        }
        return out;
    }
}
