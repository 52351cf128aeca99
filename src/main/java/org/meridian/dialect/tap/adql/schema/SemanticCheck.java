// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.meridian.dialect.tap.adql.AdqlSemanticException;
import org.meridian.dialect.tap.adql.ast.CommonTable;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.Column;
import org.meridian.dialect.tap.adql.ast.Expression.Function;
import org.meridian.dialect.tap.adql.ast.Identifier;
import org.meridian.dialect.tap.adql.ast.OrderItem;
import org.meridian.dialect.tap.adql.ast.Query;
import org.meridian.dialect.tap.adql.ast.QueryExpression;
import org.meridian.dialect.tap.adql.ast.Select;
import org.meridian.dialect.tap.adql.ast.SelectItem;
import org.meridian.dialect.tap.adql.ast.SetOperation;
import org.meridian.dialect.tap.adql.ast.TableRef;
import org.meridian.dialect.tap.adql.sql.ExpressionRewriter;
import org.meridian.dialect.tap.adql.sql.RewriteStep;

/**
 * Checks every table and column a query names against the catalog, and rewrites the query so that
 * later steps see resolved names: tables by their canonical schema-qualified names, and every
 * column qualified by its table's alias or name. Unknown names fail with a suggestion of the
 * closest known name; unqualified columns found in two tables fail as ambiguous.
 */
public final class SemanticCheck implements RewriteStep {
    private final SchemaCatalog catalog;

