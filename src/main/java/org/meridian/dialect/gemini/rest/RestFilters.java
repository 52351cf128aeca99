// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.dialect.gemini.rest.RestResources.Resource;
import org.meridian.store.SqlFragment;

/**
 * Query parameters to SQL, DRF/django-filter style: {@code field=v} (with {@code *} wildcards for
 * text, case-insensitive), {@code field__gt|__lt|__gte|__lte|__ne=v}, nested names such as {@code
 * program__abstract}, and {@code ordering=a,-b}. Unknown parameters are ignored, as django-filter
 * ignores them; bad values give DRF-style {@code {"param": ["message"]}} errors.
 */
final class RestFilters {

    static final List<String> CONTROL = List.of("page", "page_size", "ordering", "format");
    private static final Map<String, String> OPERATORS =
            Map.of("gt", ">", "lt", "<", "gte", ">=", "lte", "<=", "ne", "<>");

    /** Bad request parameters, reported as DRF reports validation errors. */
    static final class Invalid extends RuntimeException {
        final Map<String, List<String>> errors;

        Invalid(Map<String, List<String>> errors) {
            super(errors.toString());
            this.errors = errors;
        }
    }

    private RestFilters() {}

    /** The WHERE condition for the parameters; proprietary fields only match rows whose coordinates are visible. */
    static SqlFragment where(Resource resource, Map<String, List<String>> params, SqlFragment coordinatesVisible) {
        SqlFragment where = SqlFragment.of(resource.condition());
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            if (CONTROL.contains(p.getKey())) {
                continue;
            }
            Optional<Term> term = term(resource, p.getKey());
            if (term.isEmpty()) {
                continue;
            }
            for (String value : p.getValue()) {
                try {
                    where = where.and(term.get().sql(value));
                    if (term.get().field().proprietary()) {
                        where = where.and(coordinatesVisible);
                    }
                } catch (IllegalArgumentException e) {
                    errors.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(e.getMessage());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return where;
    }

    static String orderBy(Resource resource, String ordering) {
        if (ordering == null || ordering.isBlank()) {
            return resource.defaultOrder();
        }
        List<String> terms = new ArrayList<>();
        for (String raw : ordering.split(",")) {
            String name = raw.strip();
            boolean desc = name.startsWith("-");
            String bare = desc ? name.substring(1) : name;
            RestField f = field(resource, bare)
                    .orElseThrow(
                            () -> new Invalid(Map.of("ordering", List.of("Unknown ordering field '" + bare + "'."))));
            terms.add(f.sql() + (desc ? " desc nulls last" : " asc nulls last"));
        }
        terms.add(resource.defaultOrder());
        return String.join(", ", terms);
    }

    private record Term(RestField field, String operator) {
        SqlFragment sql(String value) {
            Object v = convert(field, value);
            if (operator == null && field.type() == RestField.Type.TEXT && value.contains("*")) {
                String pattern = value.replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                        .replace('*', '%');
                return SqlFragment.of(field.sql() + " ilike ?", pattern);
            }
            if (operator == null && field.type() == RestField.Type.TEXT) {
                return SqlFragment.of(field.sql() + " = ?", v);
            }
            String op = operator == null ? "=" : OPERATORS.get(operator);
            return op.equals("<>")
                    ? SqlFragment.of(field.sql() + " is distinct from ?", v)
                    : SqlFragment.of(field.sql() + " " + op + " ?", v);
        }
    }

    private static Optional<Term> term(Resource resource, String param) {
        Optional<RestField> exact = field(resource, param);
        if (exact.isPresent()) {
            return Optional.of(new Term(exact.get(), null));
        }
        int cut = param.lastIndexOf("__");
        if (cut > 0 && OPERATORS.containsKey(param.substring(cut + 2))) {
            return field(resource, param.substring(0, cut)).map(f -> new Term(f, param.substring(cut + 2)));
        }
        return Optional.empty();
    }

    private static Optional<RestField> field(Resource resource, String name) {
        return resource.fields().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static Object convert(RestField field, String value) {
        try {
            return switch (field.type()) {
                case TEXT -> value;
                case NUMBER -> Double.parseDouble(value.strip());
                case INTEGER -> Long.parseLong(value.strip());
                case BOOLEAN ->
                    switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                        case "true", "1", "t", "yes" -> true;
                        case "false", "0", "f", "no" -> false;
                        default -> throw new IllegalArgumentException("Enter a valid boolean.");
                    };
                case TIMESTAMP -> instant(value.strip()).atOffset(ZoneOffset.UTC);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    field.type() == RestField.Type.INTEGER ? "Enter a whole number." : "Enter a number.");
        }
    }

    private static Instant instant(String v) {
        try {
            return v.length() <= 10
                    ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(v.endsWith("Z") || v.contains("+") ? v : v + "Z");
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Enter a valid date/time.");
        }
    }
}
