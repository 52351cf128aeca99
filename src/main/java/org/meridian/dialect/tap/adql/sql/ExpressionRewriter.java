// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import java.util.List;
import java.util.function.UnaryOperator;
import org.meridian.dialect.tap.adql.ast.CommonTable;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.*;
import org.meridian.dialect.tap.adql.ast.GeometryExpression;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.*;
import org.meridian.dialect.tap.adql.ast.OrderItem;
import org.meridian.dialect.tap.adql.ast.Query;
import org.meridian.dialect.tap.adql.ast.QueryExpression;
import org.meridian.dialect.tap.adql.ast.Select;
import org.meridian.dialect.tap.adql.ast.SelectItem;
import org.meridian.dialect.tap.adql.ast.SetOperation;
import org.meridian.dialect.tap.adql.ast.TableRef;

/**
 * Applies a node rewrite bottom-up to every expression of a query, subqueries included: children
 * are rewritten first, then the rule sees the rebuilt node.
 */
public final class ExpressionRewriter {
    private final UnaryOperator<Expression> rule;
    private final UnaryOperator<Expression> descend;
    private final UnaryOperator<QueryExpression> subquery;
    private final UnaryOperator<Select> selectRule;

    private ExpressionRewriter(UnaryOperator<Expression> rule, UnaryOperator<Select> selectRule) {
        this.rule = rule;
        this.selectRule = selectRule;
        this.descend = this::expr;
        this.subquery = this::query;
    }

    private ExpressionRewriter(
            UnaryOperator<Expression> descend, UnaryOperator<QueryExpression> subquery, boolean childrenOnly) {
        this.rule = UnaryOperator.identity();
        this.selectRule = UnaryOperator.identity();
        this.descend = descend;
        this.subquery = subquery;
    }

    /**
     * Rebuilds one node with each direct sub-expression replaced by {@code descend} and each
     * subquery by {@code subquery}; for walks that need their own context (e.g. name scopes).
     */
    public static Expression mapChildren(
            Expression e, UnaryOperator<Expression> descend, UnaryOperator<QueryExpression> subquery) {
        return new ExpressionRewriter(descend, subquery, true).children(e);
    }

    public static Query rewrite(Query query, UnaryOperator<Expression> rule) {
        return walk(query, new ExpressionRewriter(rule, UnaryOperator.identity()));
    }

    /** Applies a rewrite to every SELECT block, innermost first (subqueries are rewritten before). */
    public static Query rewriteSelects(Query query, UnaryOperator<Select> rule) {
        return walk(query, new ExpressionRewriter(UnaryOperator.identity(), rule));
    }

    /**
     * Applies a node rewrite bottom-up to the expressions of one SELECT block itself (select list,
     * join conditions, WHERE, GROUP BY, HAVING, ORDER BY) and not to those of its subqueries, which
     * are blocks of their own with their own FROM; for rules that resolve names against
     * {@code s.from()}.
     */
    public static Select rewriteOwn(Select s, UnaryOperator<Expression> rule) {
        UnaryOperator<Expression> walk = new UnaryOperator<>() {
            @Override
            public Expression apply(Expression e) {
                return rule.apply(mapChildren(e, this, q -> q));
            }
        };
        return new Select(
                s.distinct(),
                s.top(),
                s.items().stream()
                        .map(i -> i instanceof SelectItem.DerivedColumn d
                                ? new SelectItem.DerivedColumn(walk.apply(d.expression()), d.alias())
                                : i)
                        .toList(),
                s.from().stream().map(t -> joinConditions(t, walk)).toList(),
                s.where() == null ? null : walk.apply(s.where()),
                s.groupBy().stream().map(walk).toList(),
                s.having() == null ? null : walk.apply(s.having()),
                s.orderBy().stream()
                        .map(o -> new OrderItem(walk.apply(o.key()), o.descending()))
                        .toList(),
                s.offset());
    }

    private static TableRef joinConditions(TableRef ref, UnaryOperator<Expression> walk) {
        return ref instanceof TableRef.Join j
                ? new TableRef.Join(
                        j.type(),
                        j.natural(),
                        joinConditions(j.left(), walk),
                        joinConditions(j.right(), walk),
                        j.on() == null ? null : walk.apply(j.on()),
                        j.using())
                : ref;
    }

    private static Query walk(Query query, ExpressionRewriter r) {
        return new Query(
                query.with().stream()
                        .map(c -> new CommonTable(c.name(), c.columns(), r.query(c.query())))
                        .toList(),
                r.query(query.body()));
    }

