// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.ast;

/** {@code left UNION|INTERSECT|EXCEPT [ALL] right}. */
public record SetOperation(Operator operator, boolean all, QueryExpression left, QueryExpression right)
        implements QueryExpression {
    public enum Operator {
        UNION,
        INTERSECT,
        EXCEPT
    }
}
