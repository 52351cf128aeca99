// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.ast;

import java.util.List;

/** A whole ADQL query: optional common table expressions (WITH) and the query body. */
public record Query(List<CommonTable> with, QueryExpression body) {
    public Query {
        with = List.copyOf(with);
    }

    public Query withBody(QueryExpression newBody) {
        return new Query(with, newBody);
    }
}
