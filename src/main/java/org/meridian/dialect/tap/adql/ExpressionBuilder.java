// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.*;
import org.meridian.dialect.tap.adql.ast.GeometryExpression;
import org.meridian.dialect.tap.adql.grammar.AdqlParser.*;

/** Turns conditions and value expressions of the parse tree into {@link Expression} records. */
final class ExpressionBuilder {
    private static final Set<String> CAST_TYPES = Set.of(
            "SMALLINT",
            "INTEGER",
            "BIGINT",
            "REAL",
            "DOUBLE PRECISION",
            "CHAR",
            "VARCHAR",
            "TIMESTAMP",
            "POINT",
            "CIRCLE",
            "POLYGON");

    private final Functions functions;
    private final AstBuilder queries;

    ExpressionBuilder(Functions functions, AstBuilder queries) {
        this.functions = functions;
        this.queries = queries;
    }

    Expression condition(SearchConditionContext ctx) {
        return Binary.balanced(
                BinaryOperator.OR, ctx.booleanTerm().stream().map(this::term).toList());
    }

    private Expression term(BooleanTermContext ctx) {
        return Binary.balanced(
                BinaryOperator.AND,
                ctx.booleanFactor().stream().map(this::factor).toList());
    }

    private Expression factor(BooleanFactorContext ctx) {
        Expression f = booleanPrimary(ctx.booleanPrimary());
        return ctx.NOT() != null ? new Unary(UnaryOperator.NOT, f) : f;
    }

    private Expression booleanPrimary(BooleanPrimaryContext ctx) {
        return switch (ctx) {
            case NestedConditionContext n -> condition(n.searchCondition());
            case PredicateConditionContext p -> predicate(p.predicate());
            case BooleanLiteralContext b ->
                new Literal(Literal.Kind.BOOLEAN, b.getText().toUpperCase(Locale.ROOT));
            case BooleanFunctionContext f -> {
                Expression call = function(f.functionCall());
                if (!(call instanceof Function fn) || Functions.isBuiltIn(fn.name()))
                    throw SyntaxErrors.at(
                            f,
                            "a function result is not a condition",
                            "compare it, e.g. CONTAINS(POINT(ra, dec), CIRCLE(10, 20, 1)) = 1");
                yield call;
            }
            default -> throw new IllegalStateException("unknown condition " + ctx.getClass());
        };
    }

    private Expression predicate(PredicateContext ctx) {
        return switch (ctx) {
            case ComparisonContext c ->
                new Comparison(
                        comparisonOperator(c.compOp().getText()),
                        value(c.valueExpression(0)),
                        value(c.valueExpression(1)));
            case BetweenContext b ->
                new Between(
                        value(b.valueExpression(0)),
                        value(b.valueExpression(1)),
                        value(b.valueExpression(2)),
                        b.NOT() != null);
            case InSubqueryContext i ->
                new InSubquery(
                        value(i.valueExpression()),
                        queries.queryExpression(i.subquery().queryExpression()),
                        i.NOT() != null);
            case InListContext i ->
                new InList(
                        value(i.valueExpression(0)),
                        i.valueExpression().subList(1, i.valueExpression().size()).stream()
                                .map(this::value)
                                .toList(),
                        i.NOT() != null);
            case LikeContext l ->
                new Like(value(l.valueExpression(0)), value(l.valueExpression(1)), l.NOT() != null, l.ILIKE() != null);
            case IsNullContext n -> new IsNull(value(n.valueExpression()), n.NOT() != null);
            case ExistsContext e ->
                new Exists(queries.queryExpression(e.subquery().queryExpression()));
            default -> throw new IllegalStateException("unknown predicate " + ctx.getClass());
        };
    }

    private static ComparisonOperator comparisonOperator(String symbol) {
        return switch (symbol) {
            case "=" -> ComparisonOperator.EQ;
            case "<>", "!=" -> ComparisonOperator.NE;
            case "<" -> ComparisonOperator.LT;
            case ">" -> ComparisonOperator.GT;
            case "<=" -> ComparisonOperator.LE;
            default -> ComparisonOperator.GE;
        };
    }

    Expression value(ValueExpressionContext ctx) {
        return switch (ctx) {
            case UnaryContext u ->
                new Unary(
                        switch (u.op.getText()) {
                            case "-" -> UnaryOperator.NEGATE;
                            case "+" -> UnaryOperator.PLUS;
                            default -> UnaryOperator.BIT_NOT;
                        },
                        notGeometry(u.valueExpression(), value(u.valueExpression())));
            case BinaryContext b ->
                new Binary(
                        binaryOperator(b.op.getText()),
                        notGeometry(b.valueExpression(0), value(b.valueExpression(0))),
                        notGeometry(b.valueExpression(1), value(b.valueExpression(1))));
            case PrimaryExpressionContext p -> primary(p.primary());
            default -> throw new IllegalStateException("unknown expression " + ctx.getClass());
        };
    }

