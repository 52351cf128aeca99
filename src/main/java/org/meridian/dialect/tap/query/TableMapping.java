// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.tap.adql.AdqlSemanticException;
import org.meridian.dialect.tap.adql.ast.CommonTable;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Identifier;
import org.meridian.dialect.tap.adql.ast.Query;
import org.meridian.dialect.tap.adql.ast.QueryExpression;
import org.meridian.dialect.tap.adql.ast.Select;
import org.meridian.dialect.tap.adql.ast.SelectItem;
import org.meridian.dialect.tap.adql.ast.SetOperation;
import org.meridian.dialect.tap.adql.ast.TableRef;
import org.meridian.dialect.tap.adql.sql.ExpressionRewriter;
import org.meridian.dialect.tap.schema.TableSet;
import org.meridian.dialect.tap.schema.TapColumn;
import org.meridian.dialect.tap.schema.TapTable;
import org.meridian.store.SqlFragment;

/**
 * The schema-mapping and access-filter step: every FROM reference must name a published table (or
 * a WITH name); public tables become their SQL names, and access-filtered and uploaded tables are
 * "relocated": replaced by a placeholder that {@link MappedQuery#sql} swaps for a subquery ANDing
 * {@link Access#listed} (or for the temporary upload table), aliased by the table's simple
 * name so that qualified column references keep working.
 */
public final class TableMapping {

    private final TableSet tables;
    private final Caller caller;
    private final String nonce = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, SqlFragment> relocations = new LinkedHashMap<>();
    private final List<TapTable> referenced = new ArrayList<>();
    private final Set<String> commonTables = new HashSet<>();

    public TableMapping(TableSet tables, Caller caller) {
        this.tables = tables;
        this.caller = caller;
    }

    public MappedQuery map(Query query) {
        query.with().forEach(c -> commonTables.add(c.name().normalized()));
        Query fromMapped = new Query(
                query.with().stream()
                        .map(c -> new CommonTable(c.name(), c.columns(), tablesOf(c.query())))
                        .toList(),
                tablesOf(query.body()));
        Query rewritten = ExpressionRewriter.rewrite(fromMapped, this::expression);
        return new MappedQuery(rewritten, relocations, referenced);
    }

    private QueryExpression tablesOf(QueryExpression q) {
        return switch (q) {
            case SetOperation s -> new SetOperation(s.operator(), s.all(), tablesOf(s.left()), tablesOf(s.right()));
            case Select s ->
                new Select(
                        s.distinct(),
                        s.top(),
                        s.items().stream().map(this::item).toList(),
                        s.from().stream().map(this::table).toList(),
                        s.where(),
                        s.groupBy(),
                        s.having(),
                        s.orderBy(),
                        s.offset());
        };
    }

    private SelectItem item(SelectItem item) {
        return item instanceof SelectItem.AllColumns a ? new SelectItem.AllColumns(requalify(a.qualifier())) : item;
    }

    private TableRef table(TableRef ref) {
        return switch (ref) {
            case TableRef.Table t -> resolve(t);
            case TableRef.Subquery s -> new TableRef.Subquery(tablesOf(s.query()), s.alias());
            case TableRef.Join j ->
                new TableRef.Join(j.type(), j.natural(), table(j.left()), table(j.right()), j.on(), j.using());
        };
    }

    private TableRef resolve(TableRef.Table t) {
        if (t.name().size() == 1 && commonTables.contains(t.table().normalized())) {
            return t;
        }
        String adqlName = t.name().stream().map(Identifier::name).collect(Collectors.joining("."));
        TapTable table = tables.find(adqlName)
                .orElseThrow(() -> new AdqlSemanticException("table " + adqlName
                        + " does not exist; the service's /tables lists the published tables (qualify them with their"
                        + " schema)"));
        referenced.add(table);
        return switch (table.source()) {
            case TapTable.Public p ->
                new TableRef.Table(
                        List.of(new Identifier(p.sqlSchema(), true), new Identifier(p.sqlTable(), true)), t.alias());
            case TapTable.AccessFiltered f -> relocate(t, table, filtered(f, table));
            case TapTable.Uploaded u -> relocate(t, table, SqlFragment.of("pg_temp." + u.tempTable()));
            case TapTable.Computed q -> relocate(t, table, q.rows());
        };
    }

    /**
     * The caller's rows of an access-filtered view: only those {@link Access#listed} allows, and in
     * them a row's position, footprint, target name and airmass only where
     * {@link Access#coordinatesVisible} allows (docs/access.md): the same masking as the Gemini URLs,
     * so a proprietary pointing is neither shown nor matched by a positional constraint.
     */
    private SqlFragment filtered(TapTable.AccessFiltered f, TapTable table) {
        SqlFragment located = Access.coordinatesVisible(caller, "o");
        List<Object> params = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (TapColumn c : table.columns()) {
            if (locates(c)) {
                columns.add("case when " + located.sql() + " then o." + c.name() + " end as " + c.name());
                params.addAll(located.params());
            } else {
                columns.add("o." + c.name());
            }
        }
        SqlFragment visible = Access.listed(caller, "o");
        params.addAll(visible.params());
        return new SqlFragment(
                "(select " + String.join(", ", columns) + " from " + f.sqlView() + " o where " + visible.sql() + ")",
                params);
    }

    /** Whether a column tells where a row points: positions and footprints, the target's name, airmass. */
    static boolean locates(TapColumn c) {
        String ucd = c.ucd() == null ? "" : c.ucd();
        return ucd.startsWith("pos.") || ucd.startsWith("meta.id;src") || ucd.startsWith("obs.airMass");
    }

    private TableRef relocate(TableRef.Table t, TapTable table, SqlFragment replacement) {
        String placeholder = "tap$" + nonce + "$" + (relocations.size() + 1);
        relocations.put(placeholder, replacement);
        Identifier alias = t.alias() != null ? t.alias() : Identifier.of(table.simpleName());
        return new TableRef.Table(List.of(new Identifier(placeholder, true)), alias);
    }

    private Expression expression(Expression e) {
        return switch (e) {
            case Expression.Column c
            when c.parts().size() > 2 -> new Expression.Column(concat(requalify(c.qualifier()), c.name()));
            case Expression.InSubquery i -> new Expression.InSubquery(i.value(), tablesOf(i.query()), i.negated());
            case Expression.Exists x -> new Expression.Exists(tablesOf(x.query()));
            default -> e;
        };
    }

    /** {@code schema.table} of a relocated table becomes its alias, the simple table name. */
    private List<Identifier> requalify(List<Identifier> qualifier) {
        if (qualifier.size() < 2) {
            return qualifier;
        }
        String name = qualifier.stream().map(Identifier::name).collect(Collectors.joining("."));
        return tables.find(name)
                .filter(t -> !(t.source() instanceof TapTable.Public))
                .map(t -> List.of(Identifier.of(t.simpleName())))
                .orElse(qualifier);
    }

    private static List<Identifier> concat(List<Identifier> qualifier, Identifier name) {
        List<Identifier> parts = new ArrayList<>(qualifier);
        parts.add(name);
        return parts;
    }

    /** Metadata of a result column named {@code label}: the first referenced table that has it. */
    public static TapColumn describe(List<TapTable> referenced, String label) {
        for (TapTable t : referenced) {
            var column = t.column(label);
            if (column.isPresent()) {
                return column.get();
            }
        }
        return null;
    }
}
