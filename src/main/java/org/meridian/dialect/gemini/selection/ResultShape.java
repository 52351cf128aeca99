// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How many rows a feature returns and in which order (docs/gemini-archive.md): the explicit {@code orderby} terms (or
 * the feature's default), then UT start time, newest first for open queries and oldest first for
 * closed ones; results beyond the limit are dropped silently, and jsonsummary flags an open
 * query's last row.
 */
public record ResultShape(OptionalInt limit, List<OrderTerm> order, boolean open, boolean marksTruncation) {

    public ResultShape {
        order = List.copyOf(order);
    }

    public static ResultShape of(Feature feature, Selection selection) {
        boolean open = selection.isOpen();
        List<OrderTerm> order = selection.orderBy().isEmpty() ? feature.defaultOrder() : selection.orderBy();
        return new ResultShape(feature.limit(open), order, open, feature == Feature.JSONSUMMARY && open);
    }

    /** {@code order by ... [limit n]} over the tables of {@link SelectionSql#FROM}. */
    public String orderByAndLimit() {
        String terms = Stream.concat(
                        order.stream().map(t -> column(t.name()) + (t.descending() ? " desc" : " asc")),
                        // The id makes the order total, so the same request always pages the same way.
                        Stream.of("o.ut_start " + (open ? "desc" : "asc") + " nulls last", "v.id"))
                .collect(Collectors.joining(", "));
        return "order by " + terms + (limit.isPresent() ? " limit " + limit.getAsInt() : "");
    }

    private static String column(String name) {
        return switch (name) {
            case "filename" -> "f.name";
            case "lastmod" -> "v.lastmod";
            case "entrytime" -> "v.entrytime";
            case "ut_datetime" -> "o.ut_start";
            case "central_wavelength" -> "o.central_wavelength";
            default -> "o." + name;
        };
    }
}