    /** Geometries are no numbers or strings: POINT(...) || 'a' and CIRCLE(...) + 1 are errors. */
    private static Expression notGeometry(ParserRuleContext at, Expression operand) {
        if (operand instanceof GeometryExpression.Shape)
            throw SyntaxErrors.at(
                    at,
                    "a geometry cannot be an operand of an arithmetic or string operator",
                    "use COORD1, COORD2, AREA or DISTANCE to get a number from a geometry");
        return operand;
    }

    private static BinaryOperator binaryOperator(String symbol) {
        return switch (symbol) {
            case "*" -> BinaryOperator.MULTIPLY;
            case "/" -> BinaryOperator.DIVIDE;
            case "+" -> BinaryOperator.ADD;
            case "-" -> BinaryOperator.SUBTRACT;
            case "||" -> BinaryOperator.CONCAT;
            case "&" -> BinaryOperator.BIT_AND;
            case "|" -> BinaryOperator.BIT_OR;
            default -> BinaryOperator.BIT_XOR;
        };
    }

    private Expression primary(PrimaryContext ctx) {
        return switch (ctx) {
            case LiteralValueContext l -> literal(l.literal());
            case CastContext c -> new Cast(value(c.valueExpression()), castType(c.castType()));
            case FunctionContext f -> function(f.functionCall());
            case SimpleCaseContext s ->
                new Case(
                        value(s.valueExpression(0)),
                        s.simpleWhen().stream()
                                .map(w -> new When(value(w.valueExpression(0)), value(w.valueExpression(1))))
                                .toList(),
                        s.ELSE() == null
                                ? null
                                : value(s.valueExpression(s.valueExpression().size() - 1)));
            case SearchedCaseContext s ->
                new Case(
                        null,
                        s.searchedWhen().stream()
                                .map(w -> new When(condition(w.searchCondition()), value(w.valueExpression())))
                                .toList(),
                        s.ELSE() == null ? null : value(s.valueExpression()));
            case ColumnContext c -> new Column(Identifiers.names(c.columnReference()));
            case ParenthesisedContext p -> value(p.valueExpression());
            default -> throw new IllegalStateException("unknown primary " + ctx.getClass());
        };
    }

    private static Literal literal(LiteralContext ctx) {
        if (!ctx.STRING().isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (TerminalNode part : ctx.STRING()) {
                String s = part.getText();
                text.append(s, 1, s.length() - 1);
            }
            return Literal.string(text.toString().replace("''", "'"));
        }
        if (ctx.NULL() != null) return new Literal(Literal.Kind.NULL, "NULL");
        if (ctx.HEX() != null)
            return new Literal(Literal.Kind.HEX, ctx.getText().toLowerCase(Locale.ROOT));
        if (ctx.REAL() != null) return new Literal(Literal.Kind.REAL, ctx.getText());
        if (ctx.DECIMAL() != null) return new Literal(Literal.Kind.DECIMAL, ctx.getText());
        return new Literal(Literal.Kind.INTEGER, ctx.getText());
    }

    private static CastType castType(CastTypeContext ctx) {
        String name = ctx.ID().stream()
                .map(t -> t.getText().toUpperCase(Locale.ROOT))
                .reduce((a, b) -> a + " " + b)
                .orElseThrow();
        Integer length = ctx.UNSIGNED_INT() == null ? null : castLength(ctx.UNSIGNED_INT());
        if (!CAST_TYPES.contains(name))
            throw SyntaxErrors.at(
                    ctx, "'" + name + "' is not an ADQL type", "use one of " + String.join(", ", sorted(CAST_TYPES)));
        if (length != null && !(name.equals("CHAR") || name.equals("VARCHAR")))
            throw SyntaxErrors.at(ctx, "only CHAR and VARCHAR take a length", "write " + name);
        return new CastType(name, length);
    }

    /** PostgreSQL takes a type length as a 32-bit integer (and refuses those over 10485760 itself). */
    private static Integer castLength(TerminalNode number) {
        try {
            return Integer.valueOf(number.getText());
        } catch (NumberFormatException e) {
            throw SyntaxErrors.at(
                    number.getSymbol(),
                    "length " + number.getText() + " is too large",
                    "the largest length is " + Integer.MAX_VALUE);
        }
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private Expression function(FunctionCallContext ctx) {
        boolean distinct = ctx.setQuantifier() != null && ctx.setQuantifier().DISTINCT() != null;
        boolean star = ctx.getChildCount() == 4 && ctx.getChild(2).getText().equals("*");
        List<Expression> args = ctx.valueExpression().stream().map(this::value).toList();
        return functions.call(ctx, ctx.ID().getText(), distinct, star, args);
    }
}
