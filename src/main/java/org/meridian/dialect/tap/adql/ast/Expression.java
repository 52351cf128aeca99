// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.ast;

import java.util.List;

/**
 * Every value and condition of ADQL. Conditions are expressions too (AND, OR, NOT, comparisons,
 * predicates) so that one tree walk rewrites both.
 */
public sealed interface Expression
        permits Expression.Column,
                Expression.Literal,
                Expression.Function,
                Expression.Unary,
                Expression.Binary,
                Expression.Comparison,
                Expression.Between,
                Expression.Like,
                Expression.InList,
                Expression.InSubquery,
                Expression.IsNull,
                Expression.Exists,
                Expression.Case,
                Expression.Cast,
                Expression.ArrayValue,
                GeometryExpression {

    /** {@code [[[catalog.]schema.]table.]column}. */
    record Column(List<Identifier> parts) implements Expression {
        public Column {
            parts = List.copyOf(parts);
        }

        public Identifier name() {
            return parts.get(parts.size() - 1);
        }

        public List<Identifier> qualifier() {
            return parts.subList(0, parts.size() - 1);
        }

        public static Column of(String... names) {
            return new Column(java.util.Arrays.stream(names).map(Identifier::of).toList());
        }
    }

    /** A literal; {@code text} is its ADQL spelling (strings without quotes, unescaped). */
    record Literal(Kind kind, String text) implements Expression {
        public enum Kind {
            INTEGER,
            DECIMAL,
            REAL,
            HEX,
            STRING,
            BOOLEAN,
            NULL
        }

        public static Literal number(double value) {
            return new Literal(Kind.REAL, Double.toString(value));
        }

        public static Literal integer(long value) {
            return new Literal(Kind.INTEGER, Long.toString(value));
        }

        public static Literal string(String value) {
            return new Literal(Kind.STRING, value);
        }

        public boolean isNumeric() {
            return kind == Kind.INTEGER || kind == Kind.DECIMAL || kind == Kind.REAL || kind == Kind.HEX;
        }

        public double numericValue() {
            // A hex literal may be longer than 64 bits: PostgreSQL reads it as numeric, and so do we.
            return kind == Kind.HEX
                    ? new java.math.BigInteger(text.substring(2), 16).doubleValue()
                    : Double.parseDouble(text);
        }
    }

    /**
     * A call of a math, trigonometric, aggregate, string or user-defined function. Built-in names are
     * upper case; {@code star} is COUNT(*); {@code distinct} is an aggregate's set quantifier.
     */
    record Function(String name, boolean distinct, boolean star, List<Expression> args) implements Expression {
        public Function {
            args = List.copyOf(args);
        }

        public static Function of(String name, Expression... args) {
            return new Function(name, false, false, List.of(args));
        }
    }

    record Unary(UnaryOperator operator, Expression operand) implements Expression {}

    enum UnaryOperator {
        NEGATE,
        PLUS,
        BIT_NOT,
        NOT
    }

    record Binary(BinaryOperator operator, Expression left, Expression right) implements Expression {

        /**
         * {@code a AND b AND c ...} (or OR) as a balanced tree rather than a left-to-right fold: a
         * generated condition with a thousand ORs would otherwise nest a thousand deep, and every
         * step after the parser (checks, rewrites, printing, PostgreSQL) walks it recursively. Both
         * operators are associative, so the grouping does not change the result; up to three
         * operands it is the left-to-right fold.
         */
        public static Expression balanced(BinaryOperator operator, List<Expression> operands) {
            if (operator != BinaryOperator.AND && operator != BinaryOperator.OR) {
                throw new IllegalArgumentException("only AND and OR are associative: " + operator);
            }
            if (operands.size() == 1) {
                return operands.getFirst();
            }
            int half = (operands.size() + 1) / 2;
            return new Binary(
                    operator,
                    balanced(operator, operands.subList(0, half)),
                    balanced(operator, operands.subList(half, operands.size())));
        }
    }

    enum BinaryOperator {
        MULTIPLY,
        DIVIDE,
        ADD,
        SUBTRACT,
        CONCAT,
        BIT_AND,
        BIT_OR,
        BIT_XOR,
        AND,
        OR;

        public boolean isLogical() {
            return this == AND || this == OR;
        }
    }

    record Comparison(ComparisonOperator operator, Expression left, Expression right) implements Expression {}

    enum ComparisonOperator {
        EQ("="),
        NE("<>"),
        LT("<"),
        GT(">"),
        LE("<="),
        GE(">=");

        private final String symbol;

        ComparisonOperator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** The operator that gives the same result with the operands swapped. */
        public ComparisonOperator mirrored() {
            return switch (this) {
                case LT -> GT;
                case GT -> LT;
                case LE -> GE;
                case GE -> LE;
                default -> this;
            };
        }
    }

    record Between(Expression value, Expression low, Expression high, boolean negated) implements Expression {}

    record Like(Expression value, Expression pattern, boolean negated, boolean caseInsensitive) implements Expression {}

    record InList(Expression value, List<Expression> values, boolean negated) implements Expression {
        public InList {
            values = List.copyOf(values);
        }
    }

    record InSubquery(Expression value, QueryExpression query, boolean negated) implements Expression {}

    record IsNull(Expression value, boolean negated) implements Expression {}

    record Exists(QueryExpression query) implements Expression {}

    /** Simple CASE when {@code operand} is non-null, searched CASE otherwise; {@code otherwise} may be null. */
    record Case(Expression operand, List<When> whens, Expression otherwise) implements Expression {
        public Case {
            whens = List.copyOf(whens);
        }
    }

    record When(Expression condition, Expression result) {}

    record Cast(Expression value, CastType type) implements Expression {}

    /** A target type of CAST; {@code length} is null unless given, e.g. VARCHAR(30). */
    record CastType(String name, Integer length) {}

    /** An array of values; produced by translation (geometry values), never by the parser. */
    record ArrayValue(List<Expression> elements) implements Expression {
        public ArrayValue {
            elements = List.copyOf(elements);
        }
    }
}
