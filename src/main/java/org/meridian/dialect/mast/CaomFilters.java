// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.meridian.store.SqlFragment;

/**
 * Mashup filter sets as astroquery's {@code build_filter_set} writes them, turned into SQL. Filters
 * are ANDed; within one filter, exact values, {@code {min,max}} ranges (inclusive) and the one
 * {@code freeText} pattern ({@code %} matches any run) are ORed. Text compares ignore case, as
 * MAST's database does; a column with a {@code separator} matches when any of its parts does.
 */
public final class CaomFilters {

    private static final Pattern SEPARATOR = Pattern.compile("[;,|]");

    /**
     * MAST names instruments with their mode ({@code NIRCAM/IMAGE}) since it reprocessed JWST data;
     * before, a bare {@code NIRCAM} was the value, and the seed's {@code instrument_name='Nircam'}
     * example is from then. A value without a mode therefore also matches that instrument in any
     * mode, so the documented call finds the data; a value with a mode matches exactly.
     */
    private static final String INSTRUMENT_NAME = "instrument_name";

    private CaomFilters() {}

    /**
     * @param columns how a filter's {@code paramName} is looked up (unknown names are an error)
     */
    public static SqlFragment toSql(JsonNode filters, Function<String, MashupColumn> columns) {
        if (filters == null || filters.isNull()) {
            return SqlFragment.TRUE;
        }
        if (!filters.isArray()) {
            throw MastException.badRequest("'filters' must be a list");
        }
        SqlFragment all = SqlFragment.TRUE;
        for (JsonNode filter : filters) {
            all = all.and(one(filter, columns));
        }
        return all;
    }

    private static SqlFragment one(JsonNode filter, Function<String, MashupColumn> columns) {
        if (!filter.isObject() || !filter.path("paramName").isTextual()) {
            throw MastException.badRequest("each filter needs a 'paramName': " + filter);
        }
        String name = filter.get("paramName").asText();
        MashupColumn column = columns.apply(name);
        if (column == null) {
            throw MastException.badRequest("unknown filter column: " + name);
        }
        String separator = filter.path("separator").asText(column.separator());
        if (separator != null && !SEPARATOR.matcher(separator).matches()) {
            throw MastException.badRequest("unsupported separator for " + name + ": " + separator);
        }
        JsonNode values = filter.path("values");
        if (!values.isMissingNode() && !values.isNull() && !values.isArray()) {
            throw MastException.badRequest("'values' of filter " + name + " must be a list");
        }
        List<SqlFragment> alternatives = new ArrayList<>();
        List<String> exact = new ArrayList<>();
        for (JsonNode v : values) {
            if (v.isObject()) {
                alternatives.add(range(column, v));
            } else if (v.isValueNode() && !v.isNull()) {
                exact.add(v.asText().toUpperCase(Locale.ROOT));
            } else {
                throw MastException.badRequest("bad value in filter " + name + ": " + v);
            }
        }
        String text = "upper((" + column.sql() + ")::text)";
        if (!exact.isEmpty()) {
            alternatives.add(
                    separator == null
                            ? SqlFragment.of(text + " = any(?)", exact)
                            : SqlFragment.of("string_to_array(" + text + ", ?) && ?::text[]", separator, exact));
        }
        if (column.name().equals(INSTRUMENT_NAME)) {
            List<String> anyMode = exact.stream()
                    .filter(v -> !v.contains("/"))
                    .map(v -> v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%")
                    .toList();
            if (!anyMode.isEmpty()) {
                alternatives.add(SqlFragment.of(text + " like any(?)", anyMode));
            }
        }
        JsonNode freeText = filter.get("freeText");
        if (freeText != null && !freeText.isNull() && !freeText.asText().isEmpty()) {
            String pattern = freeText.asText().replace('*', '%').toUpperCase(Locale.ROOT);
            alternatives.add(
                    separator == null
                            ? SqlFragment.of(text + " like ?", pattern)
                            : SqlFragment.of(
                                    "exists (select 1 from unnest(string_to_array(" + text
                                            + ", ?)) part where part like ?)",
                                    separator,
                                    pattern));
        }
        if (alternatives.isEmpty()) {
            // astroquery sends an empty value list when the one value was a pattern it moved to
            // freeText; with neither, the filter selects nothing, as an empty IN list would.
            return SqlFragment.of("false");
        }
        SqlFragment any = alternatives.getFirst();
        for (SqlFragment f : alternatives.subList(1, alternatives.size())) {
            any = any.or(f);
        }
        return any;
    }

    private static SqlFragment range(MashupColumn column, JsonNode v) {
        Double min = bound(v.get("min"), column.name());
        Double max = bound(v.get("max"), column.name());
        if (column.type() == MashupColumn.Type.STRING) {
            throw MastException.badRequest(column.name() + " is not numeric; give values, not {min,max}");
        }
        SqlFragment f = SqlFragment.TRUE;
        if (min != null) {
            f = f.and(SqlFragment.of("(" + column.sql() + ") >= ?", min));
        }
        if (max != null) {
            f = f.and(SqlFragment.of("(" + column.sql() + ") <= ?", max));
        }
        return f.and(SqlFragment.of("(" + column.sql() + ") is not null"));
    }

    private static Double bound(JsonNode node, String name) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            double d = node.isNumber()
                    ? node.asDouble()
                    : Double.parseDouble(node.asText().trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw MastException.badRequest("bound of " + name + " is not a number: " + node);
        }
    }
}
