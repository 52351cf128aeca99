// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.ast;

import java.util.List;

/** One {@code name [(columns)] AS (query)} of a WITH clause. */
public record CommonTable(Identifier name, List<Identifier> columns, QueryExpression query) {
    public CommonTable {
        columns = List.copyOf(columns);
    }
}
