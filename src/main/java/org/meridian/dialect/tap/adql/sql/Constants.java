// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import java.util.OptionalDouble;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.Binary;
import org.meridian.dialect.tap.adql.ast.Expression.Literal;
import org.meridian.dialect.tap.adql.ast.Expression.Unary;

/** Evaluates numeric expressions made only of literals (e.g. -29.5 or 2/60.0) at translation time. */
final class Constants {
    private Constants() {}

    static OptionalDouble value(Expression e) {
        return switch (e) {
            case Literal l when l.isNumeric() -> OptionalDouble.of(l.numericValue());
            case Unary u when u.operator() == Expression.UnaryOperator.NEGATE -> negate(value(u.operand()));
            case Unary u when u.operator() == Expression.UnaryOperator.PLUS -> value(u.operand());
            case Binary b -> binary(b);
            default -> OptionalDouble.empty();
        };
    }

    private static OptionalDouble negate(OptionalDouble v) {
        return v.isPresent() ? OptionalDouble.of(-v.getAsDouble()) : v;
    }

    private static OptionalDouble binary(Binary b) {
        OptionalDouble l = value(b.left());
        OptionalDouble r = value(b.right());
        if (l.isEmpty() || r.isEmpty()) return OptionalDouble.empty();
        double x = l.getAsDouble();
        double y = r.getAsDouble();
        return switch (b.operator()) {
            case ADD -> OptionalDouble.of(x + y);
            case SUBTRACT -> OptionalDouble.of(x - y);
            case MULTIPLY -> OptionalDouble.of(x * y);
            case DIVIDE -> y == 0 ? OptionalDouble.empty() : OptionalDouble.of(x / y);
            default -> OptionalDouble.empty();
        };
    }
}
