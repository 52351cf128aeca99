// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.meridian.store.SqlFragment;

/**
 * The tables one TAP service of the archive publishes, out of everything {@code /tap} publishes: ESO
 * splits its holdings into {@code /tap_obs} (observations and ambient conditions) and {@code /tap_cat}
 * (catalogues), see docs/url-map.md. A scoped service publishes its own TAP_SCHEMA: the same five
 * tables, whose rows are those of the global {@code tap_schema} tables that describe its tables, so
 * TAP_SCHEMA, VOSI /tables and the names ADQL may use agree. A table outside the scope is absent from
 * the {@link TableSet} the service's queries are checked against, hence "does not exist".
 *
 * @param name the service's name, its path without the slash
 * @param includes which published tables (TAP_SCHEMA's aside, always there) the service serves
 */
public record TableScope(String name, Predicate<TapTable> includes) {

    private static final String TAP_SCHEMA = "tap_schema";

    /** ESO's schemas of observations and ambient conditions (raw frames, ObsCore, site monitors). */
    private static final Set<String> OBSERVATION_SCHEMAS = Set.of("ivoa", "dbo", "asm");

    /** ESO's tap_obs: ivoa.ObsCore, dbo.raw and the asm.* ambient-condition tables. */
    public static final TableScope OBSERVATIONS = new TableScope("tap_obs", TableScope::observations);

    /** ESO's tap_cat: every imported catalogue that is not an ambient-condition table. */
    public static final TableScope CATALOGUES = new TableScope(
            "tap_cat", t -> t.source() instanceof TapTable.Public && !isTapSchema(t) && !observations(t));

    private static boolean observations(TapTable t) {
        return OBSERVATION_SCHEMAS.contains(t.schema().toLowerCase(Locale.ROOT));
    }

    private static boolean isTapSchema(TapTable t) {
        return t.schema().equalsIgnoreCase(TAP_SCHEMA);
    }

    /** The scope's tables out of {@code all}, in their order, with TAP_SCHEMA restricted to them. */
    public TableSet apply(TableSet all) {
        List<TapTable> kept = all.all().stream()
                .filter(t -> !isTapSchema(t) && includes.test(t))
                .toList();
        List<TapTable> tapSchema =
                all.all().stream().filter(TableScope::isTapSchema).toList();
        Set<String> names = new java.util.LinkedHashSet<>();
        kept.forEach(t -> names.add(t.name()));
        tapSchema.forEach(t -> names.add(t.name()));
        Set<String> schemas = new java.util.LinkedHashSet<>();
        kept.forEach(t -> schemas.add(t.schema()));
        tapSchema.forEach(t -> schemas.add(t.schema()));
        List<TapTable> result = new ArrayList<>(kept);
        for (TapTable t : tapSchema) {
            result.add(restricted(t, names, schemas));
        }
        return new TableSet(result);
    }

    /** One TAP_SCHEMA table as rows of the global one about this scope's tables only. */
    private static TapTable restricted(TapTable t, Set<String> tables, Set<String> schemas) {
        String simple = t.simpleName().toLowerCase(Locale.ROOT);
        String rows =
                switch (simple) {
                    case "schemas" -> "schema_name in " + literals(schemas);
                    case "tables", "columns" -> "table_name in " + literals(tables);
                    case "keys" -> "from_table in " + literals(tables) + " and target_table in " + literals(tables);
                    case "key_columns" ->
                        "key_id in (select key_id from tap_schema.keys where from_table in " + literals(tables)
                                + " and target_table in " + literals(tables) + ")";
                    default -> "true";
                };
        // The names come from the published metadata (curated tables, the catalogue registry), never
        // from a request; they are still written as quoted literals.
        SqlFragment sql = SqlFragment.of("(select * from tap_schema." + simple + " where " + rows + ")");
        return new TapTable(
                t.schema(), t.name(), t.type(), t.utype(), t.description(), t.columns(), new TapTable.Computed(sql));
    }

    private static String literals(Set<String> values) {
        return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
