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

    private ExpressionRewriter(UnaryOperator<Expression> rule) {
        this.rule = rule;
    }

    public static Query rewrite(Query query, UnaryOperator<Expression> rule) {
        var r = new ExpressionRewriter(rule);
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
                new Select(
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
                        s.offset());
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
            case Function f -> new Function(f.name(), f.distinct(), f.star(), all(f.args()));
            case Unary u -> new Unary(u.operator(), expr(u.operand()));
            case Binary b -> new Binary(b.operator(), expr(b.left()), expr(b.right()));
            case Comparison c -> new Comparison(c.operator(), expr(c.left()), expr(c.right()));
            case Between b -> new Between(expr(b.value()), expr(b.low()), expr(b.high()), b.negated());
            case Like l -> new Like(expr(l.value()), expr(l.pattern()), l.negated(), l.caseInsensitive());
            case InList i -> new InList(expr(i.value()), all(i.values()), i.negated());
            case InSubquery i -> new InSubquery(expr(i.value()), query(i.query()), i.negated());
            case IsNull n -> new IsNull(expr(n.value()), n.negated());
            case Exists x -> new Exists(query(x.query()));
            case Case c ->
                new Case(
                        opt(c.operand()),
                        c.whens().stream()
                                .map(w -> new When(expr(w.condition()), expr(w.result())))
                                .toList(),
                        opt(c.otherwise()));
            case Cast c -> new Cast(expr(c.value()), c.type());
            case ArrayValue a -> new ArrayValue(all(a.elements()));
            case GeometryExpression g -> geometry(g);
        };
    }

    private Expression geometry(GeometryExpression g) {
        return switch (g) {
            case Point p -> new Point(opt(p.coordSys()), expr(p.ra()), expr(p.dec()));
            case Circle c -> new Circle(opt(c.coordSys()), expr(c.ra()), expr(c.dec()), expr(c.radius()));
            case Box b -> new Box(opt(b.coordSys()), expr(b.ra()), expr(b.dec()), expr(b.width()), expr(b.height()));
            case Polygon p -> new Polygon(opt(p.coordSys()), all(p.coordinates()));
            case Region r -> new Region(expr(r.specification()));
            case Centroid c -> new Centroid(expr(c.geometry()));
            case Contains c -> new Contains(expr(c.inner()), expr(c.outer()));
            case Intersects i -> new Intersects(expr(i.first()), expr(i.second()));
            case Distance d -> new Distance(expr(d.first()), expr(d.second()));
            case Area a -> new Area(expr(a.geometry()));
            case Coord1 c -> new Coord1(expr(c.point()));
            case Coord2 c -> new Coord2(expr(c.point()));
            case CoordSys c -> new CoordSys(expr(c.geometry()));
        };
    }
}
