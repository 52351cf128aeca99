// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.meridian.dialect.tap.adql.ast.CommonTable;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Identifier;
import org.meridian.dialect.tap.adql.ast.OrderItem;
import org.meridian.dialect.tap.adql.ast.Query;
import org.meridian.dialect.tap.adql.ast.QueryExpression;
import org.meridian.dialect.tap.adql.ast.Select;
import org.meridian.dialect.tap.adql.ast.SelectItem;
import org.meridian.dialect.tap.adql.ast.SetOperation;
import org.meridian.dialect.tap.adql.ast.TableRef;
import org.meridian.dialect.tap.adql.grammar.AdqlParser.*;

/** Turns the ANTLR parse tree of queries, select lists and FROM clauses into AST records. */
final class AstBuilder {
    private final ExpressionBuilder expressions;

    AstBuilder(Functions functions) {
        this.expressions = new ExpressionBuilder(functions, this);
    }

    Query query(QueryContext ctx) {
        List<CommonTable> with = new ArrayList<>();
        if (ctx.withClause() != null) {
            for (WithQueryContext w : ctx.withClause().withQuery()) {
                List<Identifier> ids =
                        w.identifier().stream().map(Identifiers::of).toList();
                with.add(new CommonTable(ids.get(0), ids.subList(1, ids.size()), queryExpression(w.queryExpression())));
            }
        }
        return new Query(with, queryExpression(ctx.queryExpression()));
    }

    QueryExpression queryExpression(QueryExpressionContext ctx) {
        return combine(ctx.children, QueryTermContext.class, t -> queryTerm((QueryTermContext) t));
    }

    private QueryExpression queryTerm(QueryTermContext ctx) {
        return combine(ctx.children, QueryPrimaryContext.class, p -> queryPrimary((QueryPrimaryContext) p));
    }

    /**
     * Folds "operand (OP [ALL] operand)*" left to right; the operator and ALL are read from the
     * terminal children between operands.
     */
    private static QueryExpression combine(
            List<ParseTree> children,
            Class<? extends ParserRuleContext> operandType,
            java.util.function.Function<ParseTree, QueryExpression> build) {
        QueryExpression result = null;
        SetOperation.Operator operator = null;
        boolean all = false;
        for (ParseTree child : children) {
            if (operandType.isInstance(child)) {
                QueryExpression operand = build.apply(child);
                result = result == null ? operand : new SetOperation(operator, all, result, operand);
                all = false;
            } else if (child.getText().equalsIgnoreCase("ALL")) {
                all = true;
            } else {
                operator = SetOperation.Operator.valueOf(child.getText().toUpperCase(java.util.Locale.ROOT));
            }
        }
        return result;
    }

    private QueryExpression queryPrimary(QueryPrimaryContext ctx) {
        return ctx.selectQuery() != null ? select(ctx.selectQuery()) : queryExpression(ctx.queryExpression());
    }

    private Select select(SelectQueryContext ctx) {
        boolean distinct = ctx.setQuantifier() != null && ctx.setQuantifier().DISTINCT() != null;
        Long top = ctx.top == null ? null : rowCount(ctx.top, "TOP");
        List<SelectItem> items =
                ctx.selectList().selectItem().stream().map(this::selectItem).toList();
        List<TableRef> from = ctx.fromClause().tableReference().stream()
                .map(this::tableReference)
                .toList();
        Expression where = ctx.whereClause() == null
                ? null
                : expressions.condition(ctx.whereClause().searchCondition());
        List<Expression> groupBy = ctx.groupByClause() == null
                ? List.of()
                : ctx.groupByClause().valueExpression().stream()
                        .map(expressions::value)
                        .toList();
        Expression having = ctx.havingClause() == null
                ? null
                : expressions.condition(ctx.havingClause().searchCondition());
        List<OrderItem> orderBy = ctx.orderByClause() == null
                ? List.of()
                : ctx.orderByClause().sortSpecification().stream()
                        .map(s -> new OrderItem(expressions.value(s.valueExpression()), s.DESC() != null))
                        .toList();
        Long offset = ctx.offsetClause() == null
                ? null
                : rowCount(ctx.offsetClause().UNSIGNED_INT().getSymbol(), "OFFSET");
        return new Select(distinct, top, items, from, where, groupBy, having, orderBy, offset);
    }