    private QueryExpression query(QueryExpression q) {
        return switch (q) {
            case SetOperation s -> new SetOperation(s.operator(), s.all(), query(s.left()), query(s.right()));
            case Select s ->
                selectRule.apply(new Select(
                        s.distinct(),
                        s.top(),
                        s.items().stream().map(this::item).toList(),
                        s.from().stream().map(this::table).toList(),
                        opt(s.where()),
                        all(s.groupBy()),
                        opt(s.having()),
                        s.orderBy().stream()
                                .map(o -> new OrderItem(expr(o.key()), o.descending()))
                                .toList(),
                        s.offset()));
        };
    }

    private SelectItem item(SelectItem item) {
        return item instanceof SelectItem.DerivedColumn d
                ? new SelectItem.DerivedColumn(expr(d.expression()), d.alias())
                : item;
    }

    private TableRef table(TableRef t) {
        return switch (t) {
            case TableRef.Table table -> table;
            case TableRef.Subquery s -> new TableRef.Subquery(query(s.query()), s.alias());
            case TableRef.Join j ->
                new TableRef.Join(j.type(), j.natural(), table(j.left()), table(j.right()), opt(j.on()), j.using());
        };
    }

    private Expression opt(Expression e) {
        return e == null ? null : expr(e);
    }

    private List<Expression> all(List<Expression> list) {
        return list.stream().map(this::expr).toList();
    }

    private Expression expr(Expression e) {
        return rule.apply(children(e));
    }

    private Expression children(Expression e) {
        return switch (e) {
            case Column c -> c;
            case Literal l -> l;
            case Function f -> new Function(f.name(), f.distinct(), f.star(), allChildren(f.args()));
            case Unary u -> new Unary(u.operator(), descend.apply(u.operand()));
            case Binary b -> new Binary(b.operator(), descend.apply(b.left()), descend.apply(b.right()));
            case Comparison c -> new Comparison(c.operator(), descend.apply(c.left()), descend.apply(c.right()));
            case Between b ->
                new Between(descend.apply(b.value()), descend.apply(b.low()), descend.apply(b.high()), b.negated());
            case Like l ->
                new Like(descend.apply(l.value()), descend.apply(l.pattern()), l.negated(), l.caseInsensitive());
            case InList i -> new InList(descend.apply(i.value()), allChildren(i.values()), i.negated());
            case InSubquery i -> new InSubquery(descend.apply(i.value()), subquery.apply(i.query()), i.negated());
            case IsNull n -> new IsNull(descend.apply(n.value()), n.negated());
            case Exists x -> new Exists(subquery.apply(x.query()));
            case Case c ->
                new Case(
                        optChild(c.operand()),
                        c.whens().stream()
                                .map(w -> new When(descend.apply(w.condition()), descend.apply(w.result())))
                                .toList(),
                        optChild(c.otherwise()));
            case Cast c -> new Cast(descend.apply(c.value()), c.type());
            case ArrayValue a -> new ArrayValue(allChildren(a.elements()));
            case GeometryExpression g -> geometry(g);
        };
    }

    private Expression optChild(Expression e) {
        return e == null ? null : descend.apply(e);
    }

    private List<Expression> allChildren(List<Expression> list) {
        return list.stream().map(descend).toList();
    }

    private Expression geometry(GeometryExpression g) {
        return switch (g) {
            case Point p -> new Point(optChild(p.coordSys()), descend.apply(p.ra()), descend.apply(p.dec()));
            case Circle c ->
                new Circle(
                        optChild(c.coordSys()),
                        descend.apply(c.ra()),
                        descend.apply(c.dec()),
                        descend.apply(c.radius()));
            case Box b ->
                new Box(
                        optChild(b.coordSys()),
                        descend.apply(b.ra()),
                        descend.apply(b.dec()),
                        descend.apply(b.width()),
                        descend.apply(b.height()));
            case Polygon p -> new Polygon(optChild(p.coordSys()), allChildren(p.coordinates()));
            case Region r -> new Region(descend.apply(r.specification()));
            case Centroid c -> new Centroid(descend.apply(c.geometry()));
            case Contains c -> new Contains(descend.apply(c.inner()), descend.apply(c.outer()));
            case Intersects i -> new Intersects(descend.apply(i.first()), descend.apply(i.second()));
            case Distance d -> new Distance(descend.apply(d.first()), descend.apply(d.second()));
            case Area a -> new Area(descend.apply(a.geometry()));
            case Coord1 c -> new Coord1(descend.apply(c.point()));
            case Coord2 c -> new Coord2(descend.apply(c.point()));
            case CoordSys c -> new CoordSys(descend.apply(c.geometry()));
        };
    }
}