    public SemanticCheck(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    /** A WITH table: its name and output columns. */
    private record Named(Identifier name, List<Identifier> columns) {}

    /** A resolved query body and the names of its output columns. */
    private record Resolved(QueryExpression query, List<Identifier> columns) {}

    /** The sources visible at one level of nesting, the USING/NATURAL column names, the level outside. */
    private record Scope(List<Source> sources, Set<String> merged, Scope outer, List<Named> with) {}

    @Override
    public Query apply(Query query) {
        List<Named> with = new ArrayList<>();
        List<CommonTable> tables = new ArrayList<>();
        for (CommonTable t : query.with()) {
            Resolved r = body(t.query(), null, List.copyOf(with));
            List<Identifier> columns = t.columns().isEmpty() ? r.columns() : t.columns();
            with.add(new Named(t.name(), columns));
            tables.add(new CommonTable(t.name(), t.columns(), r.query()));
        }
        return new Query(tables, body(query.body(), null, List.copyOf(with)).query());
    }

    private Resolved body(QueryExpression q, Scope outer, List<Named> with) {
        return switch (q) {
            case SetOperation s -> {
                Resolved left = body(s.left(), outer, with);
                Resolved right = body(s.right(), outer, with);
                yield new Resolved(
                        new SetOperation(s.operator(), s.all(), left.query(), right.query()), left.columns());
            }
            case Select s -> select(s, outer, with);
        };
    }

    private Resolved select(Select s, Scope outer, List<Named> with) {
        List<Source> sources = new ArrayList<>();
        Set<String> merged = new HashSet<>();
        List<TableRef> from = new ArrayList<>();
        for (TableRef ref : s.from()) from.add(tableRef(ref, sources, merged, outer, with));
        requireDistinctNames(sources);
        Scope scope = new Scope(List.copyOf(sources), merged, outer, with);
        from = from.stream().map(r -> joinConditions(r, scope)).toList();

        List<SelectItem> items = s.items().stream().map(i -> item(i, scope)).toList();
        Set<String> aliases = new HashSet<>();
        for (SelectItem i : items)
            if (i instanceof SelectItem.DerivedColumn d && d.alias() != null) aliases.add(key(d.alias()));
        Select resolved = new Select(
                s.distinct(),
                s.top(),
                items,
                from,
                s.where() == null ? null : expression(s.where(), scope, Set.of()),
                s.groupBy().stream().map(e -> expression(e, scope, aliases)).toList(),
                s.having() == null ? null : expression(s.having(), scope, aliases),
                s.orderBy().stream()
                        .map(o -> new OrderItem(expression(o.key(), scope, aliases), o.descending()))
                        .toList(),
                s.offset());
        return new Resolved(resolved, outputColumns(items, scope));
    }

    /** PostgreSQL refuses a FROM clause naming one table twice without telling the two apart. */
    private static void requireDistinctNames(List<Source> sources) {
        Set<List<String>> seen = new HashSet<>();
        for (Source s : sources) {
            if (!seen.add(s.qualifier().stream().map(Identifier::normalized).toList()))
                throw error(
                        "'" + s.display() + "' appears more than once in FROM; give each occurrence its own alias",
                        s.display(),
                        null,
                        s.alias() != null ? s.alias() : s.qualifier().get(0));
        }
    }

    private TableRef tableRef(TableRef ref, List<Source> out, Set<String> merged, Scope outer, List<Named> with) {
        return switch (ref) {
            case TableRef.Table t -> table(t, out, with);
            case TableRef.Subquery q -> {
                Resolved r = body(q.query(), outer, with);
                out.add(new Source(List.of(q.alias()), q.alias(), null, null, r.columns()));
                yield new TableRef.Subquery(r.query(), q.alias());
            }
            case TableRef.Join j -> {
                int start = out.size();
                TableRef left = tableRef(j.left(), out, merged, outer, with);
                int middle = out.size();
                TableRef right = tableRef(j.right(), out, merged, outer, with);
                for (Identifier u : j.using()) merged.add(key(u));
                if (j.natural()) merged.addAll(common(out.subList(start, middle), out.subList(middle, out.size())));
                yield new TableRef.Join(j.type(), j.natural(), left, right, j.on(), j.using());
            }
        };
    }

    private TableRef table(TableRef.Table t, List<Source> out, List<Named> with) {
        if (t.name().size() == 1) {
            for (Named n : with.reversed()) {
                if (Names.same(t.table(), n.name())) {
                    Identifier exposed = t.alias() != null ? t.alias() : n.name();
                    out.add(new Source(List.of(exposed), t.alias(), n.name(), null, n.columns()));
                    return t;
                }
            }
        }
        List<TableInfo> found = catalog.lookup(t.name());
        if (found.isEmpty()) throw unknownTable(t.name());
        if (found.size() > 1)
            throw error(
                    "table '" + Names.display(t.name()) + "' exists in several schemas ("
                            + String.join(
                                    ", ",
                                    found.stream().map(TableInfo::qualifiedName).toList())
                            + "); qualify it with its schema",
                    Names.display(t.name()),
                    null,
                    t.name().get(0));
        TableInfo info = found.get(0);
        List<Identifier> name = List.of(Names.canonical(info.schema()), Names.canonical(info.name()));
        List<Identifier> columns =
                info.columns().stream().map(c -> Names.canonical(c.name())).toList();
        out.add(new Source(
                t.alias() != null ? List.of(t.alias()) : name, t.alias(), name.get(1), name.get(0), columns));
        return new TableRef.Table(name, t.alias());
    }

    private AdqlSemanticException unknownTable(List<Identifier> name) {
        String written = Names.display(name);
        List<String> known = new ArrayList<>();
        for (TableInfo t : catalog.tables()) known.add(name.size() >= 2 ? t.qualifiedName() : t.name());
        String suggestion = Suggestions.closest(written, known).orElse(null);
        return error("unknown table '" + written + "'", written, suggestion, name.get(0));
    }

    private static Set<String> common(List<Source> left, List<Source> right) {
        Set<String> l = new HashSet<>();
        for (Source s : left) for (Identifier c : s.columns()) l.add(key(c));
        Set<String> both = new HashSet<>();
        for (Source s : right) for (Identifier c : s.columns()) if (l.contains(key(c))) both.add(key(c));
        return both;
    }

    private TableRef joinConditions(TableRef ref, Scope scope) {
        return switch (ref) {
            case TableRef.Join j ->
                new TableRef.Join(
                        j.type(),
                        j.natural(),
                        joinConditions(j.left(), scope),
                        joinConditions(j.right(), scope),
                        j.on() == null ? null : expression(j.on(), scope, Set.of()),
                        j.using());
            default -> ref;
        };
    }

    private SelectItem item(SelectItem item, Scope scope) {
        return switch (item) {
            case SelectItem.AllColumns a when a.qualifier().isEmpty() -> a;
            case SelectItem.AllColumns a ->
                new SelectItem.AllColumns(sourceNamed(a.qualifier(), scope).qualifier());
            case SelectItem.DerivedColumn d ->
                new SelectItem.DerivedColumn(expression(d.expression(), scope, Set.of()), d.alias());
        };
    }

    private static List<Identifier> outputColumns(List<SelectItem> items, Scope scope) {
        List<Identifier> out = new ArrayList<>();
        for (SelectItem item : items) {
            switch (item) {
                case SelectItem.AllColumns a
                when a.qualifier().isEmpty() -> scope.sources().forEach(s -> out.addAll(s.columns()));
                case SelectItem.AllColumns a ->
                    scope.sources().stream()
                            .filter(s -> s.qualifier().equals(a.qualifier()))
                            .forEach(s -> out.addAll(s.columns()));
                case SelectItem.DerivedColumn d when d.alias() != null -> out.add(d.alias());
                case SelectItem.DerivedColumn d when d.expression() instanceof Column c -> out.add(c.name());
                case SelectItem.DerivedColumn d
                when d.expression() instanceof Function f ->
                    out.add(Identifier.of(f.name().toLowerCase(Locale.ROOT)));
                default -> {} // an unnamed expression cannot be referenced from outside
            }
        }
        return out;
    }

    /** Resolves the columns of an expression; {@code aliases} are select-list names it may use. */
    private Expression expression(Expression e, Scope scope, Set<String> aliases) {
        return switch (e) {
            case Column c -> column(c, scope, aliases);
            default ->
                ExpressionRewriter.mapChildren(
                        e, child -> expression(child, scope, aliases), q -> body(q, scope, scope.with())
                                .query());
        };
    }

    private Column column(Column c, Scope scope, Set<String> aliases) {
        if (c.parts().size() > 1) {
            Source source = sourceNamed(c.qualifier(), scope);
            Identifier name = source.column(c.name()).orElseThrow(() -> unknownColumn(c, List.of(source)));
            return qualified(source, name);
        }
        for (Scope s = scope; s != null; s = s.outer()) {
            if (s.merged().contains(key(c.name()))) return c;
            List<Source> holding = s.sources().stream()
                    .filter(src -> src.column(c.name()).isPresent())
                    .toList();
            if (holding.size() > 1)
                throw error(
                        "column '" + c.name().name() + "' is ambiguous: it is in "
                                + String.join(
                                        " and ",
                                        holding.stream().map(Source::display).toList())
                                + "; qualify it",
                        c.name().name(),
                        null,
                        c.name());
            if (holding.size() == 1)
                return qualified(holding.get(0), holding.get(0).column(c.name()).orElseThrow());
        }
        if (aliases.contains(key(c.name()))) return c;
        List<Source> all = new ArrayList<>();
        for (Scope s = scope; s != null; s = s.outer()) all.addAll(s.sources());
        throw unknownColumn(c, all);
    }

    private static Column qualified(Source source, Identifier name) {
        List<Identifier> parts = new ArrayList<>(source.qualifier());
        parts.add(name);
        return new Column(parts);
    }

    private static Source sourceNamed(List<Identifier> qualifier, Scope scope) {
        List<String> known = new ArrayList<>();
        for (Scope s = scope; s != null; s = s.outer()) {
            for (Source source : s.sources()) {
                if (source.isNamedBy(qualifier)) return source;
                known.add(source.display());
            }
        }
        String written = Names.display(qualifier);
        throw error(
                "'" + written + "' is not a table or alias of this query (known: " + String.join(", ", known) + ")",
                written,
                Suggestions.closest(written, known).orElse(null),
                qualifier.get(0));
    }

    private static AdqlSemanticException unknownColumn(Column c, List<Source> candidates) {
        List<String> known = new ArrayList<>();
        for (Source s : candidates) for (Identifier col : s.columns()) known.add(col.name());
        String written = c.name().name();
        String where = c.parts().size() > 1 ? " in " + Names.display(c.qualifier()) : "";
        return error(
                "unknown column '" + written + "'" + where,
                written,
                Suggestions.closest(written, known).orElse(null),
                c.parts().get(0));
    }

    private static AdqlSemanticException error(String message, String name, String suggestion, Identifier at) {
        return new AdqlSemanticException(message, name, suggestion, at.line(), at.column());
    }

    private static String key(Identifier id) {
        return id.name().toLowerCase(Locale.ROOT);
    }
}