    /**
     * TOP and OFFSET count rows and become PostgreSQL's LIMIT and OFFSET, which take a 64-bit
     * integer; a longer number is the caller's mistake, not a server error.
     */
    private static long rowCount(Token number, String clause) {
        try {
            return Long.parseLong(number.getText());
        } catch (NumberFormatException e) {
            throw SyntaxErrors.at(
                    number,
                    clause + " " + number.getText() + " is too large",
                    "the largest " + clause + " is " + Long.MAX_VALUE);
        }
    }

    private SelectItem selectItem(SelectItemContext ctx) {
        return switch (ctx) {
            case AllColumnsContext a -> new SelectItem.AllColumns(List.of());
            case QualifiedAllColumnsContext q -> new SelectItem.AllColumns(Identifiers.names(q.tableName()));
            case DerivedColumnContext d ->
                new SelectItem.DerivedColumn(
                        expressions.value(d.valueExpression()),
                        d.identifier() == null ? null : Identifiers.of(d.identifier()));
            default -> throw new IllegalStateException("unknown select item " + ctx.getClass());
        };
    }

    private TableRef tableReference(TableReferenceContext ctx) {
        TableRef result = tablePrimary(ctx.tablePrimary());
        for (JoinPartContext part : ctx.joinPart()) {
            result = join(result, part);
        }
        return result;
    }

    private TableRef join(TableRef left, JoinPartContext part) {
        return switch (part) {
            case NaturalJoinContext n ->
                new TableRef.Join(joinType(n.joinType()), true, left, tablePrimary(n.tablePrimary()), null, List.of());
            case CrossJoinContext c ->
                new TableRef.Join(
                        TableRef.JoinType.CROSS, false, left, tablePrimary(c.tablePrimary()), null, List.of());
            case QualifiedJoinContext q -> {
                TableRef right = tablePrimary(q.tablePrimary());
                yield switch (q.joinSpecification()) {
                    case null -> new TableRef.Join(joinType(q.joinType()), false, left, right, null, List.of());
                    case JoinOnContext on ->
                        new TableRef.Join(
                                joinType(q.joinType()),
                                false,
                                left,
                                right,
                                expressions.condition(on.searchCondition()),
                                List.of());
                    case JoinUsingContext using ->
                        new TableRef.Join(
                                joinType(q.joinType()),
                                false,
                                left,
                                right,
                                null,
                                using.identifier().stream().map(Identifiers::of).toList());
                    default -> throw new IllegalStateException("unknown join specification");
                };
            }
            default -> throw new IllegalStateException("unknown join " + part.getClass());
        };
    }

    private static TableRef.JoinType joinType(JoinTypeContext ctx) {
        if (ctx == null || ctx.INNER() != null) return TableRef.JoinType.INNER;
        if (ctx.LEFT() != null) return TableRef.JoinType.LEFT;
        return ctx.RIGHT() != null ? TableRef.JoinType.RIGHT : TableRef.JoinType.FULL;
    }

    private TableRef tablePrimary(TablePrimaryContext ctx) {
        return switch (ctx) {
            case NamedTableContext n ->
                new TableRef.Table(
                        Identifiers.names(n.tableName()),
                        n.correlation() == null
                                ? null
                                : Identifiers.of(n.correlation().identifier()));
            case DerivedTableContext d ->
                new TableRef.Subquery(
                        queryExpression(d.subquery().queryExpression()),
                        Identifiers.of(d.correlation().identifier()));
            case ParenthesisedJoinContext p -> tableReference(p.tableReference());
            default -> throw new IllegalStateException("unknown table " + ctx.getClass());
        };
    }
}
