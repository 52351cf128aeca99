// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import java.util.List;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.Cast;
import org.meridian.dialect.tap.adql.ast.Expression.CastType;
import org.meridian.dialect.tap.adql.ast.Expression.Function;
import org.meridian.dialect.tap.adql.ast.Query;

/**
 * Maps ADQL functions whose PostgreSQL name or signature differs: LOG is the natural logarithm
 * (PostgreSQL ln), LOG10 is PostgreSQL log, TRUNCATE is trunc, RAND is random, and the two-argument
 * ROUND/TRUNCATE exist in PostgreSQL only for numeric, so their first argument is cast.
 */
public final class FunctionMapping implements RewriteStep {
    @Override
    public Query apply(Query query) {
        return ExpressionRewriter.rewrite(query, e -> e instanceof Function f ? map(f) : e);
    }

    private static Expression map(Function f) {
        List<Expression> a = f.args();
        return switch (f.name()) {
            case "LOG" -> Function.of("ln", a.get(0));
            case "LOG10" -> Function.of("log", a.get(0));
            case "RAND" -> Function.of("random"); // PostgreSQL seeds with setseed(), not per call
            case "TRUNCATE" ->
                a.size() == 1 ? Function.of("trunc", a.get(0)) : Function.of("trunc", numeric(a.get(0)), a.get(1));
            case "ROUND" ->
                a.size() == 1 ? Function.of("round", a.get(0)) : Function.of("round", numeric(a.get(0)), a.get(1));
            case "CEILING" -> Function.of("ceil", a.get(0));
            default -> f;
        };
    }

    private static Expression numeric(Expression e) {
        return new Cast(e, new CastType("NUMERIC", null));
    }
}
