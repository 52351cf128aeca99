// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.ast;

import java.util.List;
import java.util.Optional;

/**
 * One SELECT block. Optional parts are {@code null} when absent (records stay plain values);
 * use the accessors returning Optional where that reads better.
 */
public record Select(
        boolean distinct,
        Long top,
        List<SelectItem> items,
        List<TableRef> from,
        Expression where,
        List<Expression> groupBy,
        Expression having,
        List<OrderItem> orderBy,
        Long offset)
        implements QueryExpression {
    public Select {
        items = List.copyOf(items);
        from = List.copyOf(from);
        groupBy = List.copyOf(groupBy);
        orderBy = List.copyOf(orderBy);
    }

    public Optional<Expression> whereCondition() {
        return Optional.ofNullable(where);
    }

    public Select withWhere(Expression newWhere) {
        return new Select(distinct, top, items, from, newWhere, groupBy, having, orderBy, offset);
    }

    public Select withFrom(List<TableRef> newFrom) {
        return new Select(distinct, top, items, newFrom, where, groupBy, having, orderBy, offset);
    }
}
